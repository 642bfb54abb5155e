//! Property tests of the whole pipeline (`load` → `validate` → `expand`): whatever text a
//! catalog holds, the macro answers with Rust or with located diagnostics, and never
//! panics or hangs.
//!
//! Every case runs in its own thread with a deadline ([`bounded`]): a panic fails the
//! case (and proptest shrinks it), a case that has not answered by the deadline fails as a
//! hang. Inputs are also size-bounded, and `serde_yaml` bounds recursion (128 levels) and
//! alias expansion itself. The number of cases per property is proptest's: 256 by
//! default, `PROPTEST_CASES=N` to change it (`docs/reliability.md`).
//!
//! Inputs: arbitrary text, YAML-like token soup, generated valid catalogs (hostile
//! texts, arbitrary distinct `u32` codes in arbitrary order), and both the bundled
//! `errors.yaml` and generated catalogs mutated: fields dropped, values replaced by other
//! types or extreme numbers, lines deleted, duplicated, moved or re-indented, bytes
//! flipped (decoded lossily, so the text stays UTF-8), snippets inserted. Non-UTF-8 bytes
//! go through `load::read::read_file` from a file, as the macro reads them.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use proptest::prelude::*;
use proptest::sample::Index;

use crate::args::Args;
use crate::expand_source as pipeline;
use crate::load::{self, SourceText};
use crate::model::Action;

/// How long one case may take before it counts as a hang. Generous: a debug build on a
/// loaded 2-core machine expands the bundled catalog (and re-parses it) well under this,
/// and the corpus's 10 MB description (about 25 s of CPU in a debug build) shares the
/// two cores with the other tests of the binary.
const DEADLINE: Duration = Duration::from_secs(180);

/// The path catalogs are shown under in diagnostics.
pub(crate) const PROP_PATH: &str = "prop.yaml";

/// The bundled catalog's text.
pub(crate) const BUNDLED: &str = include_str!("../../errors.yaml");

/// Runs `f` on a thread of its own (8 MiB of stack, as rustc gives the threads that run
/// proc macros) and returns its result; panics with the thread's panic message if it
/// panicked, or as a hang if it has not finished after [`DEADLINE`]. A hung thread is
/// left behind: the test fails anyway.
pub(crate) fn bounded<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let handle = thread::Builder::new()
        .name(format!("pipeline: {what}"))
        .stack_size(8 << 20)
        .spawn(move || {
            let _ = tx.send(f());
        })
        .expect("spawn a pipeline thread");
    match rx.recv_timeout(DEADLINE) {
        Ok(value) => {
            let _ = handle.join();
            value
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what}: no answer after {DEADLINE:?}: the pipeline hangs")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let payload = handle
                .join()
                .expect_err("the thread ended without answering");
            let message = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("(non-string panic payload)");
            panic!("{what}: panicked: {message}")
        }
    }
}

/// What the pipeline made of a text, checked and turned into plain data.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// The expansion, as a token string.
    Expanded(String),
    /// The rendered diagnostics.
    Rejected(Vec<String>),
}

/// Runs the pipeline over `text` (shown as `path`) with the default names, on a bounded
/// thread, and checks every property that holds for any input: see [`check_source`]. The
/// text is decoded as the macro decodes a file (`load::decode`: BOM, lone CRs) first.
pub(crate) fn run_text(path: &str, text: String) -> Outcome {
    let text = load::read::decode(text.into_bytes()).expect("a String is UTF-8");
    let source = SourceText {
        display_path: path.to_owned(),
        text,
        absolute_path: None,
    };
    bounded(path, move || check_source(&source))
}

/// The properties every outcome has:
/// - `Ok`: the tokens parse as a Rust file, expanding again gives the same tokens, and
///   `all()` (the arms of `__at`) lists the codes in catalog order;
/// - `Err`: at least one diagnostic, each well formed ([`check_diagnostic`]), and the same
///   diagnostics on a second run.
pub(crate) fn check_source(source: &SourceText) -> Outcome {
    let args = Args::default();
    match pipeline(&args, source) {
        Ok(tokens) => {
            let rendered = tokens.to_string();
            if let Err(e) = syn::parse2::<syn::File>(tokens) {
                panic!(
                    "the expansion is not valid Rust: {e}\n{}",
                    excerpt(&rendered)
                );
            }
            let again = pipeline(&args, source).expect("the second expansion fails");
            assert!(
                again.to_string() == rendered,
                "expanding the same text twice gives different tokens"
            );
            let expected = yaml_codes(&source.text);
            let listed = codes_table(&rendered);
            assert_eq!(listed, expected, "`all()` is not in catalog order");
            Outcome::Expanded(rendered)
        }
        Err(error) => {
            let diagnostics = error.rendered();
            assert!(!diagnostics.is_empty(), "an error without a diagnostic");
            for d in &diagnostics {
                check_diagnostic(d, &source.display_path, Some(&source.text));
            }
            let again = pipeline(&args, source).expect_err("the second run accepts");
            assert_eq!(again, error, "diagnostics differ between two runs");
            Outcome::Rejected(diagnostics)
        }
    }
}

/// A rendered diagnostic names `path:line:col` (or `path` alone for whole-file problems);
/// the position lies in the text (a column may be one past the line's end, or the line
/// one past the last when the problem is the end of the file); when the line exists the
/// diagnostic shows it (cut at 200 characters) with a caret, and stays small however long
/// the line is.
pub(crate) fn check_diagnostic(d: &str, path: &str, text: Option<&str>) {
    let marker = format!(" --> {path}");
    let at = d
        .find(&marker)
        .unwrap_or_else(|| panic!("no ` --> {path}` in the diagnostic:\n{d}"));
    assert!(at > 0, "a diagnostic without a message:\n{d}");
    assert!(!d[..at].trim().is_empty(), "an empty message:\n{d}");
    let location_line = d[at + marker.len()..].lines().next().unwrap_or_default();
    if location_line.is_empty() {
        return; // the file as a whole
    }
    let mut parts = location_line
        .strip_prefix(':')
        .unwrap_or_else(|| panic!("bad location `{location_line}`:\n{d}"))
        .split(':');
    let mut number = || -> usize {
        parts
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("bad location `{location_line}`:\n{d}"))
    };
    let (line, col) = (number(), number());
    assert!(
        line >= 1 && col >= 1,
        "position {line}:{col} is not 1-based:\n{d}"
    );
    let Some(text) = text else { return };
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        line <= lines.len() + 1,
        "line {line} is past the end of a {}-line text:\n{}",
        lines.len(),
        excerpt(d)
    );
    if let Some(shown) = lines.get(line - 1) {
        let shown = shown.strip_suffix('\r').unwrap_or(shown);
        let width = shown.chars().count();
        assert!(
            col <= width + 1,
            "column {col} is past the end of line {line} ({width} characters):\n{}",
            excerpt(d)
        );
        // A long line is shown as a window around the column: its text near the spot.
        let near: String = shown
            .chars()
            .skip((col - 1).saturating_sub(40))
            .take(80)
            .collect();
        let shown_line = d
            .lines()
            .find(|l| l.starts_with(&format!("{line} | ")))
            .unwrap_or_else(|| panic!("line {line} is not shown:\n{}", excerpt(d)));
        assert!(
            shown_line.contains(near.trim_end_matches('\r')),
            "line {line} is not shown around column {col}:\n{}",
            excerpt(d)
        );
        assert!(
            d.lines().any(|l| l.trim_end().ends_with('^')),
            "no caret:\n{}",
            excerpt(d)
        );
    }
    // The message, the location, the line (a window of 160 characters), the caret, the help.
    let budget = 2 * (d[..at].len() + 1000);
    assert!(
        d.len() <= budget,
        "a {} byte diagnostic for a {} byte message: the line or caret is not cut:\n{}",
        d.len(),
        at,
        excerpt(d)
    );
}

/// The start and end of a long text, for failure messages.
pub(crate) fn excerpt(text: &str) -> String {
    const KEEP: usize = 600;
    if text.len() <= 2 * KEEP {
        return text.to_owned();
    }
    let mut head = KEEP;
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    let mut tail = text.len() - KEEP;
    while !text.is_char_boundary(tail) {
        tail += 1;
    }
    format!(
        "{} […{} bytes…] {}",
        &text[..head],
        tail - head,
        &text[tail..]
    )
}

/// The codes of a catalog in file order, read with `serde_yaml` independently of the
/// macro's model (only called on texts the macro accepted). Only `code` is read, as the
/// model reads it; the other fields are skipped whatever they hold (a `serde_yaml::Value`
/// cannot hold every scalar the model accepts as text, e.g. integers past `u64`).
pub(crate) fn yaml_codes(text: &str) -> Vec<u32> {
    #[derive(serde::Deserialize)]
    struct Doc {
        codes: Vec<Entry>,
    }
    #[derive(serde::Deserialize)]
    struct Entry {
        code: u32,
    }
    let doc: Doc = serde_yaml::from_str(text).expect("accepted text parses");
    doc.codes.into_iter().map(|e| e.code).collect()
}

/// The codes in the order `all()` yields them, read from an expansion's token string:
/// the variants `__at` names, in the order of its arms (its chunks come in order too),
/// each mapped to its discriminant in the enum.
pub(crate) fn codes_table(expansion: &str) -> Vec<u32> {
    use quote::ToTokens;
    use std::collections::HashMap;
    let file: syn::File = syn::parse_str(expansion).expect("the expansion parses");
    let mut discriminants = HashMap::new();
    let mut at = None;
    for item in &file.items {
        match item {
            syn::Item::Enum(e) if e.ident == "ZimCode" => {
                for v in &e.variants {
                    let (_, value) = v.discriminant.as_ref().expect("a code per variant");
                    let value = value.to_token_stream().to_string();
                    let code: u32 = value.parse().unwrap_or_else(|_| panic!("`{value}`"));
                    discriminants.insert(v.ident.to_string(), code);
                }
            }
            syn::Item::Impl(imp) if imp.trait_.is_none() => {
                for inner in &imp.items {
                    if let syn::ImplItem::Fn(f) = inner {
                        if f.sig.ident == "__at" {
                            at = Some(f.block.to_token_stream());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut tokens = Vec::new();
    flatten_into(at.expect("the expansion has `__at`"), &mut tokens);
    tokens
        .windows(4)
        .filter(|w| (w[0] == "Self" || w[0] == "ZimCode") && w[1] == ":" && w[2] == ":")
        .map(|w| {
            *discriminants
                .get(&w[3])
                .unwrap_or_else(|| panic!("`{}` is a variant", w[3]))
        })
        .collect()
}

/// Every token of `tokens`, groups opened, as strings.
fn flatten_into(tokens: proc_macro2::TokenStream, out: &mut Vec<String>) {
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Group(g) => flatten_into(g.stream(), out),
            other => out.push(other.to_string()),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Generators.

/// Texts meant to end up in the generated code and its docs.
const HOSTILE: [&str; 22] = [
    "\"",
    "\\",
    "*/",
    "/*",
    "#[",
    "]",
    "\"#",
    "r#\"",
    "</script>",
    "<b>",
    "{}",
    "{0}",
    "\n",
    "\r\n",
    "\t",
    "\u{0}",
    "\u{200F}",
    "\u{202E}",
    "😀",
    "`",
    "[x](y)",
    "   ",
];

/// A non-blank text with hostile pieces.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(HOSTILE.as_slice()).prop_map(str::to_owned),
        2 => "[a-zA-Z0-9 .,:;!?'-]{1,12}",
        1 => any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ];
    ("[A-Za-z]{1,6}", proptest::collection::vec(piece, 0..8)).prop_map(|(head, pieces)| {
        let mut s = head;
        s.extend(pieces);
        s
    })
}

/// One generated code entry, before it is given a number and a name.
#[derive(Debug, Clone)]
struct CodeSpec {
    category: Index,
    description: String,
    solution: Option<String>,
    action: Index,
    retryable: bool,
    sdk_name: Option<String>,
    zh: Option<(String, Option<String>)>,
    errata: Option<String>,
}

fn code_spec() -> impl Strategy<Value = CodeSpec> {
    (
        any::<Index>(),
        hostile_text(),
        proptest::option::of(hostile_text()),
        any::<Index>(),
        any::<bool>(),
        proptest::option::of("[A-Za-z_][A-Za-z0-9_]{0,20}"),
        proptest::option::of((hostile_text(), proptest::option::of(hostile_text()))),
        proptest::option::weighted(0.2, hostile_text()),
    )
        .prop_map(
            |(category, description, solution, action, retryable, sdk_name, zh, errata)| CodeSpec {
                category,
                description,
                solution,
                action,
                retryable,
                sdk_name,
                zh,
                errata,
            },
        )
}

/// A valid catalog as a YAML value, and its codes in catalog order: 1–4 categories
/// without ranges or with one covering every `u32`, 1–12 distinct codes (any `u32`, `0`
/// and `u32::MAX` likely) in arbitrary order, at most one success code.
fn valid_catalog_value() -> impl Strategy<Value = (serde_yaml::Value, Vec<u32>)> {
    let code = prop_oneof![
        1 => Just(0u32),
        1 => Just(u32::MAX),
        1 => 6_000_000u32..6_001_000,
        3 => any::<u32>(),
    ];
    let codes = proptest::collection::btree_set(code, 1..12)
        .prop_map(|set| set.into_iter().collect::<Vec<u32>>())
        .prop_shuffle();
    let categories = proptest::collection::vec((hostile_text(), any::<bool>()), 1..5);
    (
        categories,
        codes,
        proptest::collection::vec(code_spec(), 12),
        proptest::option::of(any::<Index>()),
    )
        .prop_map(|(categories, codes, specs, success)| {
            let value = catalog_value(&categories, &codes, &specs, success);
            (value, codes)
        })
}

/// [`valid_catalog_value`] written by `serde_yaml`, so any string survives.
pub(crate) fn valid_catalog() -> impl Strategy<Value = (String, Vec<u32>)> {
    valid_catalog_value().prop_map(|(value, codes)| (to_yaml(&value), codes))
}

fn to_yaml(value: &serde_yaml::Value) -> String {
    serde_yaml::to_string(value).expect("a catalog serializes")
}

fn mapping(pairs: Vec<(&str, serde_yaml::Value)>) -> serde_yaml::Value {
    let mut map = serde_yaml::Mapping::new();
    for (k, v) in pairs {
        map.insert(serde_yaml::Value::from(k), v);
    }
    serde_yaml::Value::Mapping(map)
}

fn catalog_value(
    categories: &[(String, bool)],
    codes: &[u32],
    specs: &[CodeSpec],
    success: Option<Index>,
) -> serde_yaml::Value {
    use serde_yaml::Value;
    let category_values: Vec<Value> = categories
        .iter()
        .enumerate()
        .map(|(i, (title, whole_range))| {
            let mut pairs = vec![
                ("key", Value::from(format!("c{i}_x"))),
                ("name", Value::from(format!("Cat{i}"))),
                ("title", Value::from(title.as_str())),
            ];
            if *whole_range {
                let range = mapping(vec![
                    ("first", Value::from(0)),
                    ("last", Value::from(u32::MAX)),
                ]);
                pairs.push(("ranges", Value::Sequence(vec![range])));
            }
            mapping(pairs)
        })
        .collect();
    let success = success.map(|i| i.index(codes.len()));
    let code_values: Vec<Value> = codes
        .iter()
        .zip(specs)
        .enumerate()
        .map(|(i, (&code, spec))| {
            let mut pairs = vec![
                ("code", Value::from(code)),
                ("name", Value::from(format!("Code{i}"))),
                (
                    "category",
                    Value::from(format!("c{}_x", spec.category.index(categories.len()))),
                ),
                ("description", Value::from(spec.description.as_str())),
                (
                    "action",
                    Value::from(Action::KEYS[spec.action.index(Action::KEYS.len())]),
                ),
                ("retryable", Value::from(spec.retryable)),
            ];
            if let Some(s) = &spec.solution {
                pairs.push(("solution", Value::from(s.as_str())));
            }
            if let Some(s) = &spec.sdk_name {
                pairs.push(("sdk_name", Value::from(s.as_str())));
            }
            if success == Some(i) {
                pairs.push(("success", Value::from(true)));
            }
            if let Some((description, solution)) = &spec.zh {
                let mut zh = vec![("description", Value::from(description.as_str()))];
                if let Some(s) = solution {
                    zh.push(("solution", Value::from(s.as_str())));
                }
                pairs.push(("zh", mapping(zh)));
            }
            if let Some(s) = &spec.errata {
                pairs.push(("errata", Value::from(s.as_str())));
            }
            mapping(pairs)
        })
        .collect();
    mapping(vec![
        ("categories", Value::Sequence(category_values)),
        ("codes", Value::Sequence(code_values)),
    ])
}

/// The required fields of each section.
const REQUIRED: [(&str, &[&str]); 2] = [
    ("categories", &["key", "name", "title"]),
    (
        "codes",
        &[
            "code",
            "name",
            "category",
            "description",
            "action",
            "retryable",
        ],
    ),
];

/// Values of the wrong type for a field, each an error. (Null for a text field is
/// covered by `corpus_tests::null_is_not_text`.)
fn wrong_value(field: &str) -> Vec<serde_yaml::Value> {
    use serde_yaml::Value;
    let mut values = vec![
        Value::Sequence(vec![Value::from(1)]),
        mapping(vec![("a", Value::from(1))]),
    ];
    if ["code", "first", "last", "retryable", "success"].contains(&field) {
        values.push(Value::Null);
    }
    match field {
        "code" | "first" | "last" => values.extend([
            Value::from("6000106"),
            Value::from(-1),
            Value::from(i64::MIN),
            Value::from(u64::from(u32::MAX) + 1),
            Value::from(u64::MAX),
            Value::from(6_000_106.0),
            Value::from(0.5),
            Value::from(f64::INFINITY),
            Value::from(f64::NAN),
            Value::from(true),
        ]),
        "retryable" | "success" => {
            values.extend([Value::from("yes"), Value::from("true"), Value::from(1)]);
        }
        _ => {}
    }
    values
}

/// Values that replace a field's value: other types, extreme and odd numbers, YAML
/// syntax that means something else.
const VALUES: [&str; 48] = [
    "",
    "~",
    "null",
    "[]",
    "{}",
    "[1, 2]",
    "{a: 1}",
    "true",
    "no",
    "\"text\"",
    "'text'",
    "text with spaces",
    "-1",
    "-0",
    "0",
    "4294967295",
    "4294967296",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "340282366920938463463374607431768211456",
    "6000106.0",
    "6.000106e6",
    "1e100",
    "0x5B8DEA",
    "0xFFFFFFFFFF",
    "0o777",
    "0b101",
    "+5",
    "1_000",
    "00006000106",
    ".inf",
    "-.inf",
    ".nan",
    "\"6000106\"",
    "!!str 6000106",
    "!!int \"12\"",
    "!!binary aGk=",
    "!custom x",
    "*undefined",
    "&anchor value",
    "|\n  block",
    ">-\n  folded",
    "\"unterminated",
    "- item",
    "key: value",
    "@reserved",
    "`backtick",
];

/// One edit of a catalog's text.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(Index),
    DuplicateLine(Index),
    MoveLine(Index, Index),
    /// Deletes the n-th `key: value` line (a field dropped).
    DropField(Index),
    /// Replaces the value of the n-th `key: value` line.
    ReplaceValue(Index, String),
    /// Replaces the n-th run of digits.
    ReplaceNumber(Index, String),
    /// XORs a byte; the text is then decoded lossily (`U+FFFD` for broken sequences).
    FlipByte(Index, u8),
    Insert(Index, String),
    /// Adds (`> 0`) or removes indentation of a line; `0` turns it into a tab.
    Reindent(Index, i8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let value = prop_oneof![
        4 => proptest::sample::select(VALUES.as_slice()).prop_map(str::to_owned),
        1 => hostile_text(),
    ];
    let number = prop_oneof![
        proptest::sample::select(VALUES[12..34].to_vec()).prop_map(str::to_owned),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| n.to_string()),
        any::<u32>().prop_map(|n| format!("{n:#x}")),
    ];
    let snippet = prop_oneof![
        proptest::sample::select(VALUES.as_slice()).prop_map(str::to_owned),
        proptest::sample::select(YAML_TOKENS.as_slice()).prop_map(str::to_owned),
        hostile_text(),
        "\\PC{0,20}",
    ];
    prop_oneof![
        2 => any::<Index>().prop_map(Mutation::DeleteLine),
        1 => any::<Index>().prop_map(Mutation::DuplicateLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::MoveLine(a, b)),
        3 => any::<Index>().prop_map(Mutation::DropField),
        4 => (any::<Index>(), value).prop_map(|(i, v)| Mutation::ReplaceValue(i, v)),
        3 => (any::<Index>(), number).prop_map(|(i, v)| Mutation::ReplaceNumber(i, v)),
        2 => (any::<Index>(), 1u8..=255).prop_map(|(i, m)| Mutation::FlipByte(i, m)),
        2 => (any::<Index>(), snippet).prop_map(|(i, s)| Mutation::Insert(i, s)),
        1 => (any::<Index>(), -4i8..=4).prop_map(|(i, d)| Mutation::Reindent(i, d)),
    ]
}

fn apply(text: &str, mutation: &Mutation) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let fields: Vec<usize> = (0..lines.len())
        .filter(|&i| field_colon(&lines[i]).is_some())
        .collect();
    match mutation {
        Mutation::DeleteLine(i) => {
            lines.remove(i.index(lines.len()));
        }
        Mutation::DuplicateLine(i) => {
            let i = i.index(lines.len());
            lines.insert(i, lines[i].clone());
        }
        Mutation::MoveLine(from, to) => {
            let line = lines.remove(from.index(lines.len()));
            let to = to.index(lines.len() + 1);
            lines.insert(to, line);
        }
        Mutation::DropField(i) => {
            if !fields.is_empty() {
                lines.remove(fields[i.index(fields.len())]);
            }
        }
        Mutation::ReplaceValue(i, value) => {
            if !fields.is_empty() {
                let at = fields[i.index(fields.len())];
                let colon = field_colon(&lines[at]).unwrap_or_default();
                lines[at] = format!("{}: {value}", &lines[at][..colon]);
            }
        }
        Mutation::ReplaceNumber(i, number) => {
            let runs = digit_runs(text);
            if !runs.is_empty() {
                let (start, end) = runs[i.index(runs.len())];
                return format!("{}{number}{}", &text[..start], &text[end..]);
            }
        }
        Mutation::FlipByte(i, mask) => {
            let mut bytes = text.as_bytes().to_vec();
            if !bytes.is_empty() {
                let at = i.index(bytes.len());
                bytes[at] ^= mask;
            }
            return String::from_utf8_lossy(&bytes).into_owned();
        }
        Mutation::Insert(i, snippet) => {
            let mut at = i.index(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            return format!("{}{snippet}{}", &text[..at], &text[at..]);
        }
        Mutation::Reindent(i, delta) => {
            let at = i.index(lines.len());
            let line = &mut lines[at];
            let indent = line.len() - line.trim_start_matches(' ').len();
            let body = line[indent..].to_owned();
            let new = match *delta {
                0 => format!("\t{body}"),
                d if d > 0 => format!(
                    "{}{}{body}",
                    " ".repeat(indent),
                    " ".repeat(d.unsigned_abs().into())
                ),
                d => format!(
                    "{}{body}",
                    " ".repeat(indent.saturating_sub(d.unsigned_abs().into()))
                ),
            };
            *line = new;
        }
    }
    lines.join("\n")
}

/// The byte offset of the `:` of a `key: value` line (`- key: value` too).
fn field_colon(line: &str) -> Option<usize> {
    let body = line.trim_start().trim_start_matches("- ").trim_start();
    let colon_in_body = body.find(':')?;
    let key = &body[..colon_in_body];
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    Some(line.len() - body.len() + colon_in_body)
}

fn digit_runs(text: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, b) in text.bytes().enumerate() {
        match (b.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, text.len()));
    }
    runs
}

/// Pieces of YAML syntax, for token soup.
const YAML_TOKENS: [&str; 40] = [
    "categories:",
    "codes:",
    "code: ",
    "name: ",
    "category: ",
    "description: ",
    "action: ",
    "retryable: ",
    "ranges: ",
    "first: ",
    "last: ",
    "key: ",
    "title: ",
    "zh:",
    "\n",
    "\n  ",
    "\n    ",
    "\n  - ",
    "- ",
    "  ",
    "\t",
    "[",
    "]",
    "{",
    "}",
    ", ",
    ": ",
    "&a ",
    "*a",
    "!!str ",
    "? ",
    "|",
    ">",
    "'",
    "\"",
    "#",
    "---\n",
    "...\n",
    "%YAML 1.2\n",
    "\u{feff}",
];

fn token_soup() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        6 => proptest::sample::select(YAML_TOKENS.as_slice()).prop_map(str::to_owned),
        2 => proptest::sample::select(VALUES.as_slice()).prop_map(str::to_owned),
        1 => "[a-z_]{1,8}",
        1 => "[0-9]{1,12}",
    ];
    proptest::collection::vec(token, 0..120).prop_map(|tokens| tokens.concat())
}

/// A catalog to mutate: the bundled one or a generated valid one.
fn base_catalog() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just(BUNDLED.to_owned()),
        3 => valid_catalog().prop_map(|(text, _)| text),
    ]
}

fn mutated_catalog() -> impl Strategy<Value = String> {
    (base_catalog(), proptest::collection::vec(mutation(), 1..5))
        .prop_map(|(text, edits)| edits.iter().fold(text, |text, edit| apply(&text, edit)))
}

/// Proptest's defaults (`PROPTEST_CASES` and friends apply), without writing failing
/// seeds into the source tree: a failure prints its minimal input, which becomes a plain
/// regression test.
fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    // Every property: `Ok` re-parses, is deterministic and in catalog order, or `Err`
    // with well-formed, located diagnostics; no panic, no hang (see `check_source`).

    #[test]
    fn arbitrary_text(text in "(?s).{0,2048}") {
        run_text(PROP_PATH, text);
    }

    #[test]
    fn arbitrary_unicode_lines(lines in proptest::collection::vec("\\PC{0,80}", 0..40)) {
        run_text(PROP_PATH, lines.join("\n"));
    }

    #[test]
    fn yaml_token_soup(text in token_soup()) {
        run_text(PROP_PATH, text);
    }

    /// A generated valid catalog is accepted, whatever its texts and numbers, and `all()`
    /// follows its order.
    #[test]
    fn valid_catalogs_expand((text, codes) in valid_catalog()) {
        match run_text(PROP_PATH, text.clone()) {
            Outcome::Expanded(tokens) => {
                prop_assert_eq!(codes_table(&tokens), codes);
            }
            Outcome::Rejected(diagnostics) => {
                prop_assert!(false, "valid catalog rejected:\n{}\n---\n{}", diagnostics.join("\n\n"), text);
            }
        }
    }

    /// The same catalog with CRLF line endings expands to the same tokens.
    #[test]
    fn crlf_changes_nothing((text, _) in valid_catalog()) {
        let lf = run_text(PROP_PATH, text.clone());
        let crlf = run_text(PROP_PATH, text.replace('\n', "\r\n"));
        match (lf, crlf) {
            (Outcome::Expanded(a), Outcome::Expanded(b)) => prop_assert_eq!(a, b),
            (a, b) => prop_assert!(false, "LF: {a:?}\nCRLF: {b:?}"),
        }
    }

    #[test]
    fn mutated_catalogs(text in mutated_catalog()) {
        run_text(PROP_PATH, text);
    }

    /// Dropping a required field of any entry of a generated catalog is an error that
    /// names the field.
    #[test]
    fn a_dropped_required_field_is_an_error(
        (mut value, _) in valid_catalog_value(),
        section in any::<Index>(),
        entry in any::<Index>(),
        field in any::<Index>(),
    ) {
        let (section, fields) = REQUIRED[section.index(REQUIRED.len())];
        let field = fields[field.index(fields.len())];
        let entries = value[section].as_sequence_mut().expect("a section");
        let n = entries.len();
        let removed = entries[entry.index(n)].as_mapping_mut().expect("an entry").remove(field);
        prop_assert!(removed.is_some());
        match run_text(PROP_PATH, to_yaml(&value)) {
            // Texts are reported by validation (every missing one at once), the rest by serde.
            Outcome::Rejected(d) => prop_assert!(
                d.iter().any(|d| d.starts_with(&format!("`{field}` is missing")))
                    || (d[0].starts_with(&format!("{section}[")) && d[0].contains(&format!("missing field `{field}`"))),
                "{}", d[0]
            ),
            Outcome::Expanded(_) => prop_assert!(false, "accepted without `{field}`"),
        }
    }

    /// Two entries with the same code, wherever they stand (first, middle, last, next to
    /// each other or apart), are one error naming the code, reported before anything is
    /// hashed: never a table that grows without end.
    #[test]
    fn a_duplicate_code_is_an_error(
        (mut value, codes) in valid_catalog_value(),
        from in any::<Index>(),
        to in any::<Index>(),
    ) {
        prop_assume!(codes.len() >= 2);
        let from = from.index(codes.len());
        let mut to = to.index(codes.len() - 1);
        if to >= from {
            to += 1;
        }
        let entries = value["codes"].as_sequence_mut().expect("codes");
        entries[to]["code"] = serde_yaml::Value::from(codes[from]);
        match run_text(PROP_PATH, to_yaml(&value)) {
            Outcome::Rejected(d) => {
                let message = format!("duplicate code `{}`, first defined at line ", codes[from]);
                prop_assert_eq!(d.iter().filter(|d| d.starts_with(&message)).count(), 1, "{:#?}", d);
                prop_assert_eq!(d.len(), 1, "{:#?}", d);
            }
            Outcome::Expanded(_) => prop_assert!(false, "a duplicate code accepted"),
        }
    }

    /// A value of the wrong type (a string, negative, too large or fractional code; a
    /// non-boolean `retryable`; a list, map or null where text is expected) is an error.
    #[test]
    fn a_wrong_type_is_an_error(
        (mut value, _) in valid_catalog_value(),
        section in any::<Index>(),
        entry in any::<Index>(),
        field in any::<Index>(),
        wrong in any::<Index>(),
    ) {
        let (section, fields) = REQUIRED[section.index(REQUIRED.len())];
        let field = fields[field.index(fields.len())];
        let candidates = wrong_value(field);
        let replacement = candidates[wrong.index(candidates.len())].clone();
        let entries = value[section].as_sequence_mut().expect("a section");
        let n = entries.len();
        let target = entries[entry.index(n)].as_mapping_mut().expect("an entry");
        target.insert(serde_yaml::Value::from(field), replacement.clone());
        let outcome = run_text(PROP_PATH, to_yaml(&value));
        prop_assert!(matches!(outcome, Outcome::Rejected(_)), "`{field}: {replacement:?}` accepted");
    }
}

/// Arbitrary bytes through `load::read::read_file`, as the macro reads a file: non-UTF-8 input is a
/// located diagnostic, UTF-8 input goes on through the pipeline.
mod bytes {
    use super::*;

    fn read_and_run(bytes: Vec<u8>, case: u64) {
        let dir = std::env::temp_dir().join(format!("zimerr-proptest-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let file = dir.join(format!("case-{case}.yaml"));
        std::fs::write(&file, &bytes).expect("write the case");
        let path = file.to_str().expect("temp path is UTF-8").to_owned();
        bounded("bytes", move || match load::read::read_file(&path) {
            Ok(mut source) => {
                PROP_PATH.clone_into(&mut source.display_path);
                check_source(&source);
            }
            Err(mut e) => {
                PROP_PATH.clone_into(&mut e.display_path);
                let rendered = e.render();
                check_diagnostic(&rendered, PROP_PATH, e.lossy_text.as_deref());
                assert!(
                    std::str::from_utf8(&bytes).is_err() || e.lossy_text.is_none(),
                    "a UTF-8 file was reported as unreadable: {rendered}"
                );
            }
        });
        let _ = std::fs::remove_file(&file);
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512), case in any::<u64>()) {
            read_and_run(bytes, case);
        }

        #[test]
        fn catalogs_with_a_broken_byte(
            (text, _) in valid_catalog(),
            at in any::<Index>(),
            byte in prop_oneof![0x80u8..=0xBF, 0xC0u8..=0xFF],
            bom in any::<bool>(),
            case in any::<u64>(),
        ) {
            let mut bytes = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
            bytes.extend_from_slice(text.as_bytes());
            let at = at.index(bytes.len());
            bytes.insert(at, byte);
            read_and_run(bytes, case);
        }
    }
}

#[test]
fn the_bundled_catalog_expands_in_order() {
    match run_text("errors.yaml", BUNDLED.to_owned()) {
        Outcome::Expanded(tokens) => assert_eq!(codes_table(&tokens), yaml_codes(BUNDLED)),
        Outcome::Rejected(d) => panic!("{}", d.join("\n\n")),
    }
}

#[test]
fn mutation_helpers() {
    assert_eq!(field_colon("  - b: 22"), Some(5));
    assert_eq!(field_colon("  key: value"), Some(5));
    assert_eq!(field_colon("c"), None);
    assert_eq!(field_colon("# a: comment"), None);
    assert_eq!(digit_runs("a: 1\n  - b: 22\nc\n"), vec![(3, 4), (12, 14)]);
}

/// Found by `arbitrary_unicode_lines`: libyaml breaks lines at U+2028, so its position of
/// the error pointed past the end of the engine's line 4.
#[test]
fn line_separator_before_an_error_regression() {
    let lines = [
        "a",
        "\u{2028}",
        "0 🌀\u{c3c}\u{135d}\u{10a3f}꠰Σ0𞸩aׯ𐘀® 🌀丽𐝀 0ꬉ𖩠\u{10a3f}એ！\u{591} 𚿽A®  0®A௦\u{ac7} Aᤀ￼aଵ $Aa®a®0  :",
        "𐖳",
    ];
    run_text(PROP_PATH, lines.join("\n"));
}
