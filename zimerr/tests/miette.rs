//! `miette::Diagnostic`: the code as `zim::<number>`, the catalog's solution as help.
#![cfg(feature = "miette")]

use miette::Diagnostic;
use zimerr::ZimError;

#[test]
fn diagnostic_code_and_help() {
    let err = ZimError::new(6000106, "token expired");
    assert_eq!(Diagnostic::code(&err).unwrap().to_string(), "zim::6000106");
    assert_eq!(
        err.help().unwrap().to_string(),
        "Please call the `renewToken` method to renew the Token and try again."
    );
}

#[test]
fn unknown_codes_have_a_code_but_no_help() {
    let err = ZimError::from(6000105);
    assert_eq!(Diagnostic::code(&err).unwrap().to_string(), "zim::6000105");
    assert!(err.help().is_none());
}
