//! The JSON Schema (`errors.schema.json`) and the macro agree: every catalog of the
//! corpus (`tests/bad_catalogs/*.yaml`) is accepted by both or rejected by both.
//!
//! The schema checks one YAML document's shape; the engine (`zimerr_catalog::check`,
//! what `zim_errors!` runs) also checks what a schema cannot express. Those cases are
//! listed in [`SCHEMA_CANNOT_SAY`], each with the rule it needs: there the schema accepts
//! and the macro rejects. The one case the other way round is [`MACRO_READS_MORE`].

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;
use zimerr_catalog::load::read::read_file;

mod common;

use common::schema::Schema;

/// Cases the schema accepts and the macro rejects, because the rule is beyond JSON Schema
/// (uniqueness across entries, references between entries, numeric order inside an
/// object, text-derived names) or beyond one YAML document as a JSON value.
const SCHEMA_CANNOT_SAY: &[(&str, &str)] = &[
    (
        "code_exponent",
        "JSON Schema's `integer` is any number without a fraction: 6.000106e6 is one, YAML (and the macro) read it as a float",
    ),
    (
        "code_float",
        "JSON Schema's `integer` is any number without a fraction: 6000106.0 is one, YAML (and the macro) read it as a float",
    ),
    (
        "duplicate_field",
        "a key written twice in one map: the YAML value the schema sees keeps only one",
    ),
    (
        "duplicate_top_level_key",
        "a key written twice in one map: the YAML value the schema sees keeps only one",
    ),
    ("vendor_duplicate_code", "codes are unique across entries"),
    ("vendor_duplicate_name", "names are unique across entries"),
    (
        "vendor_out_of_range",
        "a code lies in its category's ranges",
    ),
    ("vendor_reversed_range", "`first` <= `last` within a range"),
    (
        "vendor_two_success_codes",
        "at most one code is the success code",
    ),
    (
        "vendor_unknown_category",
        "a code's category is a key of `categories`",
    ),
    (
        "rule_duplicate_category",
        "category keys and names are unique",
    ),
    (
        "rule_duplicate_code_last",
        "codes are unique across entries",
    ),
    ("rule_range_reversed", "`first` <= `last` within a range"),
    ("duplicate_code", "codes are unique across entries"),
    ("hint_duplicate_code", "codes are unique across entries"),
    (
        "text_loss_comment",
        "an unquoted text holds no ` #`: the YAML value the schema sees has already lost the comment",
    ),
];

/// Cases the schema rejects and the macro accepts, deliberately.
const MACRO_READS_MORE: &[(&str, &str)] = &[(
    "code_tagged_str",
    "`code: !!str 6000106`: the YAML library reads a scalar into the type asked for whatever its tag, so the macro gets the number; the schema sees the tagged string",
)];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl Schema {
    /// `Ok` when the text is one YAML document the schema accepts; why not otherwise.
    fn judge(&self, text: Option<&str>) -> Result<(), String> {
        let text = text.ok_or("not UTF-8")?;
        let value: Value = serde_yaml::from_str(text).map_err(|e| format!("not YAML: {e}"))?;
        self.errors(&value).map_or(Ok(()), Err)
    }
}

fn corpus() -> Vec<PathBuf> {
    let dir = root().join("tests/bad_catalogs");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read tests/bad_catalogs")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

fn stem(path: &Path) -> &str {
    path.file_stem().and_then(|s| s.to_str()).expect("a name")
}

#[test]
fn the_schema_and_the_macro_accept_the_same_catalogs() {
    let schema = Schema::load();
    let mut disagreements = String::new();
    for path in corpus() {
        let name = stem(&path);
        let path_text = path.to_str().expect("UTF-8 path");
        // Both read the text as the macro does (BOM removed, lone CRs as line breaks).
        let (text, engine) = match read_file(path_text) {
            Ok(source) => (
                Some(source.text().to_owned()),
                zimerr_catalog::check(&source),
            ),
            Err(e) => (None, Err(e.into_error())),
        };
        let schema_ok = schema.judge(text.as_deref());
        let engine_ok = engine.is_ok();
        let excepted = SCHEMA_CANNOT_SAY.iter().any(|(n, _)| *n == name);
        match (schema_ok.is_ok(), engine_ok) {
            (true, true) | (false, false) => {}
            (true, false) if excepted => {}
            (true, false) => {
                let _ = write!(
                    disagreements,
                    "\n{name}: the schema accepts it, the macro rejects it:\n{}\n",
                    engine.err().map(|e| e.to_string()).unwrap_or_default()
                );
            }
            (false, true) if MACRO_READS_MORE.iter().any(|(n, _)| *n == name) => {}
            (false, true) => {
                let _ = write!(
                    disagreements,
                    "\n{name}: the schema rejects it ({}), the macro accepts it\n",
                    schema_ok.err().unwrap_or_default()
                );
            }
        }
    }
    assert!(disagreements.is_empty(), "disagreements:{disagreements}");
}

/// Every exception names a real case where the two still differ: a stale entry would
/// hide a future disagreement.
#[test]
fn every_exception_is_needed() {
    let schema = Schema::load();
    let names: Vec<String> = corpus().iter().map(|p| stem(p).to_owned()).collect();
    for (name, why) in SCHEMA_CANNOT_SAY {
        assert!(!why.is_empty());
        if !names.iter().any(|n| n == name) {
            continue;
        }
        let path = root()
            .join("tests/bad_catalogs")
            .join(format!("{name}.yaml"));
        let source = read_file(path.to_str().expect("UTF-8")).expect("readable");
        assert!(
            schema.judge(Some(source.text())).is_ok(),
            "{name}: the schema rejects it: not an exception"
        );
        assert!(zimerr_catalog::check(&source).is_err(), "{name}: accepted");
    }
}

/// `ranges: []` means "no ranges" to the macro; the schema accepts it too.
#[test]
fn empty_ranges_are_accepted_by_both() {
    let text = "categories:\n  - key: a\n    name: A\n    title: T\n    ranges: []\ncodes:\n  - code: 1\n    name: One\n    category: a\n    description: d\n    action: none\n    retryable: false\n";
    assert!(Schema::load().judge(Some(text)).is_ok());
    let source = zimerr_catalog::SourceText::from_text("r.yaml", text);
    assert!(zimerr_catalog::check(&source).is_ok());
}
