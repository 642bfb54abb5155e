//! A catalog of the user's own gets the bundled catalog's API: the runtime error value,
//! `check`, the trait, and the action keys of `zimerr::Action`.

use zimerr::{Action, Error, ErrorCategory, ErrorCode};

zimerr::zim_errors!(
    "tests/fixtures/every_action.yaml",
    code_enum = "Every",
    category_enum = "EveryCategory",
    codes_module = "every",
    code_macro = "every_code",
);

mod elsewhere {
    use super::Every;

    /// The generated code macro is usable crate-wide by path, where the enum is in scope.
    pub(crate) const AGAIN: Every = crate::every_code!(15);
}

#[test]
fn every_action_key_maps_to_the_action_of_that_key() {
    let expected = [
        (10, "none"),
        (11, "fix_request"),
        (12, "renew_token"),
        (13, "login"),
        (14, "check_network"),
        (15, "retry"),
        (16, "wait"),
        (17, "inform_user"),
        (18, "contact_support"),
        (19, "sign_again"),
    ];
    assert_eq!(Every::all().len(), expected.len());
    for (code, key) in expected {
        let every = Every::from_code(code).unwrap();
        assert_eq!(every.action().key(), key);
        assert_eq!(every.action(), key.parse::<Action>().unwrap());
    }
    // Every action is used once: the mapping is a bijection.
    let mut actions: Vec<Action> = Every::all().map(Every::action).collect();
    actions.sort();
    assert_eq!(actions, Action::ALL);
}

#[test]
fn the_code_macro_checks_literals_and_works_in_patterns() {
    const SUPPORT: Every = every_code!(18);
    assert_eq!(SUPPORT, Every::Support);
    assert_eq!(elsewhere::AGAIN, Every::Again);
    let matched = match Every::from_code(12) {
        Some(every_code!(12)) => "renew",
        _ => "other",
    };
    assert_eq!(matched, "renew");
}

#[test]
fn the_generic_error_works_for_a_custom_catalog() {
    type EveryError = Error<Every>;
    assert!(
        EveryError::check(10).is_ok(),
        "10 is this catalog's success code"
    );
    let err = EveryError::check(0).unwrap_err();
    assert_eq!((err.code(), err.kind()), (0, None));
    let err = EveryError::new(15, "busy");
    assert_eq!(err.kind(), Some(Every::Again));
    assert_eq!(err.action(), Some(Action::Retry));
    assert!(err.is_retryable());
    assert_eq!(err.category(), Some(EveryCategory::All));
    // A catalog without `message_label` labels the message `message`.
    assert_eq!(err.to_string(), "15: d5 (message: busy)");
    assert_eq!(EveryError::from(Every::Tell).code(), every::TELL);
}

#[test]
fn the_traits_are_implemented() {
    fn names<C: ErrorCode>() -> Vec<&'static str> {
        C::all().map(C::name).collect()
    }
    assert_eq!(names::<Every>()[..3], ["Nothing", "Fix", "Renew"]);
    assert_eq!(
        <EveryCategory as ErrorCategory>::all(),
        [EveryCategory::All]
    );
    assert!(EveryCategory::All.ranges().is_empty());
    assert_eq!(
        EveryCategory::of_code(99),
        None,
        "no ranges: unknown codes stay unplaced"
    );
}
