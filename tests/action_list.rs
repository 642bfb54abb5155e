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
        assert_eq!(
            runtime.description(),
            source.summary(),
            "text of {source:?}"
        );
        assert_eq!(runtime.changes_request(), source.changes_request());
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

/// `Action::help` is one rule in two places (the CLI links the engine, the runtime crate
/// cannot): both choose the solution or the action's text alike for every code of both
/// bundled catalogs, and for the generic texts the rule is about.
#[test]
fn the_help_rule_matches_the_engine_rule() {
    let solutions = [
        "Please try again.",
        "Please try again later.",
        "please try again later ",
        "Try again!",
        "Please try again or contact ZEGOCLOUD Technical Support.",
        "Please verify that the URL is valid.",
    ];
    for (source, runtime) in Source::ALL.iter().zip(zimerr::Action::ALL) {
        for solution in solutions.iter().map(|s| Some(*s)).chain([None]) {
            assert_eq!(
                runtime.help(solution),
                source.help(solution),
                "{source:?} with {solution:?}"
            );
        }
    }
    for code in zimerr::ZimCode::all() {
        let action = Source::from_key(code.action().key()).expect("a known key");
        assert_eq!(
            zimerr::ZimError::from(code).help(),
            Some(action.help(code.solution()))
        );
    }
    for code in zimerr::server::ServerCode::all() {
        let action = Source::from_key(code.action().key()).expect("a known key");
        let err = zimerr::server::ServerError::from(code);
        assert_eq!(err.help(), Some(action.help(code.solution())));
    }
}
