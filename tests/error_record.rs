//! `zimerr::ErrorRecord` (the library's log record) and the `zimerr` command's `--json`
//! record say the same thing: the same keys and, for every code of both bundled catalogs
//! and numbers they do not know, the same values; the library adds only `message`. The
//! CLI cannot depend on the runtime crate, so this test runs the command (built by
//! `cargo run`, as trybuild builds its cases).

use std::process::Command;

// A catalog with other languages and Markdown texts: the record's `texts` and
// `_markdown` keys.
zimerr::zim_errors!("tests/fixtures/vendor_languages.yaml", prefix = "Chat");

use serde_json::{Map, Value};
use zimerr::server::{ServerCode, ServerError};
use zimerr::{ErrorCode, ZimCode, ZimError};

/// `zimerr --catalog <catalog> explain <numbers> --json`, as parsed records.
fn cli_records(catalog: &str, numbers: &[u32]) -> Vec<Map<String, Value>> {
    let mut command = Command::new(env!("CARGO"));
    command
        .args([
            "run",
            "--quiet",
            "--package",
            "zimerr-cli",
            "--bin",
            "zimerr",
            "--",
        ])
        .args(["--catalog", catalog, "explain", "--json"])
        .args(numbers.iter().map(u32::to_string))
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    let output = command.output().expect("cargo runs");
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let records: Value = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "`zimerr explain --json` printed no JSON ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    records
        .as_array()
        .expect("an array")
        .iter()
        .map(|r| r.as_object().expect("records are objects").clone())
        .collect()
}

fn library_record<C: ErrorCode>(number: u32) -> Map<String, Value> {
    let err = zimerr::Error::<C>::new(number, "from the test");
    let value = serde_json::to_value(err.record()).expect("serializes");
    let Value::Object(mut map) = value else {
        panic!("a record is a map")
    };
    assert_eq!(map.remove("message"), Some(Value::from("from the test")));
    map
}

fn compare<C: ErrorCode>(catalog: &str, unknown: &[u32]) {
    let numbers: Vec<u32> = C::all()
        .map(C::code)
        .chain(unknown.iter().copied())
        .collect();
    let cli = cli_records(catalog, &numbers);
    assert_eq!(cli.len(), numbers.len());
    for (number, cli) in numbers.iter().zip(&cli) {
        let library = library_record::<C>(*number);
        let keys = |m: &Map<String, Value>| m.keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&library), keys(cli), "keys of {number}");
        assert_eq!(&library, cli, "values of {number}");
    }
}

#[test]
fn the_client_record_matches_the_cli() {
    compare::<ZimCode>("client", &[6000105, 6000199, 42, 2025]);
}

#[test]
fn the_server_record_matches_the_cli() {
    compare::<ServerCode>("server", &[660000099, 100000042, 6000106, 2025]);
}

#[test]
fn an_error_serializes_as_one_json_type() {
    let with = serde_json::to_value(ZimError::new(6000106, "token expired")).unwrap();
    let without = serde_json::to_value(ZimError::from(6000106)).unwrap();
    let unknown = serde_json::to_value(ServerError::from(4_000_000_000)).unwrap();
    for value in [&with, &without, &unknown] {
        let map = value.as_object().expect("always a map");
        assert_eq!(map.keys().collect::<Vec<_>>(), ["code", "message"]);
    }
    assert_eq!(without["message"], Value::Null);
    assert_eq!(with["message"], "token expired");
    // And it reads back as it was written.
    let back: ZimError = serde_json::from_value(without).unwrap();
    assert_eq!(back, ZimError::from(6000106));
}

#[test]
fn a_record_has_every_key_whatever_the_error() {
    let known = serde_json::to_value(ServerError::from(1).record()).unwrap();
    let unknown = serde_json::to_value(ServerError::new(2025, "year").record()).unwrap();
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&known), keys(&unknown));
    assert_eq!(known["message"], Value::Null);
    assert_eq!(unknown["message"], "year");
    assert_eq!(unknown["category"], Value::Null);
    assert_eq!(known["action"], "retry");
}

#[test]
fn a_translated_markdown_record_matches_the_cli() {
    compare::<ChatCode>(
        "tests/fixtures/vendor_languages.yaml",
        &[6999, 70999, 80000],
    );
    // The comparison saw real translations and Markdown, not only `null`s.
    let record = serde_json::to_value(ChatError::from(6015).record()).unwrap();
    assert_eq!(record["language"], "en");
    assert!(
        record["texts"].as_object().is_some_and(|t| !t.is_empty()),
        "{record}"
    );
    assert!(
        record["description_markdown"]
            .as_str()
            .is_some_and(|d| d.contains("**"))
    );
}
