//! `miette::Diagnostic`: the code as `zim::<number>`, help from the solution and the action.
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

#[test]
fn help_follows_the_action_not_a_generic_try_again() {
    use zimerr::server::ServerError;

    // The table says "Please try again." for an invalid signature, which is fix_request.
    let invalid = ServerError::new(100000005, "signature error");
    assert_eq!(
        Diagnostic::help(&invalid).unwrap().to_string(),
        "fix the request: parameters, IDs, sizes or call order"
    );
    // ...and for an expired one, which needs a new signature, not the same request again.
    let expired = ServerError::from(100000004);
    assert_eq!(
        Diagnostic::help(&expired).unwrap().to_string(),
        "sign the request again (fresh timestamp and nonce) and send it unchanged"
    );
    // A retry code keeps the table's words.
    let busy = ServerError::from(1);
    assert_eq!(
        Diagnostic::help(&busy).unwrap().to_string(),
        "Please try again later."
    );
    assert_eq!(
        Diagnostic::code(&busy).unwrap().to_string(),
        "zim-server::1"
    );
}
