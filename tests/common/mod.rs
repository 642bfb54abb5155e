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
