//! The retry hints of both bundled catalogs keep the promise docs/catalog.md makes:
//! `retryable` means the SAME request, unchanged, can succeed later after the action, so
//! no retryable code has an action that requires changing the request, and a loop that
//! follows `action` and `retryable` never resends a request that cannot succeed.
//! Exhaustive: every code of both catalogs, through the runtime crate (what users call).

use zimerr::server::{ServerCategory, ServerCode, ServerError};
use zimerr::{Action, ErrorCode, ZimCode};

/// Every problem of one catalog's hints; empty when they keep the promise.
fn hint_problems<C: ErrorCode>() -> Vec<String> {
    let mut problems = Vec::new();
    for code in C::all() {
        let (number, action, retryable) = (code.code(), code.action(), code.is_retryable());
        // The catalog key (`Display` is the description, for people).
        let key = action.key();
        if retryable && action.changes_request() {
            problems.push(format!(
                "{number}: retryable, but `{key}` changes the request"
            ));
        }
        if retryable && matches!(action, Action::Nothing | Action::InformUser) {
            problems.push(format!(
                "{number}: retryable, but `{key}` is a final outcome"
            ));
        }
        // The actions that exist only to send the same request again.
        if !retryable && matches!(action, Action::Retry | Action::SignAgain) {
            problems.push(format!("{number}: `{key}` but not retryable"));
        }
        if code.is_success() && (retryable || action != Action::Nothing) {
            problems.push(format!("{number}: the success code has something to do"));
        }
    }
    problems
}

#[test]
fn no_retryable_client_code_needs_the_request_changed() {
    assert_eq!(hint_problems::<ZimCode>(), Vec::<String>::new());
}

#[test]
fn no_retryable_server_code_needs_the_request_changed() {
    assert_eq!(hint_problems::<ServerCode>(), Vec::<String>::new());
}

#[test]
fn the_rule_catches_a_retryable_fix_request() {
    // The check itself must be able to fail: the real catalogs' counts of each kind.
    let fixes = ZimCode::all()
        .filter(|c| c.action() == Action::FixRequest)
        .count();
    assert!(fixes > 50, "{fixes}");
    assert!(
        ZimCode::all()
            .filter(|c| c.action() == Action::FixRequest)
            .all(|c| !c.is_retryable())
    );
}

#[test]
fn an_expired_signature_means_signing_again() {
    let err = ServerError::from(100000004);
    assert_eq!(err.action(), Some(Action::SignAgain));
    assert!(err.is_retryable());
    assert!(!Action::SignAgain.changes_request());
    // An invalid signature is wrong, not stale: the same computation is rejected again.
    let invalid = ServerError::from(100000005);
    assert_eq!(invalid.action(), Some(Action::FixRequest));
    assert!(!invalid.is_retryable());
}

#[test]
fn a_backend_is_not_asked_to_log_a_user_in() {
    let err = ServerError::from(51102);
    assert_ne!(err.action(), Some(Action::Login));
    assert_eq!(err.action(), Some(Action::InformUser));
    assert!(!err.is_retryable());
    // No server code asks the backend to log in or renew a client token.
    for code in ServerCode::all() {
        assert!(
            !matches!(code.action(), Action::Login | Action::RenewToken),
            "{code:?}"
        );
    }
}

#[test]
fn client_token_and_login_codes_are_retryable_after_their_action() {
    // The renewed token and the login are the SDK's state, not the request's content.
    for number in [6000103, 6000106, 6000108] {
        let err = zimerr::ZimError::from(number);
        assert_eq!(err.action(), Some(Action::RenewToken), "{number}");
        assert!(err.is_retryable(), "{number}");
    }
    assert!(zimerr::ZimError::from(6000121).is_retryable());
    // A token of the wrong version stays wrong when renewed the same way.
    assert!(!zimerr::ZimError::from(6000107).is_retryable());
}

#[test]
fn server_categories_claim_only_the_server_numbering() {
    for number in [
        6000106,
        6000001,
        2025,
        1970,
        8080,
        443,
        4,
        99_999_999,
        200_000_000,
    ] {
        assert_eq!(ServerCategory::of_code(number), None, "{number}");
        assert_eq!(ServerError::from(number).category(), None, "{number}");
    }
    for code in ServerCode::all() {
        assert_eq!(ServerCategory::of_code(code.code()), Some(code.category()));
    }
    assert_eq!(
        ServerCategory::of_code(100000099),
        Some(ServerCategory::ApiGateway)
    );
    assert_eq!(ServerCategory::of_code(100000100), None);
    assert_eq!(
        ServerCategory::of_code(660999999),
        Some(ServerCategory::ZimService)
    );
    assert_eq!(
        ServerError::from(2025).to_string(),
        "2025: unknown error code",
        "no `in the range of` for a number outside the numbering"
    );
}
