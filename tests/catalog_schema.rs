//! `errors.yaml` against `errors.schema.json`: the bundled catalog is valid,
//! deliberately broken copies are not, and the catalog has the expected size.

use std::fs;
use std::path::PathBuf;

use serde_json::{Value, json};

mod common;

use common::schema::Schema;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The catalog as JSON (YAML parsed by `serde_yaml` into a `serde_json::Value`).
fn catalog() -> Value {
    bundled("errors.yaml")
}

/// A bundled catalog of the repository root as JSON.
fn bundled(file: &str) -> Value {
    let path = root().join(file);
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{file} does not parse as YAML: {e}"))
}

fn codes_mut(catalog: &mut Value) -> &mut Vec<Value> {
    catalog["codes"].as_array_mut().expect("codes is an array")
}

fn code_mut(catalog: &mut Value, code: u64) -> &mut Value {
    codes_mut(catalog)
        .iter_mut()
        .find(|e| e["code"].as_u64() == Some(code))
        .unwrap_or_else(|| panic!("{code} is in the catalog"))
}

fn assert_invalid(schema: &Schema, instance: &Value, what: &str) {
    assert!(
        schema.errors(instance).is_some(),
        "the schema accepts a catalog with {what}"
    );
}

#[test]
fn catalog_is_valid_against_the_schema() {
    let schema = Schema::load();
    for file in ["errors.yaml", "zim-server.yaml"] {
        if let Some(errors) = schema.errors(&bundled(file)) {
            panic!("{file} does not match errors.schema.json:\n{errors}");
        }
    }
}

#[test]
fn broken_catalogs_are_invalid() {
    let schema = Schema::load();

    let mut unknown_field = catalog();
    code_mut(&mut unknown_field, 6_000_106)["colour"] = json!("red");
    assert_invalid(&schema, &unknown_field, "an unknown field on a code");

    let mut unknown_top_level = catalog();
    unknown_top_level["version"] = json!(2);
    assert_invalid(&schema, &unknown_top_level, "an unknown top-level key");

    let mut unknown_category_field = catalog();
    unknown_category_field["categories"][0]["colour"] = json!("red");
    assert_invalid(
        &schema,
        &unknown_category_field,
        "an unknown field on a category",
    );

    let mut bad_action = catalog();
    code_mut(&mut bad_action, 6_000_106)["action"] = json!("panic");
    assert_invalid(&schema, &bad_action, "an action outside the closed set");

    let mut missing_description = catalog();
    code_mut(&mut missing_description, 6_000_106)
        .as_object_mut()
        .expect("object")
        .remove("description");
    assert_invalid(&schema, &missing_description, "a code without description");

    let mut empty_description = catalog();
    code_mut(&mut empty_description, 6_000_106)["description"] = json!("  ");
    assert_invalid(&schema, &empty_description, "a blank description");

    let mut string_code = catalog();
    code_mut(&mut string_code, 6_000_106)["code"] = json!("6000106");
    assert_invalid(&schema, &string_code, "a code given as a string");

    let mut too_large_code = catalog();
    code_mut(&mut too_large_code, 6_000_106)["code"] = json!(4_294_967_296_u64);
    assert_invalid(&schema, &too_large_code, "a code above u32::MAX");

    let mut snake_name = catalog();
    code_mut(&mut snake_name, 6_000_106)["name"] = json!("token_expired");
    assert_invalid(
        &schema,
        &snake_name,
        "a code name that is not UpperCamelCase",
    );

    let mut keyword_name = catalog();
    code_mut(&mut keyword_name, 6_000_106)["name"] = json!("Self");
    assert_invalid(&schema, &keyword_name, "the keyword Self as a code name");

    let mut camel_key = catalog();
    camel_key["categories"][1]["key"] = json!("LoginErrors");
    assert_invalid(&schema, &camel_key, "a category key that is not snake_case");

    // `success` may mark any one code (user catalogs choose their own); it must be a bool.
    let mut success_elsewhere = catalog();
    code_mut(&mut success_elsewhere, 6_000_106)["success"] = json!("yes");
    assert_invalid(
        &schema,
        &success_elsewhere,
        "`success` that is not a boolean",
    );

    let mut string_retryable = catalog();
    code_mut(&mut string_retryable, 6_000_106)["retryable"] = json!("yes");
    assert_invalid(&schema, &string_retryable, "a non-boolean retryable");
}

#[test]
fn catalog_has_every_code_and_category() {
    let catalog = catalog();
    let categories = catalog["categories"].as_array().expect("array");
    let codes = catalog["codes"].as_array().expect("array");
    assert_eq!(categories.len(), 13, "categories");
    assert_eq!(codes.len(), 145, "codes");
    for entry in codes {
        for field in [
            "code",
            "name",
            "category",
            "description",
            "action",
            "retryable",
        ] {
            assert!(
                entry.get(field).is_some_and(|v| !v.is_null()),
                "code {} has no `{field}`",
                entry["code"]
            );
        }
    }
    let successes: Vec<&Value> = codes
        .iter()
        .filter(|e| e.get("success").is_some())
        .collect();
    assert_eq!(successes.len(), 1);
    assert_eq!(successes[0]["code"], json!(0));
    assert_eq!(successes[0]["success"], json!(true));
}

#[test]
fn catalog_starts_with_the_schema_directive() {
    let text = fs::read_to_string(root().join("errors.yaml")).expect("readable");
    assert_eq!(
        text.lines().next(),
        Some("# yaml-language-server: $schema=./errors.schema.json")
    );
}

/// The minimal example of docs/catalog.md (the YAML block after its
/// `example-catalog` marker) is a valid catalog too.
#[test]
fn documented_example_is_valid() {
    let doc = fs::read_to_string(root().join("docs/catalog.md")).expect("readable");
    let after_marker = doc
        .split_once("<!-- example-catalog")
        .expect("docs/catalog.md has the example-catalog marker")
        .1;
    let block = after_marker
        .split_once("```yaml\n")
        .expect("a yaml block follows the marker")
        .1
        .split_once("```")
        .expect("the yaml block is closed")
        .0;
    let example: Value = serde_yaml::from_str(block).expect("the example parses");
    assert_eq!(example["categories"].as_array().map(Vec::len), Some(2));
    assert_eq!(example["codes"].as_array().map(Vec::len), Some(3));
    if let Some(errors) = Schema::load().errors(&example) {
        panic!("the example of docs/catalog.md does not match the schema:\n{errors}");
    }
}
