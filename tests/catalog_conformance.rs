//! Conformance of the bundled catalog (`errors.yaml`) to the upstream ZIM
//! error-code table (`tests/fixtures/zim-error-codes.md`).
//!
//! [`check`] parses both and lists every disagreement: codes missing or added,
//! codes under another section than the table's, texts that differ from the
//! table once whitespace and markup are normalized and the recorded fixes in
//! [`FIXES`] are applied, and codes outside their category's ranges. The first
//! test asserts there is none for the real files; the others break copies on
//! purpose and assert that each breakage is reported under the code concerned,
//! as the kind of problem it is (not merely some problem naming the code).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Section title of the table -> category key of the catalog, in table order.
const SECTIONS: &[(&str, &str)] = &[
    ("General errors", "general"),
    ("Login errors", "login"),
    ("Message errors", "message"),
    ("Call invitation errors", "call_invitation"),
    ("Room errors", "room"),
    ("Offline notification errors", "offline_notification"),
    ("Group errors", "group"),
    ("Session errors", "session"),
    ("Error code related to message receipt", "message_receipt"),
    (
        "Message withdrawal related error codes",
        "message_withdrawal",
    ),
    (
        "Error code related to respond to messages with emoticons",
        "message_reaction",
    ),
    ("Blacklist related error codes", "blacklist"),
    ("Friend management related error codes", "friend"),
];

/// A recorded deviation of the catalog's text from the table: in the rows of
/// `codes`, the normalized table text `from` reads `to` in the catalog. Every
/// fix must still apply (its `from` must occur in each of its rows), and every
/// one is also described in the `errata` of its entries in `errors.yaml`.
struct Fix {
    codes: &'static [u32],
    from: &'static str,
    to: &'static str,
}

const FIXES: &[Fix] = &[
    // The solution is an incomplete sentence ("check whether the user ID.").
    Fix {
        codes: &[6000011],
        from: "Please check whether the user ID.",
        to: "Please check whether the user ID exists.",
    },
    // Typo: "conetent".
    Fix {
        codes: &[6000212],
        from: "conetent",
        to: "content",
    },
    // Broken link markup of the documentation site, `[Message types\|_blank](!sendMessages#1)`
    // (the table parser has already turned `\|` into `|`): keep readable words.
    Fix {
        codes: &[6000213, 6000214, 6000215],
        from: "[Message types|_blank](!sendMessages#1)",
        to: "Message types documentation",
    },
    // Grammar: "does not in the room".
    Fix {
        codes: &[6000321],
        from: "The user does not in the room.",
        to: "The user is not in the room.",
    },
    // Typo "Unfroup" (for "Ungroup"): the code is about dismissing a group
    // (SDK: ZIMErrorCodeGroupModuleDismissGroupError); worded like its siblings.
    Fix {
        codes: &[6000504],
        from: "Unfroup failed.",
        to: "Failed to dismiss the group.",
    },
    // Grammar: "does not in the group".
    Fix {
        codes: &[6000521],
        from: "The member does not in the group.",
        to: "The member is not in the group.",
    },
];

// ---------------------------------------------------------------------------
// The upstream table
// ---------------------------------------------------------------------------

/// One row of the table: the code and its text cells (one, or two for the rows
/// that have a third column).
#[derive(Debug, Clone)]
struct Row {
    code: u32,
    cells: Vec<String>,
}

#[derive(Debug, Clone)]
struct Section {
    title: String,
    rows: Vec<Row>,
}

/// Splits a table line on the unescaped `|`; `\|` stands for a literal `|`.
fn split_cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                chars.next();
                cells.last_mut().expect("never empty").push('|');
            }
            '|' => cells.push(String::new()),
            _ => cells.last_mut().expect("never empty").push(c),
        }
    }
    cells
}

/// Parses the markdown table page into sections and rows, tolerating the
/// defects of the upstream page: rows without the closing pipe (6000323,
/// 6000531), a row without the separator after its code (6000352), and rows
/// with a third column in two-column sections.
fn parse_table(md: &str) -> Result<Vec<Section>, Vec<String>> {
    let mut sections: Vec<Section> = Vec::new();
    let mut problems = Vec::new();
    for (index, raw) in md.lines().enumerate() {
        let line_no = index + 1;
        if let Some(title) = raw.strip_prefix("## ") {
            sections.push(Section {
                title: title.trim().to_owned(),
                rows: Vec::new(),
            });
            continue;
        }
        let line = raw.trim();
        if !line.starts_with('|') {
            continue;
        }
        let mut cells = split_cells(line);
        cells.remove(0); // before the leading pipe
        if line.ends_with('|') {
            cells.pop(); // after the closing pipe
        }
        let Some(first) = cells.first().map(|c| c.trim().to_owned()) else {
            continue;
        };
        let digits: String = first.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            continue; // header or separator row
        }
        let Ok(code) = digits.parse::<u32>() else {
            problems.push(format!("table line {line_no}: bad code {digits:?}"));
            continue;
        };
        let rest = first[digits.len()..].trim();
        let mut text_cells: Vec<String> = cells[1..].to_vec();
        if !rest.is_empty() {
            // The code and the text share one cell (missing separator).
            text_cells.insert(0, rest.to_owned());
        }
        if text_cells.is_empty() {
            problems.push(format!("{code}: table line {line_no} has no text"));
            continue;
        }
        match sections.last_mut() {
            Some(section) => section.rows.push(Row {
                code,
                cells: text_cells,
            }),
            None => problems.push(format!(
                "{code}: table line {line_no} is before any section"
            )),
        }
    }
    if problems.is_empty() {
        Ok(sections)
    } else {
        Err(problems)
    }
}

/// Turns the HTML ordered lists of the table (`<ol><li>a</li><li>b</li></ol>`)
/// into plain numbered text (`1. a 2. b`).
fn html_lists_to_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut item = 0;
    let mut rest = s;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let tag = ["<ol>", "</ol>", "<li>", "</li>"]
            .into_iter()
            .find(|t| after.starts_with(t));
        match tag {
            Some("<ol>") => item = 0,
            Some("<li>") => {
                item += 1;
                write!(out, " {item}. ").expect("writing to a String cannot fail");
            }
            Some(_) => out.push(' '),
            None => {
                out.push('<');
                rest = &after[1..];
                continue;
            }
        }
        rest = &after[tag.map_or(1, str::len)..];
    }
    out.push_str(rest);
    out
}

/// Normalization applied to both sides before comparing: HTML lists become
/// plain text, inline-code backticks are dropped, whitespace is collapsed.
fn normalize(s: &str) -> String {
    html_lists_to_text(s)
        .replace('`', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The table's text of a row as the catalog must say it: cells joined,
/// normalized, and the recorded fixes applied. Reports fixes that no longer apply.
fn expected_text(row: &Row, problems: &mut Vec<String>) -> String {
    let mut text = normalize(&row.cells.join(" "));
    for fix in FIXES.iter().filter(|f| f.codes.contains(&row.code)) {
        if text.contains(fix.from) {
            text = text.replace(fix.from, fix.to);
        } else {
            problems.push(format!(
                "{}: recorded fix {:?} -> {:?} no longer applies to the table text",
                row.code, fix.from, fix.to
            ));
        }
    }
    text
}

// ---------------------------------------------------------------------------
// The catalog: the shared independent reading (tests/common)
// ---------------------------------------------------------------------------

mod common;

use common::{Catalog, CodeEntry as Entry};

fn joined(description: &str, solution: Option<&str>) -> String {
    match solution {
        Some(solution) => format!("{description} {solution}"),
        None => description.to_owned(),
    }
}

// ---------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------

/// Compares the catalog (YAML text) with the table (markdown text) and returns
/// every problem found, each naming the code (or category) concerned. Empty
/// when they agree.
fn check(table_md: &str, catalog_yaml: &str) -> Vec<String> {
    let sections = match parse_table(table_md) {
        Ok(sections) => sections,
        Err(problems) => return problems,
    };
    let catalog: Catalog = match serde_yaml::from_str(catalog_yaml) {
        Ok(catalog) => catalog,
        Err(e) => return vec![format!("errors.yaml does not parse: {e}")],
    };
    let mut problems = Vec::new();
    check_categories(&sections, &catalog, &mut problems);
    check_codes(&sections, &catalog, &mut problems);
    check_ranges(&catalog, &mut problems);
    problems.extend(common::overwide_ranges(&catalog));
    problems
}

fn check_categories(sections: &[Section], catalog: &Catalog, problems: &mut Vec<String>) {
    let table_titles: Vec<&str> = sections.iter().map(|s| s.title.as_str()).collect();
    let known_titles: Vec<&str> = SECTIONS.iter().map(|(t, _)| *t).collect();
    if table_titles != known_titles {
        problems.push(format!(
            "the table's sections {table_titles:?} are not the known {known_titles:?}"
        ));
    }
    let keys: Vec<&str> = catalog.categories.iter().map(|c| c.key.as_str()).collect();
    let known_keys: Vec<&str> = SECTIONS.iter().map(|(_, k)| *k).collect();
    if keys != known_keys {
        problems.push(format!(
            "categories {keys:?} are not the table's sections in table order {known_keys:?}"
        ));
    }
    for (title, key) in SECTIONS {
        if let Some(category) = catalog.categories.iter().find(|c| c.key == *key) {
            if category.title != *title {
                problems.push(format!(
                    "category `{key}`: title {:?}, the table says {title:?}",
                    category.title
                ));
            }
        }
    }
}

fn check_codes(sections: &[Section], catalog: &Catalog, problems: &mut Vec<String>) {
    let section_key: BTreeMap<&str, &str> = SECTIONS.iter().copied().collect();

    // The table: code -> (category key, section title, row), in order.
    let mut table: BTreeMap<u32, (&str, &str, &Row)> = BTreeMap::new();
    let mut table_order = Vec::new();
    for section in sections {
        let key = section_key
            .get(section.title.as_str())
            .copied()
            .unwrap_or("?");
        for row in &section.rows {
            if table
                .insert(row.code, (key, section.title.as_str(), row))
                .is_some()
            {
                problems.push(format!("{}: listed twice in the table", row.code));
            }
            table_order.push(row.code);
        }
    }

    // The catalog.
    let mut entries: BTreeMap<u32, &Entry> = BTreeMap::new();
    for entry in &catalog.codes {
        if entries.insert(entry.code, entry).is_some() {
            problems.push(format!("{}: listed twice in errors.yaml", entry.code));
        }
    }

    for (code, (key, title, _)) in &table {
        if !entries.contains_key(code) {
            problems.push(format!(
                "{code}: in the table (section {title:?}, category `{key}`) but missing from errors.yaml"
            ));
        }
    }
    for (code, entry) in &entries {
        let Some((key, title, row)) = table.get(code) else {
            problems.push(format!(
                "{code}: in errors.yaml (category `{}`) but not in the table",
                entry.category
            ));
            continue;
        };
        if entry.category != *key {
            problems.push(format!(
                "{code}: category `{}` in errors.yaml, but the table lists it under {title:?} (category `{key}`)",
                entry.category
            ));
        }
        let expected = expected_text(row, problems);
        let actual = match &entry.zh {
            // Rows the table gives in Chinese compare the original text.
            Some(zh) => normalize(&joined(&zh.description, zh.solution.as_deref())),
            None => normalize(&joined(&entry.description, entry.solution.as_deref())),
        };
        if actual != expected {
            problems.push(format!(
                "{code}: text differs from the table\n    table: {expected}\n    yaml:  {actual}"
            ));
        }
        if entry.description.trim().is_empty() {
            problems.push(format!("{code}: empty description"));
        }
        if entry
            .solution
            .as_deref()
            .is_some_and(|s| s.trim().is_empty())
        {
            problems.push(format!("{code}: empty solution (omit it instead)"));
        }
    }

    // Catalog order = table order (over the codes both have).
    let catalog_order: Vec<u32> = catalog
        .codes
        .iter()
        .map(|c| c.code)
        .filter(|c| table.contains_key(c))
        .collect();
    let table_order: Vec<u32> = table_order
        .into_iter()
        .filter(|c| entries.contains_key(c))
        .collect();
    if let Some((yaml, md)) = catalog_order
        .iter()
        .zip(&table_order)
        .find(|(yaml, md)| yaml != md)
    {
        problems.push(format!(
            "{yaml}: out of table order in errors.yaml (the table has {md} at this place)"
        ));
    }
}

/// Every code lies in one of its category's ranges, and the narrowest range
/// containing it (ties: catalog order) is its own category's, as the macro
/// places unknown codes.
fn check_ranges(catalog: &Catalog, problems: &mut Vec<String>) {
    for entry in &catalog.codes {
        let Some(own) = catalog.categories.iter().find(|c| c.key == entry.category) else {
            problems.push(format!(
                "{}: unknown category `{}`",
                entry.code, entry.category
            ));
            continue;
        };
        if own.ranges.is_empty() {
            continue;
        }
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

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn table_md() -> String {
    read(&root().join("tests/fixtures/zim-error-codes.md"))
}

fn catalog_yaml() -> String {
    read(&root().join("errors.yaml"))
}

/// Asserts that a problem of `code` (a line starting with `<code>: `) says `kind`.
fn assert_reported(problems: &[String], code: u32, kind: &str) {
    let prefix = format!("{code}: ");
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with(&prefix) && p.contains(kind)),
        "no problem of {code} says {kind:?}; problems: {problems:#?}"
    );
}

/// Asserts that `problems` are exactly those expected, by prefix: one per entry, in order.
fn assert_only(problems: &[String], expected: &[&str]) {
    assert_eq!(
        problems.len(),
        expected.len(),
        "expected {expected:#?}, got {problems:#?}"
    );
    for (problem, start) in problems.iter().zip(expected) {
        assert!(
            problem.starts_with(start),
            "expected {start:?}, got {problems:#?}"
        );
    }
}

/// Applies `edit` to the catalog parsed as a YAML value and returns the text.
fn edited_catalog(edit: impl FnOnce(&mut serde_yaml::Value)) -> String {
    let mut value: serde_yaml::Value = serde_yaml::from_str(&catalog_yaml()).expect("parses");
    edit(&mut value);
    serde_yaml::to_string(&value).expect("serializes")
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

#[test]
fn catalog_conforms_to_the_table() {
    let problems = check(&table_md(), &catalog_yaml());
    assert!(
        problems.is_empty(),
        "errors.yaml disagrees with tests/fixtures/zim-error-codes.md:\n{}",
        problems.join("\n")
    );
}

#[test]
fn table_parser_handles_the_defects_of_the_page() {
    let sections = parse_table(&table_md()).expect("the table parses");
    assert_eq!(sections.len(), 13);
    let rows: Vec<&Row> = sections.iter().flat_map(|s| &s.rows).collect();
    assert_eq!(rows.len(), 145);
    let row = |code: u32| {
        *rows
            .iter()
            .find(|r| r.code == code)
            .unwrap_or_else(|| panic!("{code} is parsed"))
    };
    // Missing separator between the code and its text.
    assert!(row(6000352).cells[0].starts_with("The Key size"));
    // Missing closing pipe.
    assert!(row(6000323).cells[0].trim_end().ends_with("same Room ID."));
    assert!(
        row(6000531).cells[0]
            .trim_end()
            .ends_with("upper limit (10).")
    );
    // Third column in a two-column section, and an escaped pipe in a link.
    assert_eq!(row(6000216).cells.len(), 2);
    assert_eq!(row(6000001).cells.len(), 1);
    assert!(row(6000213).cells[0].contains("[Message types|_blank]"));
    // HTML list.
    assert_eq!(
        normalize(&row(6000281).cells[1]),
        "1. Please check the registration status of the invitees, and if the user to be invited \
         has not yet registered, please register first. 2. If the user is already registered, \
         check whether the UserID in the invitee list is correct."
    );
}

#[test]
fn dropped_code_is_reported() {
    let yaml = edited_catalog(|v| {
        codes_mut(v)
            .retain(|e| e.get("code").and_then(serde_yaml::Value::as_u64) != Some(6_000_106));
    });
    assert_only(
        &check(&table_md(), &yaml),
        &[
            "6000106: in the table (section \"Login errors\", category `login`) but missing from errors.yaml",
        ],
    );
}

#[test]
fn added_code_is_reported() {
    let yaml = edited_catalog(|v| {
        let extra: serde_yaml::Value = serde_yaml::from_str(
            "{ code: 6000899, name: MadeUp, category: friend, description: Not in the table., \
             action: none, retryable: false }",
        )
        .expect("parses");
        codes_mut(v).push(extra);
    });
    assert_only(
        &check(&table_md(), &yaml),
        &["6000899: in errors.yaml (category `friend`) but not in the table"],
    );
}

#[test]
fn code_moved_to_another_category_is_reported() {
    let yaml = edited_catalog(|v| {
        entry_mut(v, 6_000_301)["category"] = "group".into();
    });
    let problems = check(&table_md(), &yaml);
    assert_reported(
        &problems,
        6_000_301,
        "category `group` in errors.yaml, but the table lists it under \"Room errors\" (category `room`)",
    );
    assert_reported(
        &problems,
        6_000_301,
        "outside the ranges of its category `group`",
    );
}

#[test]
fn changed_description_is_reported() {
    let yaml = edited_catalog(|v| {
        entry_mut(v, 6_000_212)["description"] =
            "Failed to send rich media content quickly.".into();
    });
    assert_only(
        &check(&table_md(), &yaml),
        &["6000212: text differs from the table\n    table: Failed to send rich media content."],
    );
}

#[test]
fn changed_chinese_text_is_reported() {
    let yaml = edited_catalog(|v| {
        entry_mut(v, 6_000_210)["zh"]["description"] = "文件错误。".into();
    });
    let problems = check(&table_md(), &yaml);
    assert_only(&problems, &["6000210: text differs from the table"]);
    assert!(problems[0].contains("yaml:  文件错误。"), "{problems:#?}");
}

#[test]
fn code_missing_from_the_table_is_reported() {
    let table: String = table_md()
        .lines()
        .filter(|l| !l.starts_with("| 6000521 "))
        .flat_map(|l| [l, "\n"])
        .collect();
    assert_only(
        &check(&table, &catalog_yaml()),
        &["6000521: in errors.yaml (category `group`) but not in the table"],
    );
}

#[test]
fn stale_fix_is_reported() {
    let table = table_md().replace("conetent", "content");
    let problems = check(&table, &catalog_yaml());
    assert_reported(
        &problems,
        6_000_212,
        "recorded fix \"conetent\" -> \"content\" no longer applies to the table text",
    );
    assert_eq!(problems.len(), 1, "{problems:#?}");
}

/// The fixture is a verbatim copy of the project's shared seed; when the seed
/// is beside the checkout (as in CI), they must still be identical. Under CI
/// (`CI` set) a missing seed fails the test: it would otherwise pass without
/// comparing anything. Elsewhere (a clone on its own) it says it was skipped.
#[test]
fn fixture_is_the_shared_seed_when_present() {
    let seed = root().join("../shared/seed/zim-error-codes.md");
    if !seed.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{} is missing: CI checks the fixture against the shared seed",
            seed.display()
        );
        eprintln!("skipped: {} is absent", seed.display());
        return;
    }
    assert_eq!(
        read(&seed),
        table_md(),
        "tests/fixtures/zim-error-codes.md differs from {}",
        seed.display()
    );
}

// ---------------------------------------------------------------------------
// Each check of the checker, broken on purpose
// ---------------------------------------------------------------------------

fn category_mut<'a>(value: &'a mut serde_yaml::Value, key: &str) -> &'a mut serde_yaml::Value {
    value
        .get_mut("categories")
        .and_then(serde_yaml::Value::as_sequence_mut)
        .expect("categories is a sequence")
        .iter_mut()
        .find(|c| c.get("key").and_then(serde_yaml::Value::as_str) == Some(key))
        .unwrap_or_else(|| panic!("category `{key}` is in the catalog"))
}

fn index_of(value: &mut serde_yaml::Value, code: u32) -> usize {
    codes_mut(value)
        .iter()
        .position(|e| e.get("code").and_then(serde_yaml::Value::as_u64) == Some(u64::from(code)))
        .unwrap_or_else(|| panic!("{code} is in the catalog"))
}

#[test]
fn swapped_codes_are_out_of_order() {
    let yaml = edited_catalog(|v| {
        let (a, b) = (index_of(v, 6_000_106), index_of(v, 6_000_107));
        codes_mut(v).swap(a, b);
    });
    assert_only(
        &check(&table_md(), &yaml),
        &["6000107: out of table order in errors.yaml (the table has 6000106 at this place)"],
    );
}

#[test]
fn swapped_categories_are_out_of_order() {
    let yaml = edited_catalog(|v| {
        let categories = v
            .get_mut("categories")
            .and_then(serde_yaml::Value::as_sequence_mut)
            .expect("categories");
        categories.swap(0, 1);
    });
    assert_only(
        &check(&table_md(), &yaml),
        &["categories [\"login\", \"general\", \"message\""],
    );
}

#[test]
fn a_code_listed_twice_in_the_catalog_is_reported() {
    let yaml = edited_catalog(|v| {
        let at = index_of(v, 6_000_106);
        let copy = codes_mut(v)[at].clone();
        codes_mut(v).insert(at + 1, copy);
    });
    // The copy is also where the table has the next code.
    assert_only(
        &check(&table_md(), &yaml),
        &[
            "6000106: listed twice in errors.yaml",
            "6000106: out of table order in errors.yaml (the table has 6000107 at this place)",
        ],
    );
}

#[test]
fn a_row_listed_twice_in_the_table_is_reported() {
    let md = table_md();
    let row = md
        .lines()
        .find(|l| l.starts_with("| 6000106 "))
        .expect("the row of 6000106");
    let table = md.replacen(row, &format!("{row}\n{row}"), 1);
    let problems = check(&table, &catalog_yaml());
    assert_reported(&problems, 6_000_106, "listed twice in the table");
}

#[test]
fn a_wrong_category_title_is_reported() {
    let yaml = edited_catalog(|v| {
        category_mut(v, "login")["title"] = "Sign-in errors".into();
    });
    assert_only(
        &check(&table_md(), &yaml),
        &["category `login`: title \"Sign-in errors\", the table says \"Login errors\""],
    );
}

#[test]
fn a_renamed_table_section_is_reported() {
    let table = table_md().replace("## Login errors", "## Sign-in errors");
    let problems = check(&table, &catalog_yaml());
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("the table's sections [") && p.contains("\"Sign-in errors\"")),
        "{problems:#?}"
    );
}

#[test]
fn a_code_outside_its_categorys_ranges_is_reported() {
    let yaml = edited_catalog(|v| {
        category_mut(v, "login")["ranges"] = serde_yaml::from_str(
            "[{first: 6000100, last: 6000105}, {first: 6000107, last: 6000199}]",
        )
        .expect("a range");
    });
    assert_only(
        &check(&table_md(), &yaml),
        &["6000106: outside the ranges of its category `login`"],
    );
}

#[test]
fn a_narrower_range_of_another_category_is_reported() {
    let yaml = edited_catalog(|v| {
        let ranges = category_mut(v, "general")
            .get_mut("ranges")
            .and_then(serde_yaml::Value::as_sequence_mut)
            .expect("general has ranges");
        ranges.push(serde_yaml::from_str("{first: 6000106, last: 6000106}").expect("a range"));
    });
    assert_only(
        &check(&table_md(), &yaml),
        &["6000106: category `login`, but the narrowest range containing it is `general`'s"],
    );
}

#[test]
fn an_unknown_category_is_reported() {
    let yaml = edited_catalog(|v| {
        entry_mut(v, 6_000_106)["category"] = "nowhere".into();
    });
    let problems = check(&table_md(), &yaml);
    assert_reported(&problems, 6_000_106, "unknown category `nowhere`");
}

#[test]
fn empty_texts_are_reported() {
    let yaml = edited_catalog(|v| {
        entry_mut(v, 6_000_106)["description"] = " ".into();
        entry_mut(v, 6_000_107)["solution"] = "".into();
    });
    let problems = check(&table_md(), &yaml);
    assert_reported(&problems, 6_000_106, "empty description");
    assert_reported(&problems, 6_000_107, "empty solution (omit it instead)");
}

/// Every recorded fix is described in the `errata` of each of its entries: the
/// errata quotes the table's text and the catalog's (a `\|` in the errata
/// stands for the table's escaped pipe).
#[test]
fn every_recorded_fix_has_its_errata() {
    let catalog: Catalog = serde_yaml::from_str(&catalog_yaml()).expect("parses");
    for fix in FIXES {
        for code in fix.codes {
            let entry = catalog
                .codes
                .iter()
                .find(|e| e.code == *code)
                .unwrap_or_else(|| panic!("{code} of a fix is in the catalog"));
            let errata = normalize(
                &entry
                    .errata
                    .as_deref()
                    .unwrap_or_default()
                    .replace("\\|", "|"),
            );
            assert!(
                errata.contains(fix.from) && errata.contains(fix.to),
                "{code}: the errata does not record the fix {:?} -> {:?}: {errata:?}",
                fix.from,
                fix.to
            );
        }
    }
}

/// The normalization the comparison relies on.
#[test]
fn normalization_of_cells() {
    assert_eq!(split_cells(r"a|b\|c|"), ["a", "b|c", ""]);
    // A backslash before anything but a pipe is kept as it is.
    assert_eq!(split_cells(r"a\b|c"), [r"a\b", "c"]);
    assert_eq!(
        normalize("<ol><li>One.</li><li>`Two`.</li></ol>  x\n y"),
        "1. One. 2. Two. x y"
    );
    assert_eq!(html_lists_to_text("a < b"), "a < b");
    assert_eq!(joined("d", Some("s")), "d s");
    assert_eq!(joined("d", None), "d");
}

/// Ranges of equal width tie; the category listed first wins, as the macro places
/// unknown codes. Here `message`, listed after `login`, gets login's very range.
#[test]
fn equal_ranges_go_to_the_category_listed_first() {
    let yaml = edited_catalog(|v| {
        let ranges = category_mut(v, "message")
            .get_mut("ranges")
            .and_then(serde_yaml::Value::as_sequence_mut)
            .expect("message has ranges");
        ranges.push(serde_yaml::from_str("{first: 6000100, last: 6000199}").expect("a range"));
    });
    assert_only(&check(&table_md(), &yaml), &[]);
}

/// Problems of the table name their line in the file (1-based).
#[test]
fn table_problems_name_their_line() {
    let md = "# title\n| 6000001 | early |\n## General errors\n| 6000002 |\n| 99999999999 | x |\n";
    let problems = parse_table(md).expect_err("three bad rows");
    assert_eq!(
        problems,
        [
            "6000001: table line 2 is before any section",
            "6000002: table line 4 has no text",
            "table line 5: bad code \"99999999999\"",
        ]
    );
}

/// The assertions of these tests fail when they should: a problem of another code, or of
/// another kind, or one problem too many, is not what was expected.
#[test]
fn the_assertions_can_fail() {
    let problems = vec!["16000106: listed twice in errors.yaml".to_owned()];
    for attempt in [
        std::panic::catch_unwind(|| {
            assert_reported(&problems, 6_000_106, "listed twice");
        }),
        std::panic::catch_unwind(|| {
            assert_reported(&problems, 16_000_106, "missing from errors.yaml");
        }),
        std::panic::catch_unwind(|| assert_only(&problems, &[])),
        std::panic::catch_unwind(|| assert_only(&problems, &["6000106: "])),
    ] {
        assert!(attempt.is_err());
    }
    assert_reported(&problems, 16_000_106, "listed twice");
    assert_only(&problems, &["16000106: listed"]);
}

#[test]
fn an_overwide_range_is_reported() {
    let yaml = edited_catalog(|v| {
        category_mut(v, "offline_notification")["ranges"] =
            serde_yaml::from_str("[{first: 6000400, last: 6000999}]").expect("a range");
    });
    let problems = check(&table_md(), &yaml);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("category `offline_notification`")
                && p.contains("covers 600 numbers for codes 6000401..=6000401")),
        "{problems:#?}"
    );
}

#[test]
fn a_range_holding_none_of_its_codes_is_reported() {
    let yaml = edited_catalog(|v| {
        let ranges = category_mut(v, "session")
            .get_mut("ranges")
            .and_then(serde_yaml::Value::as_sequence_mut)
            .expect("session has ranges");
        ranges.push(serde_yaml::from_str("{first: 6000950, last: 6000959}").expect("a range"));
    });
    let problems = check(&table_md(), &yaml);
    assert!(
        problems
            .iter()
            .any(|p| p == "category `session`: range 6000950..=6000959 holds none of its codes"),
        "{problems:#?}"
    );
}
