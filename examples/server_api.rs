//! A backend calling the ZIM server API: decode the JSON answer into a `ServerError`
//! and decide from the catalog whether to retry, sign the request again, or give up.
//!
//! Run with `cargo run --example server_api`.

use std::time::Duration;

use serde::Deserialize;
use zimerr::Action;
use zimerr::server::{ServerCode, ServerError};

/// A server API answer with the field names the ZIM docs use. `ServerError` reads
/// `Code`/`Message` (or `code`/`message`) and ignores every other field, so the whole
/// body can be decoded as one, and `RequestId` kept for the logs beside it.
#[derive(Deserialize)]
struct Answer {
    #[serde(flatten)]
    error: ServerError,
    #[serde(rename = "RequestId", default)]
    request_id: String,
}

/// What the backend does next.
#[derive(Debug, PartialEq)]
enum Next {
    Done,
    /// Same request, later.
    RetryAfter(Duration),
    /// Recompute `Signature` with a fresh `Timestamp`/`SignatureNonce`, then send again.
    SignAgain,
    /// The request itself is wrong, or only ZEGOCLOUD can help: log it and stop.
    GiveUp(String),
}

fn next_step(body: &str) -> Result<Next, serde_json::Error> {
    let answer: Answer = serde_json::from_str(body)?;
    let Err(err) = answer.error.clone().into_result() else {
        return Ok(Next::Done);
    };
    // A specific code the backend handles in its own way...
    if err.kind() == Some(ServerCode::SignatureExpired) {
        return Ok(Next::SignAgain);
    }
    // ...and the catalog's machine-readable hint for everything else, including codes
    // newer than this catalog (no kind, no action).
    Ok(match err.action() {
        Some(Action::Retry) if err.is_retryable() => Next::RetryAfter(Duration::from_secs(1)),
        _ => Next::GiveUp(format!("{err} [request {}]", answer.request_id)),
    })
}

fn main() -> Result<(), serde_json::Error> {
    let answers = [
        r#"{"Code": 0, "Message": "success", "RequestId": "a1"}"#,
        r#"{"Code": 100000004, "Message": "signature expired", "RequestId": "a2"}"#,
        r#"{"Code": 1, "Message": "server busy", "RequestId": "a3", "Data": null}"#,
        r#"{"Code": "100000005", "Message": "signature error", "RequestId": "a4"}"#,
        r#"{"Code": 660000099, "Message": "something new", "RequestId": "a5"}"#,
    ];
    for body in answers {
        println!("{:<80} -> {:?}", body, next_step(body)?);
    }
    assert_eq!(next_step(answers[0])?, Next::Done);
    assert_eq!(next_step(answers[1])?, Next::SignAgain);
    assert_eq!(
        next_step(answers[2])?,
        Next::RetryAfter(Duration::from_secs(1))
    );
    assert!(matches!(next_step(answers[3])?, Next::GiveUp(_)));
    // An unknown code keeps its number and is placed in its category by range.
    let newer: Answer = serde_json::from_str(answers[4])?;
    assert_eq!(newer.error.code(), 660000099);
    assert_eq!(
        newer.error.category(),
        Some(zimerr::server::ServerCategory::ZimService)
    );
    Ok(())
}
