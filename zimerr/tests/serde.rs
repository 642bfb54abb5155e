//! The serde wire form: codes as numbers, errors as a number or `{code, message}`;
//! unknown codes round-trip. Real-shaped events and the binary form are in
//! `serde_events.rs`, property tests in `serde_props.rs`.
#![cfg(feature = "serde")]

use serde_json::json;
use zimerr::{ZimCode, ZimError};

#[test]
fn codes_serialize_as_numbers_and_round_trip() {
    for code in ZimCode::all() {
        let value = serde_json::to_value(code).unwrap();
        assert_eq!(value, json!(code.code()));
        assert_eq!(serde_json::from_value::<ZimCode>(value).unwrap(), code);
    }
}

#[test]
fn codes_deserialize_from_names_and_numeric_strings() {
    let from_name: ZimCode = serde_json::from_str(r#""TokenExpired""#).unwrap();
    let from_text: ZimCode = serde_json::from_str(r#""6000106""#).unwrap();
    assert_eq!(from_name, ZimCode::TokenExpired);
    assert_eq!(from_text, ZimCode::TokenExpired);
}

#[test]
fn unknown_or_invalid_codes_are_rejected_for_the_enum() {
    for input in [
        "6000105",
        "-1",
        "4294967296",
        r#""NoSuchName""#,
        "1.5",
        "null",
    ] {
        assert!(serde_json::from_str::<ZimCode>(input).is_err(), "{input}");
    }
}

#[test]
fn errors_without_message_are_maps_with_a_null_message() {
    let err = ZimError::from(6000106);
    let value = serde_json::to_value(&err).unwrap();
    assert_eq!(value, json!({"code": 6000106, "message": null}));
    assert_eq!(serde_json::from_value::<ZimError>(value).unwrap(), err);
    // A bare number is still read.
    assert_eq!(
        serde_json::from_value::<ZimError>(json!(6000106)).unwrap(),
        err
    );
}

#[test]
fn errors_with_message_are_maps() {
    let err = ZimError::new(6000106, "token expired");
    let value = serde_json::to_value(&err).unwrap();
    assert_eq!(value, json!({"code": 6000106, "message": "token expired"}));
    assert_eq!(serde_json::from_value::<ZimError>(value).unwrap(), err);
}

#[test]
fn unknown_codes_round_trip_losslessly() {
    for code in [2, 6000105, 6999999, 7_000_000, u32::MAX] {
        for err in [ZimError::from(code), ZimError::new(code, "newer SDK")] {
            let text = serde_json::to_string(&err).unwrap();
            let back: ZimError = serde_json::from_str(&text).unwrap();
            assert_eq!(back, err, "{text}");
            assert_eq!(back.kind(), None);
        }
    }
}

#[test]
fn error_maps_accept_a_missing_or_null_message_and_reject_junk() {
    let bare: ZimError = serde_json::from_str(r#"{"code": 1}"#).unwrap();
    assert_eq!(bare, ZimError::from(1));
    let null: ZimError = serde_json::from_str(r#"{"code": 1, "message": null}"#).unwrap();
    assert_eq!(null.message(), None);
    for input in [
        r#"{"message": "x"}"#,
        r#"{"code": 1, "code": 2}"#,
        "-5",
        r#""junk""#,
    ] {
        assert!(serde_json::from_str::<ZimError>(input).is_err(), "{input}");
    }
}

#[test]
fn error_maps_ignore_other_fields_and_accept_string_codes() {
    // Real events carry more than code and message (tests/serde_events.rs has more).
    let extra: ZimError = serde_json::from_str(r#"{"code": 1, "extra": 2}"#).unwrap();
    assert_eq!(extra, ZimError::from(1));
    let text: ZimError = serde_json::from_str(r#""6000106""#).unwrap();
    assert_eq!(text, ZimError::from(6000106));
}
