//! Handling a ZIM SDK callback error: `check()`, match on kinds, act on `action()` and
//! `is_retryable()`, print it.
//!
//! Run with `cargo run --example quickstart`.

use zimerr::{Action, ZimCode, ZimError, zim_codes};

/// What a ZIM callback hands over: an error code (0 is success) and a message.
fn on_message_sent(code: u32, message: &str) -> zimerr::Result<()> {
    zimerr::check_with(code, message)
}

fn handle(err: &ZimError) -> &'static str {
    // Match on named codes where the app has a specific reaction...
    match err.kind() {
        Some(ZimCode::TokenExpired | ZimCode::TokenInvalid) => {
            return "renew the token with renewToken, then resend";
        }
        Some(zimerr::code!(6000231)) => return "the user is muted: grey out the send button",
        _ => {}
    }
    // ...and on the catalog's machine-readable hint everywhere else.
    match err.action() {
        Some(Action::Retry | Action::CheckNetwork) if err.is_retryable() => "retry with backoff",
        Some(Action::Login) => "log in again",
        Some(Action::FixRequest) => "a bug in the request: log it",
        Some(_) => "show the error",
        None => "a code newer than this catalog: log it",
    }
}

fn main() {
    let callbacks = [
        (0, ""),
        (zim_codes::TOKEN_EXPIRED, "token expired"),
        (6000009, "socket closed"),
        (6000231, ""),
        (6000001, "message is empty"),
        (6000299, "a newer SDK"),
    ];
    for (code, message) in callbacks {
        match on_message_sent(code, message) {
            Ok(()) => println!("{code}: sent"),
            Err(err) => {
                println!("{err}");
                println!("  -> {}", handle(&err));
                if let Some(solution) = err.solution() {
                    println!("  solution: {solution}");
                }
            }
        }
    }
}
