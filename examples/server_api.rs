//! A backend calling the ZIM server API: decode the JSON answer into a `ServerError`,
//! and let the catalog's hints drive the retry loop — no per-code special cases.
//!
//! `is_retryable()` promises that the same request (same `Action`, same parameters) can
//! succeed later after the code's `action()`: back off for `Retry`, compute a fresh
//! signature for `SignAgain`. Everything else is logged once, as one record, and given up.
//!
//! Run with `cargo run --example server_api`.

use std::time::Duration;

use serde::Deserialize;
use zimerr::Action;
use zimerr::server::ServerError;

/// A server API answer with the field names the ZIM docs use. `ServerError` reads
/// `Code`/`Message` and ignores every other field, so the body decodes as one, and
/// `RequestId` is kept beside it for the logs.
#[derive(Deserialize)]
struct Answer {
    #[serde(flatten)]
    error: ServerError,
    #[serde(rename = "RequestId", default)]
    request_id: String,
}

/// What the loop does after an answer: the decision this example is about.
#[derive(Debug, PartialEq)]
enum Next {
    Done,
    /// Send the same request again, after a pause.
    Resend(Duration),
    /// Compute `Signature` again with a fresh `Timestamp`/`SignatureNonce`, then resend.
    SignAndResend,
    /// Not worth repeating: the request is wrong, the outcome final, or the code unknown.
    GiveUp(ServerError),
}

fn next(answer: Answer, attempt: u32) -> Next {
    let Err(err) = answer.error.into_result() else {
        return Next::Done;
    };
    if !err.is_retryable() || attempt >= 3 {
        return Next::GiveUp(err);
    }
    match err.action() {
        Some(Action::SignAgain) => Next::SignAndResend,
        _ => Next::Resend(Duration::from_millis(200) * 2_u32.pow(attempt)),
    }
}

fn main() -> Result<(), serde_json::Error> {
    let answers = [
        r#"{"Code": 0, "Message": "success", "RequestId": "a1"}"#,
        r#"{"Code": 100000004, "Message": "signature expired", "RequestId": "a2"}"#,
        r#"{"Code": 1, "Message": "server busy", "RequestId": "a3", "Data": null}"#,
        r#"{"Code": "100000005", "Message": "signature error", "RequestId": "a4"}"#,
        r#"{"Code": 51102, "Message": "user not login", "RequestId": "a5"}"#,
        r#"{"Code": 660000099, "Message": "something new", "RequestId": "a6"}"#,
    ];
    let mut decisions = Vec::new();
    for body in answers {
        let answer: Answer = serde_json::from_str(body)?;
        let request_id = answer.request_id.clone();
        let decision = next(answer, 0);
        match &decision {
            // One log line per failure given up: the catalog's record of the error.
            Next::GiveUp(err) => println!(
                "{request_id}: giving up {}",
                serde_json::to_string(&err.record())?
            ),
            other => println!("{request_id}: {other:?}"),
        }
        decisions.push(decision);
    }
    assert_eq!(decisions[0], Next::Done);
    assert_eq!(decisions[1], Next::SignAndResend);
    assert_eq!(decisions[2], Next::Resend(Duration::from_millis(200)));
    assert!(matches!(&decisions[3], Next::GiveUp(e) if e.code() == 100000005));
    // A backend cannot log the user in: the answer is about that user, not retryable.
    assert!(matches!(&decisions[4], Next::GiveUp(e) if e.code() == 51102));
    // A code newer than the catalog keeps its number and category, and is not retried.
    let Next::GiveUp(newer) = &decisions[5] else {
        panic!("an unknown code is not retryable")
    };
    assert_eq!(
        newer.category(),
        Some(zimerr::server::ServerCategory::ZimService)
    );
    Ok(())
}
