//! Errors as they arrive in practice: SDK events and ZIM server answers with more fields
//! than `code` and `message`, string codes, the server's `Code`/`Message` spelling, nested
//! in an application's own structs with and without `#[serde(flatten)]`; the binary form
//! (postcard); `Action` and category keys.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::json;
use zimerr::{Action, ErrorCategory, ZimCategory, ZimCode, ZimError};

/// The message of a failed JSON read, for asserting on what a user would see.
fn json_error<T: for<'de> Deserialize<'de> + std::fmt::Debug>(input: &str) -> String {
    serde_json::from_str::<T>(input)
        .expect_err(input)
        .to_string()
}

#[test]
fn an_sdk_event_with_extra_fields_deserializes() {
    let err: ZimError = serde_json::from_str(
        r#"{"code":6000106,"message":"token expired","timestamp":1733046000000}"#,
    )
    .unwrap();
    assert_eq!(err, ZimError::new(6000106, "token expired"));
    assert_eq!(err.kind(), Some(ZimCode::TokenExpired));
    assert_eq!(err.action(), Some(Action::RenewToken));
}

#[test]
fn a_string_code_is_read_as_its_number() {
    let err: ZimError = serde_json::from_str(
        r#"{"code":"6000106","message":"token expired","timestamp":1733046000000}"#,
    )
    .unwrap();
    assert_eq!(err, ZimError::new(6000106, "token expired"));
    assert_eq!(
        serde_json::from_str::<ZimError>(r#""6000106""#).unwrap(),
        ZimError::from(6000106)
    );
}

#[test]
fn a_server_answer_with_capitalized_fields_deserializes() {
    let err: ZimError = serde_json::from_str(
        r#"{"Code":100000004,"Message":"invalid signature","RequestId":"abc"}"#,
    )
    .unwrap();
    assert_eq!(err, ZimError::new(100000004, "invalid signature"));
    assert_eq!(err.kind(), None);
}

#[test]
fn ignored_fields_may_hold_anything() {
    let err: ZimError = serde_json::from_str(
        r#"{"extra":{"nested":[1,{"code":2}]},"code":5,"message":"m","flag":true,"n":null,"f":1.5}"#,
    )
    .unwrap();
    assert_eq!(err, ZimError::new(5, "m"));
}

#[test]
fn unknown_codes_keep_their_number_and_range() {
    let err: ZimError =
        serde_json::from_str(r#"{"code":6000199,"message":"newer SDK","seq":7}"#).unwrap();
    assert_eq!((err.code(), err.kind()), (6000199, None));
    assert_eq!(err.category(), Some(ZimCategory::Login));
    assert_eq!(err.message(), Some("newer SDK"));
}

#[test]
fn the_success_code_decodes_and_converts_to_ok() {
    let ok: ZimError =
        serde_json::from_str(r#"{"Code":0,"Message":"success","RequestId":"r"}"#).unwrap();
    assert!(ok.is_success());
    assert_eq!(ok.kind(), Some(ZimCode::Success));
    assert_eq!(ok.into_result(), Ok(()));

    let failed: ZimError = serde_json::from_str(r#"{"code":6000106}"#).unwrap();
    assert!(!failed.is_success());
    assert_eq!(failed.clone().into_result(), Err(failed));
}

#[test]
fn a_null_missing_or_empty_message_is_none() {
    for input in [
        r#"{"code":6000106}"#,
        r#"{"code":6000106,"message":null}"#,
        r#"{"code":6000106,"message":""}"#,
        r#"{"Code":6000106,"Message":null}"#,
    ] {
        let err: ZimError = serde_json::from_str(input).unwrap();
        assert_eq!(err, ZimError::from(6000106), "{input}");
        assert_eq!(err.message(), None, "{input}");
    }
}

#[test]
fn duplicate_fields_are_rejected_naming_the_field() {
    assert!(json_error::<ZimError>(r#"{"code":1,"code":2}"#).contains("duplicate field `code`"));
    assert!(
        json_error::<ZimError>(r#"{"code":1,"message":null,"message":"b"}"#)
            .contains("duplicate field `message`")
    );
    assert!(
        json_error::<ZimError>(r#"{"ErrorCode":1,"ErrorInfo":"a","ErrorCode":2}"#)
            .contains("duplicate field `ErrorCode`")
    );
}

#[test]
fn of_several_names_the_first_in_precedence_order_wins() {
    // Two spellings of one name: the table's order (`code` before `Code`), whatever the
    // order in the map.
    let read = |input: &str| serde_json::from_str::<ZimError>(input).unwrap();
    assert_eq!(read(r#"{"Code":2,"code":1}"#), ZimError::from(1));
    assert_eq!(
        read(r#"{"code":1,"Message":"b","message":"a"}"#),
        ZimError::new(1, "a")
    );
    // Names that say "error" before the generic ones, and those before result names.
    assert_eq!(
        read(r#"{"code":200,"msg":"ok","errcode":40001,"errmsg":"invalid credential"}"#),
        ZimError::new(40001, "invalid credential")
    );
    assert_eq!(
        read(r#"{"ret":-1,"ResultCode":7,"code":5}"#),
        ZimError::from(5)
    );
    // A field that loses may hold anything; `null` counts as absent.
    assert_eq!(
        read(r#"{"retcode":"n/a","code":null,"Code":3}"#),
        ZimError::from(3)
    );
    assert_eq!(
        read(r#"{"code":3,"desc":{"lang":"en"},"message":"m"}"#),
        ZimError::new(3, "m")
    );
}

#[test]
fn the_field_that_wins_must_hold_a_code() {
    let message = json_error::<ZimError>(r#"{"ErrorCode":-1,"code":5}"#);
    assert!(message.contains("invalid value: integer `-1`"), "{message}");
    let message = json_error::<ZimError>(r#"{"code":{"id":5}}"#);
    assert!(message.contains("invalid type: map"), "{message}");
    let message = json_error::<ZimError>(r#"{"code":5,"message":42}"#);
    assert!(
        message.contains("invalid type: integer `42`, expected a message string or null"),
        "{message}"
    );
}

#[test]
fn a_missing_code_is_rejected() {
    let message = json_error::<ZimError>(r#"{"message":"x","timestamp":1}"#);
    assert!(message.contains("missing field `code`"), "{message}");
    // The error names every field that would have been read.
    assert!(message.contains("`ErrorCode`, `errorCode`"), "{message}");
    assert!(message.contains("`retcode`, `ret`"), "{message}");
    let message = json_error::<ZimError>(r#"{"ActionStatus":"OK","status":0}"#);
    assert!(message.contains("missing field `code`"), "{message}");
}

#[test]
fn codes_outside_u32_are_rejected() {
    for input in [
        "4294967296",
        r#""4294967296""#,
        r#"{"code":4294967296}"#,
        r#"{"code":"4294967296"}"#,
        r#"{"code":18446744073709551615}"#,
    ] {
        let message = json_error::<ZimError>(input);
        assert!(message.contains("invalid value"), "{input}: {message}");
    }
    assert_eq!(
        serde_json::from_str::<ZimError>(r#"{"code":4294967295}"#).unwrap(),
        ZimError::from(u32::MAX)
    );
}

#[test]
fn negative_codes_are_rejected() {
    assert_eq!(
        json_error::<ZimError>("-5"),
        "invalid value: integer `-5`, expected an error code from 0 to 4294967295, \
         as a number or a numeric string at line 1 column 2"
    );
    for input in [r#"{"code":-5}"#, r#""-5""#, r#"{"code":"-5"}"#] {
        assert!(
            json_error::<ZimError>(input).contains("invalid value"),
            "{input}"
        );
    }
}

#[test]
fn a_bad_string_is_rejected_with_a_clear_message() {
    assert_eq!(
        json_error::<ZimError>(r#""token expired""#),
        "invalid value: string \"token expired\", expected an error code as a number or a \
         numeric string, or a map with the code in a field such as `code`, `ErrorCode` or \
         `errcode`, and an optional message at line 1 column 15"
    );
    // Reported at the end of the map: only then is it known that no field of higher
    // precedence carries the code.
    assert_eq!(
        json_error::<ZimError>(r#"{"code":"abc"}"#),
        "invalid value: string \"abc\", expected an error code from 0 to 4294967295, \
         as a number or a numeric string at line 1 column 14"
    );
}

#[test]
fn other_wrong_types_are_rejected() {
    for input in [
        "1.5",
        "null",
        "true",
        r#"{"code":1.5}"#,
        r#"{"code":null}"#,
        r#"{"code":1,"message":5}"#,
        "[]",
    ] {
        assert!(serde_json::from_str::<ZimError>(input).is_err(), "{input}");
    }
}

/// What an application declares for a server answer: the error as a field.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Reply {
    error: ZimError,
    #[serde(default)]
    cause: Option<ZimError>,
    request_id: String,
}

#[test]
fn nested_in_a_user_struct() {
    let reply: Reply = serde_json::from_str(
        r#"{"request_id":"abc","error":{"code":"6000106","message":"token expired","ts":1}}"#,
    )
    .unwrap();
    assert_eq!(
        reply,
        Reply {
            error: ZimError::new(6000106, "token expired"),
            cause: None,
            request_id: "abc".into(),
        }
    );

    let reply: Reply =
        serde_json::from_str(r#"{"error":6000106,"cause":{"Code":6000104},"request_id":"r"}"#)
            .unwrap();
    assert_eq!(reply.error, ZimError::from(6000106));
    assert_eq!(reply.cause, Some(ZimError::from(6000104)));

    let text = serde_json::to_string(&reply).unwrap();
    assert_eq!(
        text,
        r#"{"error":{"code":6000106,"message":null},"cause":{"code":6000104,"message":null},"request_id":"r"}"#
    );
    assert_eq!(serde_json::from_str::<Reply>(&text).unwrap(), reply);
}

/// What an application declares for an SDK event: its own fields beside the error's.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Event {
    #[serde(flatten)]
    error: ZimError,
    timestamp: u64,
}

#[test]
fn flattened_into_a_user_struct() {
    for input in [
        r#"{"code":6000106,"message":"token expired","timestamp":1733046000000}"#,
        r#"{"timestamp":1733046000000,"code":"6000106","message":"token expired","seq":3}"#,
        r#"{"Code":6000106,"Message":"token expired","timestamp":1733046000000,"RequestId":"a"}"#,
    ] {
        let event: Event = serde_json::from_str(input).unwrap();
        assert_eq!(
            event,
            Event {
                error: ZimError::new(6000106, "token expired"),
                timestamp: 1733046000000,
            },
            "{input}"
        );
    }

    let event: Event = serde_json::from_str(r#"{"code":0,"timestamp":1}"#).unwrap();
    assert_eq!(event.error.into_result(), Ok(()));
}

#[test]
fn flattened_beside_a_catch_all_map() {
    #[derive(Debug, Deserialize)]
    struct Loose {
        #[serde(flatten)]
        error: ZimError,
        #[serde(flatten)]
        rest: BTreeMap<String, serde_json::Value>,
    }
    let loose: Loose =
        serde_json::from_str(r#"{"code":6000106,"message":"m","timestamp":1}"#).unwrap();
    assert_eq!(loose.error, ZimError::new(6000106, "m"));
    assert_eq!(loose.rest.get("timestamp"), Some(&json!(1)));
}

#[test]
fn a_flattened_error_serializes_with_or_without_a_message() {
    let event = Event {
        error: ZimError::new(6000106, "token expired"),
        timestamp: 1733046000000,
    };
    let text = serde_json::to_string(&event).unwrap();
    assert_eq!(
        text,
        r#"{"code":6000106,"message":"token expired","timestamp":1733046000000}"#
    );
    assert_eq!(serde_json::from_str::<Event>(&text).unwrap(), event);

    // A message-less error is the same map, so it flattens too.
    let bare = Event {
        error: ZimError::from(6000106),
        timestamp: 1,
    };
    let text = serde_json::to_string(&bare).unwrap();
    assert_eq!(text, r#"{"code":6000106,"message":null,"timestamp":1}"#);
    assert_eq!(serde_json::from_str::<Event>(&text).unwrap(), bare);
}

#[test]
fn errors_in_postcard_are_a_code_and_an_optional_message() {
    for err in [
        ZimError::from(0),
        ZimError::from(6000106),
        ZimError::new(6000106, "token expired"),
        ZimError::new(u32::MAX, "newer SDK"),
    ] {
        let bytes = postcard::to_allocvec(&err).unwrap();
        let expected = postcard::to_allocvec(&(err.code(), err.message())).unwrap();
        assert_eq!(bytes, expected, "{err:?}");
        assert_eq!(postcard::from_bytes::<ZimError>(&bytes).unwrap(), err);
    }
}

#[test]
fn structs_holding_errors_round_trip_in_postcard() {
    let reply = Reply {
        error: ZimError::new(6000106, "token expired"),
        cause: Some(ZimError::from(6000104)),
        request_id: "abc".into(),
    };
    let bytes = postcard::to_allocvec(&reply).unwrap();
    assert_eq!(postcard::from_bytes::<Reply>(&bytes).unwrap(), reply);
}

#[test]
fn code_enums_in_postcard_are_plain_u32() {
    for code in ZimCode::all() {
        let bytes = postcard::to_allocvec(&code).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(&code.code()).unwrap());
        assert_eq!(postcard::from_bytes::<ZimCode>(&bytes).unwrap(), code);
    }
    let unknown = postcard::to_allocvec(&6000105_u32).unwrap();
    assert!(postcard::from_bytes::<ZimCode>(&unknown).is_err());
}

#[test]
fn actions_are_their_keys() {
    assert_eq!(
        serde_json::to_string(&Action::RenewToken).unwrap(),
        r#""renew_token""#
    );
    for &action in Action::ALL {
        let text = serde_json::to_string(&action).unwrap();
        assert_eq!(text, format!("\"{}\"", action.key()));
        assert_eq!(serde_json::from_str::<Action>(&text).unwrap(), action);

        let bytes = postcard::to_allocvec(&action).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(action.key()).unwrap());
        assert_eq!(postcard::from_bytes::<Action>(&bytes).unwrap(), action);
    }
    assert_eq!(
        json_error::<Action>(r#""RenewToken""#),
        "invalid value: string \"RenewToken\", expected an action key, one of `none`, \
         `fix_request`, `renew_token`, `login`, `check_network`, `retry`, `wait`, \
         `inform_user`, `contact_support`, `sign_again` at line 1 column 12"
    );
    assert!(serde_json::from_str::<Action>("2").is_err());
}

#[test]
fn generated_categories_serialize_as_their_keys() {
    for &category in ZimCategory::all() {
        let text = serde_json::to_string(&category).unwrap();
        assert_eq!(text, format!("\"{}\"", category.key()));
        assert_eq!(
            serde_json::from_str::<ZimCategory>(&text).unwrap(),
            category
        );
        let bytes = postcard::to_allocvec(&category).unwrap();
        assert_eq!(
            postcard::from_bytes::<ZimCategory>(&bytes).unwrap(),
            category
        );
    }
    let server = zimerr::server::ServerCategory::ApiGateway;
    assert_eq!(serde_json::to_string(&server).unwrap(), "\"api_gateway\"");
    assert!(serde_json::from_str::<ZimCategory>("\"api_gateway\"").is_err());
}

#[test]
fn categories_are_their_keys_through_the_generated_code_helpers() {
    for &category in <ZimCategory as ErrorCategory>::all() {
        let mut text = Vec::new();
        zimerr::__private::serialize_category(
            category,
            &mut serde_json::Serializer::new(&mut text),
        )
        .unwrap();
        assert_eq!(text, format!("\"{}\"", category.key()).into_bytes());

        let mut de = serde_json::Deserializer::from_slice(&text);
        let back: ZimCategory = zimerr::__private::deserialize_category(&mut de).unwrap();
        assert_eq!(back, category);
    }

    let mut de = serde_json::Deserializer::from_str(r#""Login""#);
    let err = zimerr::__private::deserialize_category::<ZimCategory, _>(&mut de).unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with(
            "invalid value: string \"Login\", expected a category key of the catalog, \
             one of `general`, `login`, "
        ),
        "{message}"
    );
}
