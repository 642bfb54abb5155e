//! The corpus of bad and borderline catalogs, `tests/bad_catalogs/` in the repository:
//! each `<name>.yaml` is read as the macro reads a file (`load::read::read_file`: BOM, UTF-8) and
//! run through the pipeline, and the outcome is compared with `<name>.expected`: the
//! rendered diagnostics, separated by blank lines, or `ok` for a catalog that is
//! accepted. `BLESS=1` rewrites the `.expected` files from the current outcome (review
//! every change: a blessed wrong diagnostic is a bug). A few inputs too large to commit
//! (a 10 MB description, 256 categories, 10 000 nested brackets, alias bombs) are
//! generated here.
//!
//! The decisions behind each case are listed in `docs/reliability.md`. The directory is
//! not part of the published crate: there, without it, these tests say so and pass; inside
//! the workspace (or with `CI` set) a missing corpus fails them.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::proptests::{Outcome, bounded, check_diagnostic, check_source, excerpt, run_text};
use crate::load;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/bad_catalogs");

/// How a case's catalog is named in diagnostics: the same on every machine.
fn display_path(name: &str) -> String {
    format!("tests/bad_catalogs/{name}.yaml")
}

/// Reads `file` through `load::read::read_file` and runs the pipeline, checking every property of
/// `proptests::check_source`; the outcome rendered as in `.expected` files.
fn outcome_of(file: &Path, display: &str) -> String {
    let path = file.to_str().expect("the corpus path is UTF-8").to_owned();
    let display = display.to_owned();
    bounded(&display.clone(), move || {
        match load::read::read_file(&path) {
            Ok(mut source) => {
                source.display_path.clone_from(&display);
                render(&check_source(&source))
            }
            Err(mut e) => {
                e.display_path.clone_from(&display);
                let rendered = e.render();
                check_diagnostic(&rendered, &display, e.lossy_text.as_deref());
                format!("{rendered}\n")
            }
        }
    })
}

fn render(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Expanded(_) => "ok\n".to_owned(),
        Outcome::Rejected(diagnostics) => format!("{}\n", diagnostics.join("\n\n")),
    }
}

/// Whether the corpus must be there: in the workspace (the crate's parent directory is the
/// workspace root, which lists this crate) or under CI. Only the published crate, unpacked
/// on its own, may run without it.
fn corpus_required(manifest_dir: &Path, ci: bool) -> bool {
    let workspace_manifest = manifest_dir.join("../Cargo.toml");
    ci || std::fs::read_to_string(workspace_manifest)
        .is_ok_and(|text| text.contains("[workspace]") && text.contains("\"zimerr-catalog\""))
}

fn corpus() -> Option<Vec<PathBuf>> {
    let dir = Path::new(DIR);
    if !dir.is_dir() {
        let required = corpus_required(
            Path::new(env!("CARGO_MANIFEST_DIR")),
            std::env::var_os("CI").is_some(),
        );
        assert!(
            !required,
            "{} is missing: the corpus is part of the workspace (and required under CI)",
            dir.display()
        );
        eprintln!(
            "corpus_tests: skipped: {} is absent (the packaged crate has no corpus)",
            dir.display()
        );
        return None;
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read the corpus directory")
        .map(|e| e.expect("a corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    Some(files)
}

/// `BLESS=1`, exactly, rewrites the `.expected` files; any other value (`BLESS=0`, `BLESS=`)
/// is a mistake that must not rewrite them silently.
fn bless_requested(value: Option<&std::ffi::OsStr>) -> bool {
    match value {
        None => false,
        Some(v) if v == "1" => true,
        Some(v) => {
            panic!("BLESS={v:?}: only BLESS=1 rewrites the .expected files; unset it otherwise")
        }
    }
}

#[test]
fn the_corpus_is_required_in_the_workspace() {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(
        corpus_required(manifest_dir, false),
        "this checkout is a workspace"
    );
    let unpacked = std::env::temp_dir().join("zimerr-catalog-unpacked/zimerr-catalog-0.1.0");
    assert!(!corpus_required(&unpacked, false));
    assert!(corpus_required(&unpacked, true));
}

#[test]
fn only_bless_1_blesses() {
    assert!(!bless_requested(None));
    assert!(bless_requested(Some("1".as_ref())));
    for wrong in ["0", "", "true", "yes"] {
        let result = std::panic::catch_unwind(|| bless_requested(Some(wrong.as_ref())));
        assert!(result.is_err(), "BLESS={wrong:?} accepted");
    }
}

#[test]
fn every_case_gives_its_expected_outcome() {
    let Some(files) = corpus() else { return };
    assert!(!files.is_empty(), "the corpus is empty");
    let bless = bless_requested(std::env::var_os("BLESS").as_deref());
    let mut failures = String::new();
    for file in &files {
        let name = file.file_stem().and_then(|s| s.to_str()).expect("a name");
        let got = outcome_of(file, &display_path(name));
        let expected_file = file.with_extension("expected");
        if bless {
            std::fs::write(&expected_file, &got).expect("write .expected");
            continue;
        }
        match std::fs::read_to_string(&expected_file) {
            Ok(expected) if expected == got => {}
            Ok(expected) => {
                let _ = write!(
                    failures,
                    "\n=== {name}: expected\n{}\n=== got\n{}",
                    excerpt(&expected),
                    excerpt(&got)
                );
            }
            Err(_) => {
                let _ = write!(
                    failures,
                    "\n=== {name}: no {name}.expected (BLESS=1 writes it); got\n{}",
                    excerpt(&got)
                );
            }
        }
    }
    assert!(failures.is_empty(), "corpus mismatches:{failures}");
}

#[test]
fn every_expected_file_has_its_catalog() {
    let Some(files) = corpus() else { return };
    for entry in std::fs::read_dir(DIR).expect("read the corpus directory") {
        let path = entry.expect("a corpus entry").path();
        if path.extension().is_some_and(|e| e == "expected") {
            assert!(
                files.contains(&path.with_extension("yaml")),
                "{} has no catalog",
                path.display()
            );
        }
    }
}

/// The `hint_` cases are catalogs with the mistakes people make: every one of their
/// diagnostics names its fix, in a help line (the wording is in each `.expected`).
#[test]
fn every_hint_case_names_a_fix() {
    let Some(files) = corpus() else { return };
    let mut checked = 0;
    for file in files {
        let name = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if !name.starts_with("hint_") {
            continue;
        }
        let display = display_path(name);
        let outcome = outcome_of(&file, &display);
        for diagnostic in outcome.trim_end().split("\n\n") {
            assert!(
                diagnostic.contains("\n = help: "),
                "{name}: a diagnostic without a fix:\n{diagnostic}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} hint diagnostics");
}

// ---------------------------------------------------------------------------------------
// Generated cases.

/// A valid one-code catalog around a description given as raw YAML (the value part).
fn with_description(description_yaml: &str) -> String {
    format!(
        "categories:\n  - key: login\n    name: Login\n    title: Login errors\ncodes:\n  - code: 6000106\n    name: TokenExpired\n    category: login\n    description: {description_yaml}\n    action: renew_token\n    retryable: true\n"
    )
}

const TEN_MB: usize = 10 * 1024 * 1024;

/// A 10 MB description is accepted and reaches the generated tables whole: no limit of
/// the macro's own (the compiler's are the limit).
#[test]
fn ten_megabyte_description_is_accepted() {
    let long = "x".repeat(TEN_MB);
    let text = with_description(&long);
    match run_text("huge.yaml", text) {
        Outcome::Expanded(tokens) => {
            assert!(tokens.contains(&format!("\"{long}\"")), "description cut");
        }
        Outcome::Rejected(d) => panic!("rejected: {}", excerpt(&d.join("\n"))),
    }
}

#[test]
fn ten_megabyte_line_with_an_error_gives_a_small_diagnostic() {
    let long = "x".repeat(TEN_MB);
    let text = format!(
        "categories:\n  - key: login\n    name: Login\n    title: Login errors\ncodes:\n  - {{ code: 6000106, name: TokenExpired, category: login, description: {long}, action: renew_token, retryable: true, bogus: 1 }}\n"
    );
    match run_text("huge.yaml", text) {
        Outcome::Rejected(d) => {
            assert_eq!(d.len(), 1, "{}", excerpt(&d.join("\n")));
            assert!(
                d[0].starts_with("codes[0]: unknown field `bogus`"),
                "{}",
                excerpt(&d[0])
            );
            assert!(d[0].len() < 2000, "{} bytes", d[0].len());
        }
        Outcome::Expanded(_) => panic!("accepted"),
    }
}

/// A 10 MB description that is not valid: the diagnostic shows the start of the line.
#[test]
fn ten_megabyte_blank_description_is_located() {
    let blank = format!("\"{}\"", " ".repeat(TEN_MB));
    match run_text("huge.yaml", with_description(&blank)) {
        Outcome::Rejected(d) => {
            assert_eq!(d.len(), 1);
            assert!(
                d[0].starts_with("`description` is empty"),
                "{}",
                excerpt(&d[0])
            );
            let location = " --> huge.yaml:9:18\n  |\n9 |     description: \"";
            assert!(d[0].contains(location), "{}", excerpt(&d[0]));
            assert!(d[0].len() < 1000, "{} bytes", d[0].len());
        }
        Outcome::Expanded(_) => panic!("accepted"),
    }
}

fn categories(n: usize) -> String {
    let mut text = String::from("categories:\n");
    for i in 0..n {
        let _ = write!(
            text,
            "  - key: c{i}\n    name: C{i}\n    title: Category {i}\n"
        );
    }
    text.push_str("codes:\n  - code: 1\n    name: One\n    category: c254\n    description: d\n    action: none\n    retryable: false\n");
    text
}

/// 255 categories are accepted, 256 are an error at the `categories` key.
#[test]
fn more_than_255_categories_is_an_error() {
    assert!(matches!(
        run_text("many.yaml", categories(255)),
        Outcome::Expanded(_)
    ));
    match run_text("many.yaml", categories(256)) {
        Outcome::Rejected(d) => assert_eq!(
            d,
            [
                "256 categories: at most 255 are supported\n --> many.yaml:1:1\n  |\n1 | categories:\n  | ^"
            ]
        ),
        Outcome::Expanded(_) => panic!("256 categories accepted"),
    }
    match run_text("many.yaml", categories(10_000)) {
        Outcome::Rejected(d) => assert!(d[0].starts_with("10000 categories"), "{}", d[0]),
        Outcome::Expanded(_) => panic!("10 000 categories accepted"),
    }
}

/// Nesting far past `serde_yaml`'s recursion limit (128) in every place a value goes:
/// an error, not a stack overflow.
#[test]
fn deep_nesting_is_an_error() {
    deep_nesting(10_000);
}

#[test]
fn very_deep_nesting_is_answered_quickly() {
    deep_nesting(100_000);
}

fn deep_nesting(depth: usize) {
    let flow_seq = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let flow_map = format!("{}1{}", "{a: ".repeat(depth), "}".repeat(depth));
    let mut block_map = String::new();
    for level in 0..2_000 {
        let _ = writeln!(block_map, "{}k{level}:", " ".repeat(level));
    }
    let cases = [
        with_description(&flow_seq),
        with_description(&flow_map),
        format!("categories: {flow_seq}\ncodes: []\n"),
        format!("{flow_seq}\n"),
        format!("{flow_map}\n"),
        block_map,
        format!("codes:\n{}", "- ".repeat(depth)),
    ];
    for (i, text) in cases.into_iter().enumerate() {
        match run_text("deep.yaml", text) {
            Outcome::Rejected(_) => {}
            Outcome::Expanded(_) => panic!("deep case {i} accepted"),
        }
    }
}

/// Aliases that would expand exponentially, in every place a value goes: an error (type
/// or `serde_yaml`'s repetition limit), answered quickly.
#[test]
fn alias_bombs_are_errors() {
    let mut bomb = String::from("  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..=9 {
        let prev = level - 1;
        let _ = writeln!(
            bomb,
            "  a{level}: &a{level} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]"
        );
    }
    // Strings: one 1 MB anchor, a thousand aliases of it (a gigabyte if expanded).
    let mut strings = format!(
        "categories:\n  - {{ key: a, name: A, title: &t \"{}\" }}\n",
        "x".repeat(1 << 20)
    );
    for i in 0..1000 {
        let _ = writeln!(strings, "  - {{ key: k{i}, name: N{i}, title: *t }}");
    }
    strings.push_str("codes: []\n");
    let places = [
        strings,
        format!("bombs:\n{bomb}categories: *a9\ncodes: *a9\n"),
        format!("x:\n{bomb}"),
        with_description(&format!("\n      inner:\n{bomb}")),
        format!("categories: &c\n{bomb}codes: *c\n"),
    ];
    // Each case runs under `run_text`'s deadline, which is what catches a hang.
    for (i, text) in places.into_iter().enumerate() {
        match run_text("bomb.yaml", text) {
            Outcome::Rejected(_) => {}
            Outcome::Expanded(_) => panic!("bomb {i} accepted"),
        }
    }
}

#[test]
fn null_is_not_text() {
    for null in ["null", "~", "Null", "NULL"] {
        match run_text("null.yaml", with_description(null)) {
            Outcome::Rejected(d) => assert!(d[0].contains("description"), "{}", d[0]),
            Outcome::Expanded(_) => panic!("`description: {null}` accepted as text"),
        }
    }
}

#[test]
fn a_duplicate_key_is_located_at_the_second_key() {
    let text = with_description("d").replace(
        "    action: renew_token\n",
        "    action: renew_token\n    code: 6000107\n",
    );
    match run_text("dup.yaml", text) {
        Outcome::Rejected(d) => assert!(d[0].contains(" --> dup.yaml:11:"), "{}", d[0]),
        Outcome::Expanded(_) => panic!("a duplicate key accepted"),
    }
}

#[test]
fn an_error_at_the_end_of_the_file_shows_a_line() {
    match run_text("eof.yaml", with_description("\"unterminated")) {
        Outcome::Rejected(d) => assert!(
            d[0].lines().any(|l| l.trim_end().ends_with('^')),
            "{}",
            d[0]
        ),
        Outcome::Expanded(_) => panic!("an unterminated quote accepted"),
    }
}

#[test]
fn flow_style_errors_point_into_the_catalog() {
    let text = "# a comment\n{categories: [{key: login, name: Login, title: T}],\n codes: [{code: 1, name: A, category: login, description: d, action: renew, retryable: true}]}\n";
    match run_text("flow.yaml", text.to_owned()) {
        Outcome::Rejected(d) => assert!(!d[0].contains(" --> flow.yaml:1:"), "{}", d[0]),
        Outcome::Expanded(_) => panic!("an unknown action accepted"),
    }
}

/// Found by the property tests: `code: -0` failed the typed parse (the YAML crate refuses
/// a negative zero as `u32`) but passed the lenient re-read that looks for every problem,
/// so the catalog was accepted as code 0. A typed failure must always reject.
#[test]
fn a_code_the_typed_parse_refuses_is_never_accepted() {
    let text = "categories:\n- key: c\n  name: C\n  title: C\ncodes:\n- code: -0\n  name: Zero\n  category: c\n  description: Zero.\n  action: none\n  retryable: false\n";
    let problems = crate::check(&crate::SourceText::from_text("neg.yaml", text))
        .expect_err("`-0` is not a code")
        .rendered();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("expected u32"), "{}", problems[0]);
    assert!(problems[0].contains("neg.yaml:6:"), "{}", problems[0]);
}
