//! Other vendors' real answers (`tests/fixtures/vendors/`, sources in its README) decode
//! straight into `Error<C>`: the built-in wire names, a catalog's declared ones, per-item
//! lists with a two-field struct, and the catalog's own aliases and `Display` label.

use serde::Deserialize;
use zimerr::ErrorCode;

mod tencent {
    zimerr::zim_errors!(
        "tests/fixtures/vendors/tencent-chat/catalog.yaml",
        prefix = "Chat",
    );
}

mod wechat {
    zimerr::zim_errors!(
        "tests/fixtures/vendors/wechat/catalog.yaml",
        prefix = "Wechat",
    );
}

use tencent::{ChatCode, ChatError, ChatResult};
use wechat::{WechatCode, WechatError};

fn fixture(path: &str) -> String {
    let full = format!(
        "{}/tests/fixtures/vendors/{path}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

#[test]
fn a_tencent_rest_answer_decodes_with_no_glue() {
    let answer: ChatError = serde_json::from_str(&fixture("tencent-chat/rest-common-answer.json"))
        .expect("ErrorCode/ErrorInfo are built-in names");
    assert!(answer.is_success());
    assert_eq!(answer.kind(), Some(ChatCode::Ok));
    assert_eq!(answer.message(), None, "an empty ErrorInfo is no message");
    assert_eq!(answer.into_result(), Ok(()));
}

#[test]
fn a_tencent_webhook_reads_its_declared_code_name() {
    let event: ChatError =
        serde_json::from_str(&fixture("tencent-chat/callback-after-send-msg.json"))
            .expect("SendMsgResult is declared by the catalog");
    assert_eq!(event.code(), 0);
    assert!(event.is_success());
    assert_eq!(event.message(), Some("send msg succeed"));
    assert_eq!(ChatCode::WIRE_CODE_NAMES, ["SendMsgResult"]);
    // Without the declaration the same event has no code field at all.
    let undeclared = serde_json::from_str::<zimerr::ZimError>(&fixture(
        "tencent-chat/callback-after-send-msg.json",
    ))
    .unwrap_err()
    .to_string();
    assert!(undeclared.contains("missing field `code`"), "{undeclared}");
}

/// The user's own per-item struct: two fields, one of them the error.
#[derive(Debug, Deserialize)]
struct AccountResult {
    #[serde(rename = "UserID")]
    user_id: String,
    #[serde(flatten)]
    result: ChatError,
}

#[derive(Debug, Deserialize)]
struct AccountCheck {
    #[serde(flatten)]
    answer: ChatError,
    #[serde(rename = "ResultItem")]
    items: Vec<AccountResult>,
}

#[test]
fn a_tencent_per_item_list_needs_only_a_two_field_struct() {
    let answer: AccountCheck =
        serde_json::from_str(&fixture("tencent-chat/account-check-answer.json")).unwrap();
    assert!(answer.answer.is_success());
    let users: Vec<(&str, bool)> = answer
        .items
        .iter()
        .map(|item| (item.user_id.as_str(), item.result.is_success()))
        .collect();
    assert_eq!(users, [("UserID_1", true), ("UserID_2", true)]);
    // A failed item keeps its code and message (`ResultCode` as a string, too).
    let failed: AccountResult = serde_json::from_str(
        r#"{"UserID":"u3","ResultCode":"7003","ResultInfo":"invalid UserID","AccountStatus":"NotImported"}"#,
    )
    .unwrap();
    assert_eq!(failed.result.kind(), Some(ChatCode::InvalidUserId));
    assert_eq!(failed.result.message(), Some("invalid UserID"));
}

#[test]
fn a_wechat_answer_decodes_with_no_glue() {
    let err: WechatError =
        serde_json::from_str(&fixture("wechat/token-error-answer.json")).unwrap();
    assert_eq!(err.kind(), Some(WechatCode::InvalidAppId));
    assert_eq!(err.message(), Some("invalid appid"));
    // The vendor's message only restates the description: `Display` leaves it out.
    assert_eq!(err.to_string(), "40013: Invalid AppID.");
    assert_eq!(
        WechatError::new(40013, "appid not found").to_string(),
        "40013: Invalid AppID. (message: appid not found)",
        "a catalog without `message_label` says `message`"
    );
    assert!(
        serde_json::from_str::<WechatError>(r#"{"errcode":0,"errmsg":"ok"}"#)
            .unwrap()
            .is_success()
    );
}

#[test]
fn a_success_answer_without_a_code_is_no_error() {
    #[derive(Deserialize)]
    struct TokenAnswer {
        access_token: Option<String>,
        #[serde(flatten)]
        error: Option<WechatError>,
    }
    let ok: TokenAnswer =
        serde_json::from_str(r#"{"access_token":"ACCESS_TOKEN","expires_in":7200}"#).unwrap();
    assert_eq!(
        (ok.access_token.as_deref(), ok.error),
        (Some("ACCESS_TOKEN"), None)
    );
    let failed: TokenAnswer =
        serde_json::from_str(&fixture("wechat/token-error-answer.json")).unwrap();
    assert_eq!(failed.error.map(|e| e.code()), Some(40013));
}

#[test]
fn common_shapes_decode_with_no_declaration_keeping_the_message() {
    // The wechat catalog declares no wire names: all of these are built in.
    for (input, code, message) in [
        (
            r#"{"ErrorCode": 70001, "ErrorInfo": "x"}"#,
            70001,
            Some("x"),
        ),
        (r#"{"code": 6206, "desc": "x"}"#, 6206, Some("x")),
        (r#"{"errcode": 40001, "errmsg": "x"}"#, 40001, Some("x")),
        (
            r#"{"ErrorCode": "70001", "ErrorInfo": "x"}"#,
            70001,
            Some("x"),
        ),
        (
            r#"{"error_code": " 110 ", "error_msg": "x"}"#,
            110,
            Some("x"),
        ),
        (r#"{"ret": 0, "msg": "ok"}"#, 0, Some("ok")),
        (r#"{"retcode": 5, "retmsg": "x"}"#, 5, Some("x")),
        (r#"{"errCode": 5, "errMsg": "x"}"#, 5, Some("x")),
        (r#"{"err_code": 5, "err_msg": "x"}"#, 5, Some("x")),
        (r#"{"errorCode": 5, "errorMessage": "x"}"#, 5, Some("x")),
        (r#"{"ErrorCode": 5, "ErrorMessage": "x"}"#, 5, Some("x")),
        (r#"{"Code": 5, "Message": null}"#, 5, None),
        // A real DingTalk answer (https://oapi.dingtalk.com/topapi/app/remove_auth):
        // `sub_msg` is not a message name, so `errmsg` is the message.
        (
            r#"{"errcode":22,"sub_msg":"不合法ApiName，ApiName = dingtalk.oapi.app.remove_auth","errmsg":"Invalid method[submsg=不合法ApiName，ApiName = dingtalk.oapi.app.remove_auth]","request_id":"15s9in2w1yat9"}"#,
            22,
            Some("Invalid method[submsg=不合法ApiName，ApiName = dingtalk.oapi.app.remove_auth]"),
        ),
        (r#"{"ActionStatus":"FAIL","ErrorCode":70001}"#, 70001, None),
        (
            r#"{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"x","Extra":{"ErrorCode":1,"List":[{"ResultCode":2}]}}"#,
            70001,
            Some("x"),
        ),
    ] {
        let err: WechatError =
            serde_json::from_str(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!((err.code(), err.message()), (code, message), "{input}");
    }
}

#[test]
fn the_catalogs_own_aliases_and_label() {
    fn send(code: u32, message: &str) -> ChatResult<()> {
        ChatError::check_with(code, message)
    }
    assert_eq!(send(0, "ok"), Ok(()));
    let err = send(6017, "userID is empty").unwrap_err();
    assert_eq!(err.kind(), Some(ChatCode::InvalidParameter));
    assert_eq!(
        err.to_string(),
        "6017: Invalid parameter. (Chat message: userID is empty)"
    );
    assert!(ChatError::check(6013).is_err());
    assert_eq!(<ChatCode as ErrorCode>::MESSAGE_LABEL, "Chat message");
    assert_eq!(<WechatCode as ErrorCode>::MESSAGE_LABEL, "message");
    assert!(<WechatCode as ErrorCode>::WIRE_CODE_NAMES.is_empty());
}
