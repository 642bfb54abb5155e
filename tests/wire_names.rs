//! The runtime reads the wire names the engine declares: `zimerr` keeps its own copy of
//! the built-in lists (it cannot depend on the engine at run time), and this checks the
//! copies are the same lists in the same (precedence) order.

#[test]
fn the_runtime_copies_the_engines_built_in_names() {
    assert_eq!(
        zimerr::__private::DEFAULT_WIRE_CODE_NAMES,
        zimerr_catalog::wire::DEFAULT_CODE_NAMES
    );
    assert_eq!(
        zimerr::__private::DEFAULT_WIRE_MESSAGE_NAMES,
        zimerr_catalog::wire::DEFAULT_MESSAGE_NAMES
    );
}

#[test]
fn no_name_is_both_a_code_and_a_message() {
    for name in zimerr_catalog::wire::DEFAULT_CODE_NAMES {
        assert!(
            !zimerr_catalog::wire::DEFAULT_MESSAGE_NAMES.contains(name),
            "{name}"
        );
    }
}

#[test]
fn the_bundled_catalogs_declare_their_labels_and_names() {
    use zimerr::ErrorCode;
    use zimerr::server::ServerCode;

    assert_eq!(<zimerr::ZimCode as ErrorCode>::MESSAGE_LABEL, "SDK message");
    assert_eq!(<ServerCode as ErrorCode>::MESSAGE_LABEL, "server message");
    assert_eq!(<ServerCode as ErrorCode>::WIRE_CODE_NAMES, ["SubCode"]);
    assert!(<zimerr::ZimCode as ErrorCode>::WIRE_CODE_NAMES.is_empty());
    assert_eq!(
        zimerr::server::ServerError::new(1, "busy").to_string(),
        "1: Request failed. (server message: busy)"
    );
}
