//! Property tests of the serde round trips: any `u32` code with any message, in JSON (a
//! self-describing, human-readable format) and postcard (a binary one without
//! `deserialize_any`); the actions and categories; and garbage input that must fail
//! without panicking.

use proptest::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::json;
use zimerr::{Action, ErrorCategory, ZimCategory, ZimCode, ZimError};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Tagged {
    category: ZimCategory,
    action: Action,
}

/// A record with fields on both sides of the error, so a binary decoder that reads too
/// much or too little of it shows up as a mismatch.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Envelope {
    before: u64,
    error: ZimError,
    after: String,
}

/// Messages with the characters that need escaping in JSON and multi-byte ones.
fn message() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(any::<String>())
}

fn error() -> impl Strategy<Value = ZimError> {
    (any::<u32>(), message())
        .prop_map(|(code, message)| ZimError::new(code, message.unwrap_or_default()))
}

/// Keys that are not `code`, `Code`, `message` or `Message`.
fn other_key() -> impl Strategy<Value = String> {
    "[a-zA-Z_]{1,12}".prop_filter("not a field of the error", |key| {
        !matches!(key.as_str(), "code" | "Code" | "message" | "Message")
    })
}

proptest! {
    #[test]
    fn errors_round_trip_in_json(err in error()) {
        let text = serde_json::to_string(&err).unwrap();
        prop_assert_eq!(serde_json::from_str::<ZimError>(&text).unwrap(), err);
    }

    #[test]
    fn errors_round_trip_in_postcard(err in error()) {
        let bytes = postcard::to_allocvec(&err).unwrap();
        prop_assert_eq!(postcard::from_bytes::<ZimError>(&bytes).unwrap(), err);
    }

    #[test]
    fn errors_inside_records_round_trip(before: u64, err in error(), after: String) {
        let envelope = Envelope { before, error: err, after };
        let bytes = postcard::to_allocvec(&envelope).unwrap();
        prop_assert_eq!(&postcard::from_bytes::<Envelope>(&bytes).unwrap(), &envelope);
        let text = serde_json::to_string(&envelope).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Envelope>(&text).unwrap(), &envelope);
    }

    #[test]
    fn events_read_the_same_whatever_else_they_carry(
        code: u32,
        message in message(),
        code_as_string: bool,
        capitalized: bool,
        extra in proptest::collection::btree_map(other_key(), any::<i64>(), 0..6),
    ) {
        let mut event = serde_json::Map::new();
        for (key, value) in extra {
            event.insert(key, json!(value));
        }
        let (code_key, message_key) = if capitalized { ("Code", "Message") } else { ("code", "message") };
        let code_value = if code_as_string { json!(code.to_string()) } else { json!(code) };
        event.insert(code_key.into(), code_value);
        event.insert(message_key.into(), json!(message));
        let text = serde_json::to_string(&event).unwrap();

        let err: ZimError = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(err, ZimError::new(code, message.unwrap_or_default()));
    }

    #[test]
    fn codes_out_of_range_are_rejected(code in (u64::from(u32::MAX) + 1)..=u64::MAX, negative in i64::MIN..0) {
        for text in [
            code.to_string(),
            format!(r#"{{"code":{code}}}"#),
            format!(r#"{{"code":"{code}"}}"#),
            negative.to_string(),
            format!(r#"{{"code":{negative}}}"#),
        ] {
            prop_assert!(serde_json::from_str::<ZimError>(&text).is_err(), "{}", text);
        }
    }

    #[test]
    fn garbage_bytes_fail_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        // Only the absence of a panic is asserted; some byte strings are valid.
        let _ = postcard::from_bytes::<ZimError>(&bytes);
        let _ = postcard::from_bytes::<Envelope>(&bytes);
        let _ = postcard::from_bytes::<Tagged>(&bytes);
        let _ = serde_json::from_slice::<ZimError>(&bytes);
    }

    #[test]
    fn known_codes_round_trip(code in proptest::sample::select(ZimCode::all().collect::<Vec<_>>())) {
        let text = serde_json::to_string(&code).unwrap();
        prop_assert_eq!(serde_json::from_str::<ZimCode>(&text).unwrap(), code);
        let name = serde_json::to_string(code.name()).unwrap();
        prop_assert_eq!(serde_json::from_str::<ZimCode>(&name).unwrap(), code);
        let bytes = postcard::to_allocvec(&code).unwrap();
        prop_assert_eq!(postcard::from_bytes::<ZimCode>(&bytes).unwrap(), code);
    }

    #[test]
    fn actions_and_categories_round_trip(
        category in proptest::sample::select(<ZimCategory as ErrorCategory>::all()),
        action in proptest::sample::select(Action::ALL),
    ) {
        let tagged = Tagged { category, action };
        let text = serde_json::to_string(&tagged).unwrap();
        prop_assert_eq!(
            serde_json::from_str::<serde_json::Value>(&text).unwrap(),
            json!({"category": category.key(), "action": action.key()})
        );
        prop_assert_eq!(&serde_json::from_str::<Tagged>(&text).unwrap(), &tagged);
        let bytes = postcard::to_allocvec(&tagged).unwrap();
        prop_assert_eq!(&postcard::from_bytes::<Tagged>(&bytes).unwrap(), &tagged);
    }
}
