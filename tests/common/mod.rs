//! A catalog's YAML read with serde alone, independently of the macro: what the
//! integration tests compare the generated code and the upstream tables with. Each test
//! crate uses a part of it.
#![allow(dead_code)]

use serde::Deserialize;

pub(crate) mod schema;

#[derive(Debug, Deserialize)]
pub(crate) struct Catalog {
    pub(crate) categories: Vec<CategoryEntry>,
    pub(crate) codes: Vec<CodeEntry>,
    #[serde(default)]
    pub(crate) language: Option<String>,
    #[serde(default)]
    pub(crate) languages: Vec<String>,
    #[serde(default)]
    pub(crate) markdown: bool,
}

#[derive(Debug, Deserialize)]
pub(crate) struct CategoryEntry {
    pub(crate) key: String,
    pub(crate) name: String,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) ranges: Vec<Range>,
    #[serde(default)]
    pub(crate) note: Option<String>,
}

#[derive(Debug, Deserialize, Clone, Copy)]
pub(crate) struct Range {
    pub(crate) first: u32,
    pub(crate) last: u32,
}

impl Range {
    pub(crate) fn contains(self, code: u32) -> bool {
        self.first <= code && code <= self.last
    }

    /// How many codes past `first` the range reaches (0 for a single code).
    pub(crate) fn width(self) -> u32 {
        self.last.saturating_sub(self.first)
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct CodeEntry {
    pub(crate) code: u32,
    pub(crate) name: String,
    pub(crate) category: String,
    pub(crate) description: String,
    pub(crate) solution: Option<String>,
    pub(crate) action: String,
    pub(crate) retryable: bool,
    pub(crate) sdk_name: Option<String>,
    #[serde(default)]
    pub(crate) success: bool,
    pub(crate) zh: Option<Zh>,
    pub(crate) errata: Option<String>,
    pub(crate) cause: Option<String>,
    pub(crate) since: Option<String>,
    pub(crate) deprecated: Option<String>,
    #[serde(default)]
    pub(crate) texts: std::collections::BTreeMap<String, Zh>,
}

impl CodeEntry {
    /// The code's text in `language`, whichever key holds it (`zh` or `texts`).
    pub(crate) fn text_in(&self, language: &str) -> Option<&Zh> {
        self.texts
            .get(language)
            .or_else(|| self.zh.as_ref().filter(|_| language == "zh"))
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct Zh {
    pub(crate) description: String,
    pub(crate) solution: Option<String>,
}

/// Reads a catalog relative to the repository root.
pub(crate) fn read_catalog(relative: &str) -> Catalog {
    let path = format!("{}/{relative}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("parse {path}: {e}"))
}

/// Ranges wider than this may hold codes spread thinly: the bundled tables number their
/// sections in blocks of 100 (`60001xx` login, `1000000xx` the server API gateway), and
/// a section with one code so far still owns its block.
pub(crate) const BLOCK: u64 = 100;

/// How many times the span of the codes it holds a range may cover beyond [`BLOCK`].
pub(crate) const SPREAD: u64 = 10;

/// The ranges that claim more numbers than the codes they hold justify: every range must
/// hold a code of the catalog, and cover at most `max(BLOCK, SPREAD × span)` numbers,
/// the span being `last - first + 1` of the codes it holds. A range of the whole public
/// space (`0..=99999999` for eight codes up to 105001) claims every year, port and client
/// code; a block of the numbering (`660000000..=660999999` for codes 660000011 and
/// 660200001) does not.
pub(crate) fn overwide_ranges(catalog: &Catalog) -> Vec<String> {
    let mut problems = Vec::new();
    for category in &catalog.categories {
        for range in &category.ranges {
            let held: Vec<u32> = catalog
                .codes
                .iter()
                .filter(|c| c.category == category.key && range.contains(c.code))
                .map(|c| c.code)
                .collect();
            let (Some(&low), Some(&high)) = (held.iter().min(), held.iter().max()) else {
                // A range over another category's codes is the narrowest-range rule's
                // to report; one error per mistake.
                if catalog.codes.iter().any(|c| range.contains(c.code)) {
                    continue;
                }
                problems.push(format!(
                    "category `{}`: range {}..={} holds none of its codes",
                    category.key, range.first, range.last
                ));
                continue;
            };
            let covered = u64::from(range.width()) + 1;
            let span = u64::from(high - low) + 1;
            let allowed = BLOCK.max(SPREAD * span);
            if covered > allowed {
                problems.push(format!(
                    "category `{}`: range {}..={} covers {covered} numbers for codes {low}..={high}; \
                     at most {allowed} (max({BLOCK}, {SPREAD} x {span})): claim only the block \
                     the numbering gives, or the exact codes",
                    category.key, range.first, range.last
                ));
            }
        }
    }
    problems
}
