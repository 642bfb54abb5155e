//! Per-item results: answers that carry one result per user, each with its own code and
//! message. Your own two-field struct holds the item's key and an `Error<C>`, flattened:
//! the error reads whatever field names the catalog knows (`ResultCode`/`ResultInfo`
//! are built in; the ZIM server catalog declares `SubCode`), and ignores the rest.
//!
//! Run with `cargo run --example per_item_results`.

use serde::Deserialize;
use zimerr::server::ServerError;

// Tencent Cloud Chat, from the catalog in the vendor fixtures: `ChatCode`, and the
// catalog's own aliases `ChatError` and `ChatResult`.
zimerr::zim_errors!(
    "tests/fixtures/vendors/tencent-chat/catalog.yaml",
    prefix = "Chat",
);

/// One user's result in a ZIM server answer's `ErrorList`.
#[derive(Debug, Deserialize)]
struct UserFailure {
    #[serde(rename = "UserId")]
    user_id: String,
    #[serde(flatten)]
    error: ServerError,
}

/// `QueryUserOnlineState`'s answer: the request's own result, and the users it failed for.
#[derive(Debug, Deserialize)]
struct OnlineStateAnswer {
    #[serde(flatten)]
    answer: ServerError,
    #[serde(rename = "ErrorList", default)]
    failures: Vec<UserFailure>,
}

/// One account's result in Tencent Cloud Chat's `account_check` answer.
#[derive(Debug, Deserialize)]
struct AccountResult {
    #[serde(rename = "UserID")]
    user_id: String,
    #[serde(flatten)]
    result: ChatError,
}

#[derive(Debug, Deserialize)]
struct AccountCheckAnswer {
    #[serde(flatten)]
    answer: ChatError,
    #[serde(rename = "ResultItem")]
    items: Vec<AccountResult>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The ZIM server API (QueryUserOnlineState): the answer succeeded, one user failed.
    let body = r#"{
        "Code": 0, "Message": "success", "RequestId": "343649807833778782",
        "Result": [{"UserId": "id1", "Status": "Offline"}],
        "ErrorList": [{"UserId": "id4", "SubCode": 660200001}]
    }"#;
    let answer: OnlineStateAnswer = serde_json::from_str(body)?;
    answer.answer.into_result()?;
    for failure in &answer.failures {
        match failure.error.kind() {
            Some(zimerr::server::code!(660200001)) => {
                println!("{}: show as offline ({})", failure.user_id, failure.error);
            }
            _ => println!("{}: {}", failure.user_id, failure.error),
        }
    }
    assert_eq!(answer.failures[0].error.code(), 660200001);

    // Tencent Cloud Chat (account_check): `ResultCode`/`ResultInfo` per account.
    let body = r#"{
        "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "",
        "ResultItem": [
            {"UserID": "UserID_1", "ResultCode": 0, "ResultInfo": "", "AccountStatus": "Imported"},
            {"UserID": "u3", "ResultCode": "7003", "ResultInfo": "invalid UserID", "AccountStatus": "NotImported"}
        ]
    }"#;
    let answer: AccountCheckAnswer = serde_json::from_str(body)?;
    let checked: ChatResult<()> = answer.answer.into_result();
    checked?;
    for item in answer.items {
        match item.result.into_result() {
            Ok(()) => println!("{}: ok", item.user_id),
            Err(err) => {
                assert_eq!(err.kind(), Some(ChatCode::InvalidUserId));
                println!("{}: {err}", item.user_id);
            }
        }
    }
    Ok(())
}
