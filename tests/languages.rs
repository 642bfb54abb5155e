//! A catalog with languages and Markdown texts (`tests/fixtures/vendor_languages.yaml`):
//! every language's text reads back as the YAML gives it, missing texts fall back to the
//! main language, and with `markdown: true` the plain accessors give readable text while
//! the `_markdown` ones give the text as written. The plain texts expected here are
//! written out by hand, not computed by the engine's converter.

zimerr::zim_errors!("tests/fixtures/vendor_languages.yaml", prefix = "Chat");

mod common;

use zimerr::ErrorCode;

// `ChatError` is the alias `zim_errors!` generates for `ChatCode`.

fn catalog() -> common::Catalog {
    common::read_catalog("tests/fixtures/vendor_languages.yaml")
}

/// The plain text of every Markdown text of the fixture, by hand.
fn plain(markdown: &str) -> String {
    let table = [
        (
            "The last request is **still running**.",
            "The last request is still running.",
        ),
        (
            "Wait for the previous callback before the next call, e.g. `markConversation`.",
            "Wait for the previous callback before the next call, e.g. markConversation.",
        ),
        ("上一个请求**仍在执行**。", "上一个请求仍在执行。"),
        (
            "等待上一个接口回调后再调用，例如 `markConversation`。",
            "等待上一个接口回调后再调用，例如 markConversation。",
        ),
        (
            "前のリクエストが**まだ実行中**です。",
            "前のリクエストがまだ実行中です。",
        ),
        (
            "Invalid parameter: see [the API reference](https://trtc.io/document/34348) and *check* the error text.",
            "Invalid parameter: see the API reference (https://trtc.io/document/34348) and check the error text.",
        ),
        (
            "If unresolved, [submit a ticket](https://console.tencentcloud.com/workorder) with the logs.",
            "If unresolved, submit a ticket (https://console.tencentcloud.com/workorder) with the logs.",
        ),
        (
            "参数无效：请查看[接口文档](https://trtc.io/document/34348)并*检查*错误信息。",
            "参数无效：请查看接口文档 (https://trtc.io/document/34348)并检查错误信息。",
        ),
        (
            "仍无法解决请[提交工单](https://console.tencentcloud.com/workorder)并附上日志。",
            "仍无法解决请提交工单 (https://console.tencentcloud.com/workorder)并附上日志。",
        ),
    ];
    table
        .iter()
        .find(|(m, _)| *m == markdown)
        .map_or(markdown, |(_, p)| p)
        .to_owned()
}

#[test]
fn every_language_reads_back_with_fallback_to_the_main_one() {
    let catalog = catalog();
    assert_eq!(ChatCode::LANGUAGE, "en");
    assert_eq!(ChatCode::LANGUAGES, ["en", "zh", "ja", "zh-Hant"]);
    assert_eq!(<ChatCode as ErrorCode>::LANGUAGES, ChatCode::LANGUAGES);
    assert_eq!(catalog.languages, ["zh", "ja", "zh-Hant"]);
    assert!(catalog.markdown);
    assert_eq!(ChatCode::all().len(), catalog.codes.len());
    for (c, entry) in ChatCode::all().zip(&catalog.codes) {
        assert_eq!(c.code(), entry.code);
        assert_eq!(c.description(), plain(&entry.description), "{}", entry.name);
        assert_eq!(
            c.description_markdown(),
            entry.description,
            "{}",
            entry.name
        );
        assert_eq!(
            c.solution().map(str::to_owned),
            entry.solution.as_deref().map(plain)
        );
        assert_eq!(c.solution_markdown(), entry.solution.as_deref());
        for language in ["en", "zh", "ja", "zh-Hant", "ko"] {
            let own = entry.text_in(language);
            let description = own.map_or(plain(&entry.description), |t| plain(&t.description));
            assert_eq!(
                c.description_in(language),
                description,
                "{} {language}",
                entry.name
            );
            let solution = own
                .and_then(|t| t.solution.as_deref())
                .or(entry.solution.as_deref())
                .map(plain);
            assert_eq!(
                c.solution_in(language),
                solution.as_deref(),
                "{} {language}",
                entry.name
            );
            // The trait and the error value agree with the inherent method.
            assert_eq!(ErrorCode::description_in(c, language), description);
            let err = ChatError::from(c);
            assert_eq!(err.description_in(language), Some(description.as_str()));
            assert_eq!(err.solution_in(language), solution.as_deref());
        }
        assert_eq!(
            c.description_zh(),
            entry
                .text_in("zh")
                .map(|t| plain(&t.description))
                .as_deref()
        );
    }
}

#[test]
fn tags_match_case_insensitively_and_fall_back_from_the_right() {
    let c = ChatCode::UserSigExpired;
    assert_eq!(c.description_in("zh-Hans-CN"), "UserSig 已过期。");
    assert_eq!(c.description_in("ZH_cn"), "UserSig 已过期。");
    assert_eq!(
        c.description_in("ja-JP"),
        "UserSig の有効期限が切れています。"
    );
    assert_eq!(c.description_in("en-GB"), "UserSig has expired.");
    assert_eq!(c.description_in(""), "UserSig has expired.");
    // `zh-Hant` is listed: its own text where it has one, else the main language (not
    // the simplified Chinese text: a listed language falls back to the main one). A
    // Chinese tag the catalog lacks finds a listed Chinese one by its leading `zh`.
    assert_eq!(
        ChatCode::InvalidParameter.description_in("zh-Hant-TW"),
        "參數無效。"
    );
    assert_eq!(c.description_in("zh-Hant"), "UserSig has expired.");
    assert_eq!(c.description_in("zh-SG"), "UserSig 已过期。");
    // A language with a description but no solution: the main language's solution.
    assert_eq!(
        ChatCode::OperationInProgress.solution_in("ja"),
        ChatCode::OperationInProgress.solution()
    );
    assert_eq!(ChatError::from(99_999).description_in("zh"), None);
}

#[test]
fn markdown_outside_the_subset_stays_text() {
    let c = ChatCode::InvalidUserId;
    // Nothing in it is the subset: the plain text is the text as written.
    assert_eq!(c.description(), c.description_markdown());
    assert!(c.description().contains("[x] is not a link"));
    assert!(c.description().contains("<b>this</b>"));
    assert!(c.description().contains("[a broken](https://trtc.io link"));
    // `Display` shows the plain text.
    assert_eq!(
        ChatCode::InvalidParameter.to_string(),
        "6017: Invalid parameter: see the API reference (https://trtc.io/document/34348) and check the error text."
    );
}

/// A catalog with neither feature generates none of their items: the trait's defaults
/// answer (checked by name resolution: the inherent items would shadow them).
#[test]
fn a_catalog_without_the_features_uses_the_defaults() {
    use zimerr::server::ServerCode;
    let code = ServerCode::all().next().expect("a code");
    assert_eq!(<ServerCode as ErrorCode>::LANGUAGE, "en");
    assert_eq!(<ServerCode as ErrorCode>::LANGUAGES, ["en"]);
    assert_eq!(code.description_in("zh"), code.description());
    assert_eq!(code.description_markdown(), code.description());
    assert_eq!(code.solution_markdown(), code.solution());
}

/// The CLI matches `--lang` with the engine's `Catalog::language_index`, the generated
/// code with the runtime's `language_index`: the two give the same answer for every tag.
#[test]
fn the_engine_and_the_runtime_match_tags_alike() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/vendor_languages.yaml"
    ))
    .unwrap();
    for main in ["en", "zh-Hans"] {
        let text = text.replacen("\nlanguage: en\n", &format!("\nlanguage: {main}\n"), 1);
        let catalog = zimerr_catalog::check(&zimerr_catalog::SourceText::from_text(
            "vendor_languages.yaml",
            text,
        ))
        .unwrap();
        assert_eq!(catalog.language(), main);
        let others: Vec<&str> = catalog.languages().iter().map(String::as_str).collect();
        for tag in [
            "",
            " ",
            "en",
            "EN-us",
            "zh",
            "zh-CN",
            "zh_Hans_CN",
            "zh-Hant",
            "zh-hant-TW",
            "ja",
            "ja-JP",
            "jp",
            "ko",
            "z",
            "zh-",
            "-",
            "_",
            "日本語",
            "zh-Hant-x-private",
            "zh-Hans",
        ] {
            assert_eq!(
                catalog.language_index(tag).flatten(),
                zimerr::__private::language_index(tag, main, &others),
                "{tag:?} with main language {main}"
            );
        }
    }
}
