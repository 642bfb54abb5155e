//! The walkthrough "Another vendor's codes" of docs/catalog.md, compiled and run: its
//! catalog is `tests/fixtures/walkthrough_chat.yaml` (the test checks the document shows
//! that file exactly) and its Rust example is the body of `the_example_runs`.

zimerr::zim_errors!("tests/fixtures/walkthrough_chat.yaml", prefix = "Chat");

#[test]
fn the_document_shows_the_fixture() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/catalog.md")).unwrap();
    let section = &doc[doc.find("## Another vendor's codes").unwrap()..];
    let yaml = section
        .split("```yaml\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let fixture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/walkthrough_chat.yaml"
    ))
    .unwrap();
    assert_eq!(yaml, fixture);
}

#[test]
fn the_example_runs() {
    let err: zimerr::Error<ChatCode> = ChatCode::UserSigExpired.into();
    // The user's locale, as the application gets it: matched as a BCP 47 tag.
    assert_eq!(err.description_in("zh-Hans-CN"), Some("UserSig 已过期。"));
    // A language the catalog does not have: the main one.
    assert_eq!(err.description_in("fr"), Some("UserSig has expired."));
    // Markdown links read as text in plain output; the text as written stays available.
    assert_eq!(
        ChatCode::InvalidParameter.description(),
        "Invalid parameter; see the API reference (https://trtc.io/document/34348)."
    );
    assert!(
        ChatCode::InvalidParameter
            .description_markdown()
            .contains("](")
    );
}

#[test]
fn the_catalog_s_own_helpers_and_wire_names_work() {
    // Step 3: the generated alias checks numbers against this catalog.
    assert!(ChatError::check(70001).is_err());
    let err = ChatError::check_with(70001, "UserSig is expired").unwrap_err();
    assert_eq!(err.kind(), Some(ChatCode::UserSigExpired));
    assert_eq!(
        err.to_string(),
        "70001: UserSig has expired. (message: UserSig is expired)"
    );
    let _: ChatResult<()> = Err(err);
}

#[test]
fn their_json_decodes() {
    // Step 2: a REST answer, and a webhook's field declared in `wire`.
    let rest = r#"{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"UserSig is expired"}"#;
    let err: ChatError = serde_json::from_str(rest).unwrap();
    assert_eq!(
        (err.code(), err.message()),
        (70001, Some("UserSig is expired"))
    );
    let hook: ChatError = serde_json::from_str(r#"{"SendMsgResult":"6017"}"#).unwrap();
    assert_eq!(hook.kind(), Some(ChatCode::InvalidParameter));
}
