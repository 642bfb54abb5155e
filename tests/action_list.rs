//! The action list has one source, `zimerr_catalog::model::Action`: the runtime enum
//! `zimerr::Action` and the JSON Schema's `enum` must say exactly what it says, in the
//! same order.

use zimerr_catalog::model::Action as Source;

#[test]
fn the_runtime_enum_matches_the_engine_list() {
    let runtime = zimerr::Action::ALL;
    assert_eq!(runtime.len(), Source::ALL.len());
    for (source, runtime) in Source::ALL.iter().zip(runtime) {
        assert_eq!(runtime.key(), source.key(), "order or key of {source:?}");
        assert_eq!(format!("{runtime:?}"), source.runtime_variant());
        assert_eq!(source.key().parse::<zimerr::Action>(), Ok(*runtime));
    }
}

#[test]
fn the_schema_enum_matches_the_engine_list() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/errors.schema.json");
    let text = std::fs::read_to_string(path).expect("errors.schema.json is readable");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
    let listed: Vec<&str> = schema["$defs"]["action"]["enum"]
        .as_array()
        .expect("`$defs.action.enum` is a list")
        .iter()
        .map(|v| v.as_str().expect("actions are strings"))
        .collect();
    assert_eq!(listed, Source::KEYS);
}
