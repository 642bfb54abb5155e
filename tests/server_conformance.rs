//! Conformance of the ZIM server API catalog (`zim-server.yaml`) to its
//! sources, the verbatim copies of ZEGOCLOUD's pages in `tests/fixtures/`
//! (`zim-server-*.md`, described in `tests/fixtures/README.md`).
//!
//! The sources come in several versions and renderings, each stored only up
//! to a point (the copies of the return-codes page end inside a row). [`check`]
//! parses every one independently, takes for each code its **primary row**
//! (the first complete row in [`SOURCES`] order, else the first cut-off one),
//! and lists every disagreement: codes missing from the catalog or in no
//! source, categories other than the section and numbering say, texts that
//! differ from the primary row once whitespace is normalized and the recorded
//! [`FIXES`] are applied, renderings of one version that disagree, codes out
//! of a source's order or outside their category's ranges, versions that
//! disagree (or omit a code) without the code's `errata` saying so, fixes
//! without `errata`, and `action`/`retryable` pairs against the catalog rules.
//! The first test asserts there is none for the real files; the others break
//! copies on purpose and assert that each breakage is reported, under the
//! code concerned and as the kind of problem it is.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::PathBuf;

// ---------------------------------------------------------------------------
// The sources
// ---------------------------------------------------------------------------

/// How a stored copy lays out its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// `code | description | possible reasons | suggested actions |`
    Pipe4,
    /// `code | text |` (description and solution in one cell)
    Pipe2,
    /// The four columns run together without separators: `0Request successful.--`.
    Joined4,
    /// The code, immediately followed by the text cell: `1Request failed. Server…`.
    Joined2,
    /// The code on one line, its text cell on the next.
    Lines2,
    /// Prose (a FAQ): every nine-digit number in it is a code it names.
    Prose,
}

struct Source {
    file: &'static str,
    /// The version of the page this copy renders, as the catalog's `errata`
    /// name it. Renderings of one version must agree with each other.
    version: &'static str,
    layout: Layout,
    /// The stored copy ends inside its last row (the search returns at most
    /// the first 2,000 characters of a page): that row is cut off.
    cut_off: bool,
}

/// Every source, in priority order: a code's primary row is its first
/// complete row in this order.
const SOURCES: &[Source] = &[
    Source {
        file: "zim-server-return-codes-4col.md",
        version: "four-column version",
        layout: Layout::Pipe4,
        cut_off: true,
    },
    Source {
        file: "zim-server-return-codes-4col-text.md",
        version: "four-column version",
        layout: Layout::Joined4,
        cut_off: true,
    },
    Source {
        file: "zim-server-return-codes-2col.md",
        version: "two-column version",
        layout: Layout::Pipe2,
        // Ends inside the *code* of the row after 100000016 ("10000"), which
        // has no cell: no row is cut off, the parser never sees one.
        cut_off: false,
    },
    Source {
        file: "zim-server-return-codes-2col-text.md",
        version: "two-column version",
        layout: Layout::Joined2,
        cut_off: true,
    },
    Source {
        file: "zim-server-return-codes-2024-06-20.md",
        version: "2024-06-20 version",
        layout: Layout::Lines2,
        cut_off: true,
    },
    Source {
        file: "zim-server-query-user-online-status.md",
        version: "QueryUserOnlineState page",
        layout: Layout::Pipe2,
        cut_off: false,
    },
    Source {
        file: "zim-server-faq-online-status.md",
        version: "online-status FAQ",
        layout: Layout::Prose,
        cut_off: false,
    },
    Source {
        file: "zim-server-faq-online-status-text.md",
        version: "online-status FAQ",
        layout: Layout::Prose,
        cut_off: false,
    },
];

/// Headings of the sections whose rows the sources hold. A table row is in
/// the section of the last of these lines above it; prose is in `FAQ`.
const SECTIONS: &[&str] = &["Public return codes", "Return codes"];

/// Section and numbering -> category key: `(section, first, last, key)`.
const PLACEMENT: &[(&str, u32, u32, &str)] = &[
    ("Public return codes", 0, 99_999_999, "public"),
    (
        "Public return codes",
        100_000_000,
        100_000_099,
        "api_gateway",
    ),
    ("Return codes", 660_000_000, 660_999_999, "zim_service"),
    ("FAQ", 660_000_000, 660_999_999, "zim_service"),
];

/// Category keys in catalog order, and the titles taken from the page.
const CATEGORY_KEYS: &[&str] = &["public", "api_gateway", "zim_service"];
const PAGE_TITLES: &[(&str, &str)] = &[("public", "Public return codes")];

/// A recorded deviation of the catalog's text from its primary row: in the
/// rows of `codes`, cell number `cell` reads `to` instead of `from` (an empty
/// `to` that replaces the whole cell leaves the field out). Every fix must
/// still apply, and the `errata` of each code concerned must quote `from`.
#[derive(Clone, Copy)]
struct Fix {
    codes: &'static [u32],
    cell: usize,
    from: &'static str,
    to: &'static str,
}

const FIXES: &[Fix] = &[
    // The four-column version gives 100000005 ("Signature error.") the
    // possible reason "Signature expired.", copied from 100000004.
    Fix {
        codes: &[100_000_005],
        cell: 1,
        from: "Signature expired.",
        to: "",
    },
    // The only copy of this row ends mid-word.
    Fix {
        codes: &[100_000_017],
        cell: 0,
        from: "Please contact ZEGOCLOUD techni",
        to: "Please contact ZEGOCLOUD technical support.",
    },
];

/// Texts of codes whose primary source is prose that are not quotes of it
/// (the catalog's own summary): `(code, field)`. Each needs an `errata`.
const EDITORIAL: &[(u32, &str)] = &[(660_200_001, "description")];

/// `action`s that make a request worth repeating unchanged (`retryable`), by
/// the catalog rules (docs/catalog.md); the others make it not retryable.
const RETRYABLE_ACTIONS: &[&str] = &[
    "retry",
    "check_network",
    "login",
    "renew_token",
    "wait",
    "sign_again",
];
const ACTIONS: &[&str] = &[
    "none",
    "fix_request",
    "renew_token",
    "login",
    "check_network",
    "retry",
    "wait",
    "inform_user",
    "contact_support",
    "sign_again",
];

/// One row of a source.
#[derive(Debug, Clone)]
struct Row {
    code: u32,
    /// The text cells (prose: the whole text).
    cells: Vec<String>,
    section: String,
    complete: bool,
}

struct Parsed<'a> {
    source: &'a Source,
    rows: Vec<Row>,
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Parses one stored copy into rows, each under its section.
fn parse_source(source: &Source, text: &str, problems: &mut Vec<String>) -> Vec<Row> {
    let mut rows = Vec::new();
    if source.layout == Layout::Prose {
        let mut seen = BTreeSet::new();
        for word in text.split(|c: char| !c.is_ascii_digit()) {
            if word.len() == 9 && seen.insert(word) {
                rows.push(Row {
                    code: word.parse().expect("nine digits fit in u32"),
                    cells: vec![text.to_owned()],
                    section: "FAQ".to_owned(),
                    complete: true,
                });
            }
        }
        return rows;
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut section: Option<&str> = None;
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index].trim();
        index += 1;
        if let Some(known) = SECTIONS.iter().find(|s| **s == line) {
            section = Some(known);
            continue;
        }
        let (code, cells) = match source.layout {
            Layout::Pipe4 | Layout::Pipe2 => {
                if !line.contains('|') {
                    continue;
                }
                let mut cells: Vec<String> = line.split('|').map(|c| c.trim().to_owned()).collect();
                if line.ends_with('|') {
                    cells.pop();
                }
                if !all_digits(&cells[0]) {
                    continue; // a header, separator or other table
                }
                let code = cells.remove(0);
                (code, cells)
            }
            Layout::Joined4 | Layout::Joined2 => {
                let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
                let rest = &line[digits.len()..];
                if digits.is_empty() || rest.is_empty() {
                    continue;
                }
                (digits, vec![rest.to_owned()])
            }
            Layout::Lines2 => {
                if !all_digits(line) {
                    continue;
                }
                let Some(next) = lines.get(index) else {
                    continue;
                };
                index += 1;
                (line.to_owned(), vec![next.trim().to_owned()])
            }
            Layout::Prose => unreachable!("handled above"),
        };
        let Ok(code) = code.parse::<u32>() else {
            problems.push(format!("{}: bad code {code:?}", source.file));
            continue;
        };
        let Some(section) = section else {
            problems.push(format!(
                "{code}: {} lists it before any known section heading",
                source.file
            ));
            continue;
        };
        let expected_cells = match source.layout {
            Layout::Pipe4 => 3,
            _ => 1,
        };
        let complete = cells.len() == expected_cells;
        if cells.len() > expected_cells {
            problems.push(format!(
                "{code}: {} gives it {} cells, the layout has {expected_cells}",
                source.file,
                cells.len()
            ));
        }
        rows.push(Row {
            code,
            cells,
            section: section.to_owned(),
            complete,
        });
    }
    if source.cut_off {
        match rows.last_mut() {
            Some(last) => last.complete = false,
            None => problems.push(format!("{} is cut off but has no row", source.file)),
        }
    }
    for row in &rows {
        if rows.iter().filter(|r| r.code == row.code).count() > 1 {
            problems.push(format!("{}: listed twice in {}", row.code, source.file));
        }
    }
    rows
}

/// Whitespace collapsed; used on both sides of every comparison.
fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A four-column cell: `-` stands for nothing.
fn cell_value(cell: &str) -> Option<String> {
    let cell = normalize(cell);
    (!cell.is_empty() && cell != "-").then_some(cell)
}

// ---------------------------------------------------------------------------
// The catalog: the shared independent reading (tests/common)
// ---------------------------------------------------------------------------

mod common;

use common::{Catalog, CodeEntry as Entry};

impl Entry {
    /// Description, cause and solution joined by spaces, normalized.
    fn joined(&self) -> String {
        let parts = [
            Some(self.description.as_str()),
            self.cause.as_deref(),
            self.solution.as_deref(),
        ];
        normalize(&parts.into_iter().flatten().collect::<Vec<_>>().join(" "))
    }

    fn errata_normalized(&self) -> String {
        normalize(self.errata.as_deref().unwrap_or(""))
    }
}

// ---------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------

/// What [`check`] compares: the text of each source (in [`SOURCES`] order),
/// the catalog's YAML and the recorded fixes.
struct Inputs<'a> {
    sources: Vec<String>,
    catalog_yaml: String,
    fixes: &'a [Fix],
}

/// Every problem found, each naming the code (or source, or category)
/// concerned. Empty when the catalog agrees with its sources.
fn check(inputs: &Inputs<'_>) -> Vec<String> {
    let mut problems = Vec::new();
    let parsed: Vec<Parsed<'_>> = SOURCES
        .iter()
        .zip(&inputs.sources)
        .map(|(source, text)| Parsed {
            source,
            rows: parse_source(source, text, &mut problems),
        })
        .collect();
    let catalog: Catalog = match serde_yaml::from_str(&inputs.catalog_yaml) {
        Ok(catalog) => catalog,
        Err(e) => {
            problems.push(format!("zim-server.yaml does not parse: {e}"));
            return problems;
        }
    };
    check_categories(&catalog, &mut problems);
    let entries = check_entries(&catalog, &mut problems);
    check_coverage(&parsed, &entries, &mut problems);
    check_texts(&parsed, &entries, inputs.fixes, &mut problems);
    check_versions(&parsed, &entries, &mut problems);
    check_order(&parsed, &catalog, &mut problems);
    check_ranges(&catalog, &mut problems);
    problems.extend(common::overwide_ranges(&catalog));
    problems
}

fn check_categories(catalog: &Catalog, problems: &mut Vec<String>) {
    let keys: Vec<&str> = catalog.categories.iter().map(|c| c.key.as_str()).collect();
    if keys != CATEGORY_KEYS {
        problems.push(format!(
            "categories {keys:?} are not the expected {CATEGORY_KEYS:?}"
        ));
    }
    for (key, title) in PAGE_TITLES {
        if let Some(category) = catalog.categories.iter().find(|c| c.key == *key) {
            if category.title != *title {
                problems.push(format!(
                    "category `{key}`: title {:?}, the page says {title:?}",
                    category.title
                ));
            }
        }
    }
}

/// Per-entry rules; returns the entries by code.
fn check_entries<'c>(catalog: &'c Catalog, problems: &mut Vec<String>) -> BTreeMap<u32, &'c Entry> {
    let mut entries = BTreeMap::new();
    let mut names = BTreeSet::new();
    for entry in &catalog.codes {
        let code = entry.code;
        if entries.insert(code, entry).is_some() {
            problems.push(format!("{code}: listed twice in zim-server.yaml"));
        }
        if !names.insert(entry.name.as_str()) {
            problems.push(format!("{code}: name `{}` is used twice", entry.name));
        }
        let upper_camel = entry.name.starts_with(|c: char| c.is_ascii_uppercase())
            && entry.name.chars().all(|c| c.is_ascii_alphanumeric());
        if !upper_camel
            || entry.name == "ALL"
            || entry.name.chars().all(|c| !c.is_ascii_lowercase())
        {
            problems.push(format!(
                "{code}: name `{}` is not an UpperCamelCase identifier",
                entry.name
            ));
        }
        if entry.success != (code == 0) {
            problems.push(format!(
                "{code}: `success` must be set on code 0 and only there"
            ));
        }
        if !ACTIONS.contains(&entry.action.as_str()) {
            problems.push(format!("{code}: unknown action `{}`", entry.action));
        } else if entry.retryable != RETRYABLE_ACTIONS.contains(&entry.action.as_str()) {
            problems.push(format!(
                "{code}: retryable {} contradicts action `{}` under the catalog rules",
                entry.retryable, entry.action
            ));
        }
        for (field, value) in [
            ("description", Some(&entry.description)),
            ("cause", entry.cause.as_ref()),
            ("solution", entry.solution.as_ref()),
            ("errata", entry.errata.as_ref()),
        ] {
            if value.is_some_and(|v| v.trim().is_empty()) {
                problems.push(format!("{code}: empty {field} (omit it instead)"));
            }
        }
        // No source states when a code appeared or was withdrawn.
        if entry.since.is_some() || entry.deprecated.is_some() {
            problems.push(format!(
                "{code}: `since`/`deprecated` set, but no source states a version for it"
            ));
        }
    }
    entries
}

/// Every code of every source is in the catalog, and every catalog code is
/// in a source, in the category its section and number give.
fn check_coverage(
    parsed: &[Parsed<'_>],
    entries: &BTreeMap<u32, &Entry>,
    problems: &mut Vec<String>,
) {
    let mut placed: BTreeMap<u32, (&str, &str)> = BTreeMap::new();
    for p in parsed {
        for row in &p.rows {
            let Some((_, _, _, key)) = PLACEMENT.iter().find(|(s, first, last, _)| {
                *s == row.section && (*first..=*last).contains(&row.code)
            }) else {
                problems.push(format!(
                    "{}: {} lists it under {:?}, where no category is expected for that number",
                    row.code, p.source.file, row.section
                ));
                continue;
            };
            placed.entry(row.code).or_insert((key, p.source.file));
            if !entries.contains_key(&row.code) {
                problems.push(format!(
                    "{}: in {} (category `{key}`) but missing from zim-server.yaml",
                    row.code, p.source.file
                ));
            }
        }
    }
    for (code, entry) in entries {
        match placed.get(code) {
            None => problems.push(format!(
                "{code}: in zim-server.yaml (category `{}`) but in no source",
                entry.category
            )),
            Some((key, file)) if entry.category != *key => problems.push(format!(
                "{code}: category `{}` in zim-server.yaml, but {file} places it in `{key}`",
                entry.category
            )),
            Some(_) => {}
        }
    }
}

/// The primary row of a code: its first complete row in source order, else
/// its first (cut-off) row.
fn primary<'p>(parsed: &'p [Parsed<'p>], code: u32) -> Option<(&'p Source, &'p Row)> {
    let rows = || {
        parsed
            .iter()
            .flat_map(|p| p.rows.iter().map(move |r| (p.source, r)))
            .filter(move |(_, r)| r.code == code)
    };
    rows().find(|(_, r)| r.complete).or_else(|| rows().next())
}

/// The primary row's cells with the fixes applied; reports fixes that no
/// longer apply.
fn fixed_cells(row: &Row, fixes: &[Fix], problems: &mut Vec<String>) -> Vec<String> {
    let mut cells: Vec<String> = row.cells.iter().map(|c| normalize(c)).collect();
    for fix in fixes.iter().filter(|f| f.codes.contains(&row.code)) {
        match cells.get_mut(fix.cell) {
            Some(cell) if cell.contains(fix.from) => {
                *cell = normalize(&cell.replace(fix.from, fix.to));
            }
            _ => problems.push(format!(
                "{}: recorded fix {:?} -> {:?} no longer applies to its primary row",
                row.code, fix.from, fix.to
            )),
        }
    }
    cells
}

fn check_texts(
    parsed: &[Parsed<'_>],
    entries: &BTreeMap<u32, &Entry>,
    fixes: &[Fix],
    problems: &mut Vec<String>,
) {
    for (code, entry) in entries {
        let code = *code;
        let Some((source, row)) = primary(parsed, code) else {
            continue; // reported by check_coverage
        };
        let cells = fixed_cells(row, fixes, problems);
        let has_fix = fixes.iter().any(|f| f.codes.contains(&code));
        if !row.complete && !has_fix {
            problems.push(format!(
                "{code}: every source cuts its row off ({}), and no fix records how it was completed",
                source.file
            ));
        }
        let field = |name: &str, actual: Option<&String>, expected: Option<String>| {
            let actual = actual.map(|a| normalize(a));
            (actual != expected).then(|| {
                format!(
                    "{code}: {name} differs from {} (primary)\n    source: {expected:?}\n    yaml:   {actual:?}",
                    source.file
                )
            })
        };
        let mut differences = Vec::new();
        match source.layout {
            Layout::Pipe4 => {
                differences.extend(field(
                    "description",
                    Some(&entry.description),
                    cell_value(&cells[0]),
                ));
                differences.extend(field(
                    "cause",
                    entry.cause.as_ref(),
                    cells.get(1).and_then(|c| cell_value(c)),
                ));
                differences.extend(field(
                    "solution",
                    entry.solution.as_ref(),
                    cells.get(2).and_then(|c| cell_value(c)),
                ));
            }
            Layout::Joined4 => {
                let parts = [
                    Some(&entry.description),
                    entry.cause.as_ref(),
                    entry.solution.as_ref(),
                ];
                let concatenated: String = parts
                    .iter()
                    .map(|p| p.map_or_else(|| "-".to_owned(), |s| normalize(s)))
                    .collect();
                if concatenated != cells[0] {
                    differences.push(format!(
                        "{code}: description, cause and solution run together differ from {} (primary)\n    source: {:?}\n    yaml:   {concatenated:?}",
                        source.file, cells[0]
                    ));
                }
            }
            Layout::Pipe2 | Layout::Joined2 | Layout::Lines2 => {
                if entry.cause.is_some() {
                    differences.push(format!(
                        "{code}: has a cause, but its primary source {} has no cause column",
                        source.file
                    ));
                }
                if entry.joined() != cells[0] {
                    differences.push(format!(
                        "{code}: text differs from {} (primary)\n    source: {:?}\n    yaml:   {:?}",
                        source.file,
                        cells[0],
                        entry.joined()
                    ));
                }
            }
            Layout::Prose => {
                let text = normalize(&row.cells[0]).to_lowercase();
                for (name, value) in [
                    ("description", Some(&entry.description)),
                    ("cause", entry.cause.as_ref()),
                    ("solution", entry.solution.as_ref()),
                ] {
                    let Some(value) = value else { continue };
                    let quote = normalize(value).to_lowercase();
                    let quote = quote.trim_end_matches('.');
                    let editorial = EDITORIAL.contains(&(code, name));
                    if !text.contains(quote) && !editorial {
                        differences.push(format!(
                            "{code}: {name} is neither a quote of {} nor recorded as editorial",
                            source.file
                        ));
                    }
                    if editorial && entry.errata.is_none() {
                        differences
                            .push(format!("{code}: editorial {name} without errata saying so"));
                    }
                }
            }
        }
        problems.extend(differences);
        for fix in fixes.iter().filter(|f| f.codes.contains(&code)) {
            if !entry.errata_normalized().contains(&normalize(fix.from)) {
                problems.push(format!(
                    "{code}: recorded fix of {:?} has no matching errata (it must quote the source text)",
                    fix.from
                ));
            }
        }
    }
}

/// The text of a row of another version, as comparable to `Entry::joined`.
fn row_text(source: &Source, row: &Row) -> Option<String> {
    match source.layout {
        Layout::Pipe4 => Some(normalize(
            &row.cells
                .iter()
                .filter_map(|c| cell_value(c))
                .collect::<Vec<_>>()
                .join(" "),
        )),
        Layout::Pipe2 | Layout::Joined2 | Layout::Lines2 => Some(normalize(&row.cells[0])),
        // Joined cells cannot be compared word for word; prose is not a row.
        Layout::Joined4 | Layout::Prose => None,
    }
}

/// Renderings of one version agree; other versions that word a code
/// differently are quoted in its errata; a version that skips a code its
/// neighbours in another source surround is named in its errata.
fn check_versions(
    parsed: &[Parsed<'_>],
    entries: &BTreeMap<u32, &Entry>,
    problems: &mut Vec<String>,
) {
    for (code, entry) in entries {
        let Some((primary_source, _)) = primary(parsed, *code) else {
            continue;
        };
        let errata = entry.errata_normalized();
        let mut by_version: BTreeMap<&str, Vec<(String, &str)>> = BTreeMap::new();
        for p in parsed {
            // Prose renderings differ in their page furniture; only tables compare.
            if p.source.layout == Layout::Prose {
                continue;
            }
            for row in p.rows.iter().filter(|r| r.code == *code && r.complete) {
                // Everything the row says, in order, without separators: the
                // common ground of every layout of one version.
                let squashed: String = row
                    .cells
                    .iter()
                    .map(|c| {
                        if c.trim() == "-" {
                            "-".to_owned()
                        } else {
                            c.split_whitespace().collect()
                        }
                    })
                    .collect();
                by_version
                    .entry(p.source.version)
                    .or_default()
                    .push((squashed, p.source.file));
                if p.source.version == primary_source.version {
                    continue;
                }
                let Some(text) = row_text(p.source, row) else {
                    continue;
                };
                if text != entry.joined() && !errata.contains(&text) {
                    problems.push(format!(
                        "{code}: the {} ({}) says {text:?}; the errata must quote it",
                        p.source.version, p.source.file
                    ));
                }
            }
        }
        for (version, renderings) in by_version {
            if let Some((first, first_file)) = renderings.first() {
                for (other, file) in &renderings[1..] {
                    let squash = |s: &str| s.replace(['-', ' '], "");
                    if squash(first) != squash(other) {
                        problems.push(format!(
                            "{code}: renderings of the {version} disagree ({first_file} vs {file})"
                        ));
                    }
                }
            }
        }
    }
    // Omissions: source B has a, b adjacent; source A has a, c, b in a row.
    for a in parsed {
        for window in a.rows.windows(3) {
            let (before, missing, after) = (window[0].code, window[1].code, window[2].code);
            for b in parsed
                .iter()
                .filter(|b| b.source.version != a.source.version)
            {
                let codes: Vec<u32> = b.rows.iter().map(|r| r.code).collect();
                let skips = codes.windows(2).any(|w| w == [before, after]);
                let Some(entry) = entries.get(&missing) else {
                    continue;
                };
                if skips && !entry.errata_normalized().contains(b.source.version) {
                    problems.push(format!(
                        "{missing}: the {} ({}) omits it between {before} and {after}; the errata must say so",
                        b.source.version, b.source.file
                    ));
                }
            }
        }
    }
}

/// The catalog lists the codes of each source in that source's order.
fn check_order(parsed: &[Parsed<'_>], catalog: &Catalog, problems: &mut Vec<String>) {
    for p in parsed {
        let in_source: BTreeSet<u32> = p.rows.iter().map(|r| r.code).collect();
        let yaml: Vec<u32> = catalog
            .codes
            .iter()
            .map(|e| e.code)
            .filter(|c| in_source.contains(c))
            .collect();
        let listed: BTreeSet<u32> = yaml.iter().copied().collect();
        let source: Vec<u32> = p
            .rows
            .iter()
            .map(|r| r.code)
            .filter(|c| listed.contains(c))
            .collect();
        if let Some((y, s)) = yaml.iter().zip(&source).find(|(y, s)| y != s) {
            problems.push(format!(
                "{y}: out of the order of {} in zim-server.yaml (the source has {s} at this place)",
                p.source.file
            ));
        }
    }
}

/// Every code lies in one of its category's ranges, and the narrowest range
/// containing it (ties: catalog order) is its own category's.
fn check_ranges(catalog: &Catalog, problems: &mut Vec<String>) {
    for entry in &catalog.codes {
        let Some(own) = catalog.categories.iter().find(|c| c.key == entry.category) else {
            problems.push(format!(
                "{}: unknown category `{}`",
                entry.code, entry.category
            ));
            continue;
        };
        if !own.ranges.iter().any(|r| r.contains(entry.code)) {
            problems.push(format!(
                "{}: outside the ranges of its category `{}`",
                entry.code, entry.category
            ));
            continue;
        }
        let mut narrowest: Option<(u32, &str)> = None;
        for category in &catalog.categories {
            for range in category.ranges.iter().filter(|r| r.contains(entry.code)) {
                if narrowest.is_none_or(|(width, _)| range.width() < width) {
                    narrowest = Some((range.width(), &category.key));
                }
            }
        }
        if let Some((_, key)) = narrowest {
            if key != entry.category {
                problems.push(format!(
                    "{}: category `{}`, but the narrowest range containing it is `{key}`'s",
                    entry.code, entry.category
                ));
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

fn read(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn real_inputs<'a>() -> Inputs<'a> {
    Inputs {
        sources: SOURCES
            .iter()
            .map(|s| read(&format!("tests/fixtures/{}", s.file)))
            .collect(),
        catalog_yaml: read("zim-server.yaml"),
        fixes: FIXES,
    }
}

fn source_index(file: &str) -> usize {
    SOURCES
        .iter()
        .position(|s| s.file == file)
        .unwrap_or_else(|| panic!("{file} is a source"))
}

/// Asserts that some problem names `code` and contains `kind`.
fn assert_reported(problems: &[String], code: u32, kind: &str) {
    let needle = code.to_string();
    assert!(
        problems
            .iter()
            .any(|p| p.contains(&needle) && p.contains(kind)),
        "no problem names {code} with {kind:?}; problems: {problems:#?}"
    );
}

/// The real inputs with the catalog edited as a YAML value.
fn with_catalog(edit: impl FnOnce(&mut serde_yaml::Value)) -> Inputs<'static> {
    let mut inputs = real_inputs();
    let mut value: serde_yaml::Value = serde_yaml::from_str(&inputs.catalog_yaml).expect("parses");
    edit(&mut value);
    inputs.catalog_yaml = serde_yaml::to_string(&value).expect("serializes");
    inputs
}

fn codes_mut(value: &mut serde_yaml::Value) -> &mut Vec<serde_yaml::Value> {
    value
        .get_mut("codes")
        .and_then(serde_yaml::Value::as_sequence_mut)
        .expect("codes is a sequence")
}

fn entry_mut(value: &mut serde_yaml::Value, code: u32) -> &mut serde_yaml::Value {
    codes_mut(value)
        .iter_mut()
        .find(|e| e.get("code").and_then(serde_yaml::Value::as_u64) == Some(u64::from(code)))
        .unwrap_or_else(|| panic!("{code} is in the catalog"))
}

/// The real inputs with one source's text edited.
fn with_source(file: &str, edit: impl FnOnce(&str) -> String) -> Inputs<'static> {
    let mut inputs = real_inputs();
    let index = source_index(file);
    inputs.sources[index] = edit(&inputs.sources[index]);
    inputs
}

#[test]
fn catalog_conforms_to_its_sources() {
    let problems = check(&real_inputs());
    assert!(
        problems.is_empty(),
        "zim-server.yaml disagrees with tests/fixtures/zim-server-*.md:\n{}",
        problems.join("\n")
    );
}

#[test]
fn sources_parse_as_expected() {
    let inputs = real_inputs();
    let mut problems = Vec::new();
    let rows: Vec<Vec<Row>> = SOURCES
        .iter()
        .zip(&inputs.sources)
        .map(|(s, t)| parse_source(s, t, &mut problems))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let codes =
        |file: &str| -> Vec<u32> { rows[source_index(file)].iter().map(|r| r.code).collect() };
    let gateway = |last: u32| (100_000_000..=last).collect::<Vec<u32>>();
    let mut four = vec![0, 1, 2, 3, 7, 50_014, 51_102, 105_001];
    four.extend(gateway(100_000_011));
    assert_eq!(codes("zim-server-return-codes-4col.md"), four);
    let mut two = vec![0, 1, 2, 3, 7, 50_014, 51_102];
    two.extend(gateway(100_000_016));
    assert_eq!(codes("zim-server-return-codes-2col.md"), two);
    two.push(100_000_017);
    assert_eq!(codes("zim-server-return-codes-2col-text.md"), two);
    assert_eq!(
        codes("zim-server-query-user-online-status.md"),
        [660_000_011]
    );
    assert_eq!(codes("zim-server-faq-online-status.md"), [660_200_001]);
    // Four cells split into three text columns; `-` kept as written.
    let four_rows = &rows[source_index("zim-server-return-codes-4col.md")];
    assert_eq!(four_rows[0].cells, ["Request successful.", "-", "-"]);
    assert!(four_rows[..four_rows.len() - 1].iter().all(|r| r.complete));
    // The cut-off last rows.
    let last = four_rows.last().expect("rows");
    assert_eq!(
        (last.code, last.complete, last.cells.len()),
        (100_000_011, false, 3)
    );
    let lines = &rows[source_index("zim-server-return-codes-2024-06-20.md")];
    assert_eq!(
        lines.last().map(|r| (r.code, r.complete)),
        Some((100_000_014, false))
    );
    assert_eq!(lines.len(), 23);
    // Sections.
    assert!(four_rows.iter().all(|r| r.section == "Public return codes"));
    assert_eq!(
        rows[source_index("zim-server-query-user-online-status.md")][0].section,
        "Return codes"
    );
}

#[test]
fn dropped_code_is_reported() {
    let inputs = with_catalog(|v| {
        codes_mut(v)
            .retain(|e| e.get("code").and_then(serde_yaml::Value::as_u64) != Some(100_000_004));
    });
    assert_reported(&check(&inputs), 100_000_004, "missing from zim-server.yaml");
}

#[test]
fn invented_code_is_reported() {
    let inputs = with_catalog(|v| {
        let extra: serde_yaml::Value = serde_yaml::from_str(
            "{ code: 100000018, name: MadeUp, category: api_gateway, description: Not in any source., \
             action: fix_request, retryable: false }",
        )
        .expect("parses");
        codes_mut(v).push(extra);
    });
    assert_reported(&check(&inputs), 100_000_018, "in no source");
}

#[test]
fn code_in_the_wrong_category_is_reported() {
    let inputs = with_catalog(|v| entry_mut(v, 105_001)["category"] = "api_gateway".into());
    let problems = check(&inputs);
    assert_reported(&problems, 105_001, "places it in `public`");
    assert_reported(&problems, 105_001, "outside the ranges");
}

#[test]
fn changed_description_is_reported() {
    let inputs = with_catalog(|v| entry_mut(v, 100_000_000)["description"] = "Wrong host.".into());
    assert_reported(&check(&inputs), 100_000_000, "description differs");
}

#[test]
fn text_moved_between_columns_is_reported() {
    // Same words, but the cause put in the solution: only a column-aware
    // comparison notices.
    let inputs = with_catalog(|v| {
        let entry = entry_mut(v, 1);
        entry["solution"] = "Server busy. Please try again later.".into();
        entry.as_mapping_mut().expect("mapping").remove("cause");
    });
    let problems = check(&inputs);
    assert_reported(&problems, 1, "cause differs");
    assert_reported(&problems, 1, "solution differs");
}

#[test]
fn changed_fact_is_reported() {
    let inputs = with_catalog(|v| {
        entry_mut(v, 50_014)["solution"] =
            "Please confirm the UserName length, the maximum length is 64 bytes.".into();
    });
    assert_reported(&check(&inputs), 50_014, "solution differs");
}

#[test]
fn cause_on_a_two_column_code_is_reported() {
    let inputs = with_catalog(|v| entry_mut(v, 100_000_015)["cause"] = "Internal error.".into());
    assert_reported(&check(&inputs), 100_000_015, "no cause column");
}

#[test]
fn changed_text_of_a_two_column_code_is_reported() {
    let inputs =
        with_catalog(|v| entry_mut(v, 100_000_016)["solution"] = "Check the console.".into());
    assert_reported(&check(&inputs), 100_000_016, "text differs");
}

#[test]
fn changed_text_of_a_joined_row_is_reported() {
    // 100000012's primary row is the four-column version's joined rendering.
    let inputs =
        with_catalog(|v| entry_mut(v, 100_000_012)["cause"] = "Internal server error.".into());
    assert_reported(&check(&inputs), 100_000_012, "run together differ");
}

#[test]
fn unquoted_prose_text_is_reported() {
    let inputs = with_catalog(|v| {
        entry_mut(v, 660_200_001)["cause"] = "The user is offline.".into();
    });
    assert_reported(&check(&inputs), 660_200_001, "neither a quote");
}

#[test]
fn disagreement_without_errata_is_reported() {
    // The 64-byte limit of the two-column versions must be quoted.
    let inputs = with_catalog(|v| entry_mut(v, 50_014)["errata"] = "The versions disagree.".into());
    let problems = check(&inputs);
    assert_reported(&problems, 50_014, "the two-column version");
    assert_reported(&problems, 50_014, "64 bytes");
}

#[test]
fn omission_without_errata_is_reported() {
    let inputs = with_catalog(|v| {
        entry_mut(v, 105_001)["errata"] =
            "The 2024-06-20 version has it: \"Error occurred when requesting the \
             database. Please contact ZEGOCLOUD Technical Support.\""
                .into();
    });
    assert_reported(
        &check(&inputs),
        105_001,
        "omits it between 51102 and 100000000",
    );
}

#[test]
fn fix_without_errata_is_reported() {
    let inputs = with_catalog(|v| {
        entry_mut(v, 100_000_005)
            .as_mapping_mut()
            .expect("mapping")
            .remove("errata");
    });
    assert_reported(&check(&inputs), 100_000_005, "no matching errata");
}

#[test]
fn stale_fix_is_reported() {
    let inputs = with_source("zim-server-return-codes-4col.md", |t| {
        t.replace(
            "100000005 | Signature error. | Signature expired. |",
            "100000005 | Signature error. | Signature error. |",
        )
    });
    assert_reported(&check(&inputs), 100_000_005, "no longer applies");
}

#[test]
fn unrecorded_completion_of_a_cut_off_row_is_reported() {
    let fixes: Vec<Fix> = FIXES
        .iter()
        .copied()
        .filter(|f| !f.codes.contains(&100_000_017))
        .collect();
    let mut inputs = real_inputs();
    inputs.fixes = &fixes;
    let problems = check(&inputs);
    assert_reported(&problems, 100_000_017, "cuts its row off");
    assert_reported(&problems, 100_000_017, "text differs");
}

#[test]
fn row_dropped_from_the_sources_is_reported() {
    let mut inputs = real_inputs();
    for file in [
        "zim-server-return-codes-2col.md",
        "zim-server-return-codes-2col-text.md",
    ] {
        let index = source_index(file);
        inputs.sources[index] = inputs.sources[index]
            .lines()
            .filter(|l| !l.starts_with("100000016"))
            .flat_map(|l| [l, "\n"])
            .collect();
    }
    assert_reported(&check(&inputs), 100_000_016, "in no source");
}

#[test]
fn new_code_in_a_source_is_reported() {
    let inputs = with_source("zim-server-query-user-online-status.md", |t| {
        format!("{t}660000012 | A new code. |\n")
    });
    assert_reported(&check(&inputs), 660_000_012, "missing from zim-server.yaml");
}

#[test]
fn code_in_an_unexpected_section_is_reported() {
    let inputs = with_source("zim-server-return-codes-2col.md", |t| {
        t.replace("100000016 |", "200000016 |")
    });
    assert_reported(&check(&inputs), 200_000_016, "no category is expected");
}

#[test]
fn renderings_of_one_version_that_disagree_are_reported() {
    let inputs = with_source("zim-server-return-codes-4col-text.md", |t| {
        t.replace(
            "100000002Timestamp field is empty.",
            "100000002Timestamp is missing.",
        )
    });
    assert_reported(
        &check(&inputs),
        100_000_002,
        "renderings of the four-column version disagree",
    );
}

#[test]
fn out_of_order_code_is_reported() {
    let inputs = with_catalog(|v| {
        let codes = codes_mut(v);
        let a = codes
            .iter()
            .position(|e| e["code"].as_u64() == Some(100_000_006))
            .expect("present");
        codes.swap(a, a + 1);
    });
    assert_reported(&check(&inputs), 100_000_007, "out of the order");
}

#[test]
fn wrong_ranges_are_reported() {
    let inputs = with_catalog(|v| {
        v["categories"][1]["ranges"][0]["last"] = 100_000_010_u32.into();
    });
    assert_reported(
        &check(&inputs),
        100_000_017,
        "outside the ranges of its category `api_gateway`",
    );
}

#[test]
fn retryable_contradicting_the_action_is_reported() {
    let inputs = with_catalog(|v| entry_mut(v, 100_000_004)["retryable"] = false.into());
    assert_reported(
        &check(&inputs),
        100_000_004,
        "contradicts action `sign_again`",
    );
}

#[test]
fn unsourced_version_facts_are_reported() {
    let inputs = with_catalog(|v| entry_mut(v, 7)["since"] = "2.0".into());
    assert_reported(&check(&inputs), 7, "no source states a version");
}

#[test]
fn success_only_on_code_zero() {
    let inputs = with_catalog(|v| entry_mut(v, 1)["success"] = true.into());
    assert_reported(&check(&inputs), 1, "`success`");
}

#[test]
#[should_panic(expected = "cannot read")]
fn missing_fixture_fails() {
    read("tests/fixtures/zim-server-no-such-page.md");
}

#[test]
fn the_old_public_block_is_reported_as_overwide() {
    let inputs = with_catalog(|v| {
        v["categories"][0]["ranges"] =
            serde_yaml::from_str("[{first: 0, last: 99999999}]").expect("a range");
    });
    let problems = check(&inputs);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("category `public`: range 0..=99999999")
                && p.contains("for codes 0..=105001")),
        "{problems:#?}"
    );
}

#[test]
fn the_numbering_blocks_are_not_overwide() {
    let catalog: Catalog = serde_yaml::from_str(&read("zim-server.yaml")).expect("parses");
    assert_eq!(common::overwide_ranges(&catalog), Vec::<String>::new());
    let gateway = &catalog.categories[1];
    assert_eq!(
        (gateway.ranges[0].first, gateway.ranges[0].last),
        (100_000_000, 100_000_099)
    );
    let service = &catalog.categories[2];
    assert_eq!(
        (service.ranges[0].first, service.ranges[0].last),
        (660_000_000, 660_999_999)
    );
    // The public category claims exactly its codes.
    let public: Vec<(u32, u32)> = catalog.categories[0]
        .ranges
        .iter()
        .map(|r| (r.first, r.last))
        .collect();
    let codes: Vec<(u32, u32)> = catalog
        .codes
        .iter()
        .filter(|c| c.category == "public")
        .map(|c| (c.code, c.code))
        .collect();
    assert_eq!(public, codes);
}
