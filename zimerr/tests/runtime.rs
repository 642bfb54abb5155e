//! The runtime error value: lossless codes, lookups, `check`, `Display`.

use zimerr::server::ServerError;
use zimerr::{Action, ErrorCode, ZimCategory, ZimCode, ZimError};

#[test]
fn every_catalog_code_round_trips_through_zim_error() {
    for code in ZimCode::all() {
        let err = ZimError::from(code.code());
        assert_eq!(err.code(), code.code());
        assert_eq!(err.kind(), Some(code));
        assert_eq!(ZimError::from(code), err);
        assert_eq!(err.category(), Some(code.category()));
        assert_eq!(err.action(), Some(code.action()));
        assert_eq!(err.is_retryable(), code.is_retryable());
        assert_eq!(err.description(), Some(code.description()));
        assert_eq!(err.solution(), code.solution());
        assert_eq!(
            err.to_string(),
            format!("{}: {}", code.code(), code.description())
        );
    }
}

#[test]
fn unknown_codes_keep_their_number() {
    let samples = (0..50_000u32)
        .chain(5_990_000..6_010_000)
        .chain((0..=u32::MAX).step_by(65_537))
        .chain([u32::MAX, u32::MAX - 1]);
    for n in samples {
        let err = ZimError::from(n);
        assert_eq!(err.code(), n);
        assert_eq!(err.kind(), ZimCode::from_code(n));
        if err.kind().is_none() {
            assert_eq!(
                (err.action(), err.is_retryable(), err.description()),
                (None, false, None)
            );
        }
    }
}

#[test]
fn check_accepts_only_success() {
    assert_eq!(zimerr::check(0), Ok(()));
    for n in [1, 6000001, 6000106, 6000105, u32::MAX] {
        assert_eq!(zimerr::check(n).unwrap_err().code(), n);
    }
}

#[test]
fn display_of_known_unknown_and_with_message() {
    assert_eq!(
        ZimError::from(6000106).to_string(),
        "6000106: Token has expired."
    );
    assert_eq!(
        ZimError::new(6000106, "expired at 12:00").to_string(),
        "6000106: Token has expired. (SDK message: expired at 12:00)"
    );
    assert_eq!(
        ZimError::from(6000105).to_string(),
        "6000105: unknown error code (in the range of Login errors)"
    );
    assert_eq!(ZimError::from(42).to_string(), "42: unknown error code");
    assert_eq!(
        ZimError::new(42, String::from("boom")).to_string(),
        "42: unknown error code (SDK message: boom)"
    );
}

#[test]
fn messages_empty_means_none() {
    assert_eq!(ZimError::new(1, "").message(), None);
    assert_eq!(ZimError::new(1, String::new()).message(), None);
    assert_eq!(ZimError::new(1, Some("x")).message(), Some("x"));
    assert_eq!(ZimError::new(1, None::<&'static str>).message(), None);
    assert_ne!(ZimError::new(1, "a"), ZimError::new(1, "b"));
    assert_eq!(ZimError::new(1, "a").clone(), ZimError::new(1, "a"));
}

#[test]
fn debug_names_the_kind() {
    let debug = format!("{:?}", ZimError::new(6000106, "m"));
    assert_eq!(
        debug,
        r#"Error { code: 6000106, kind: Some(TokenExpired), message: Some("m") }"#
    );
}

#[test]
fn categories_of_unknown_codes_use_ranges() {
    assert_eq!(ZimError::from(6000199).category(), Some(ZimCategory::Login));
    assert_eq!(
        ZimError::from(6000450).category(),
        Some(ZimCategory::OfflineNotification)
    );
    assert_eq!(ZimError::from(9_000_000).category(), None);
}

#[test]
fn errors_are_std_errors() {
    fn takes(_: &dyn std::error::Error) {}
    takes(&ZimError::from(1));
    takes(&ZimCode::TokenExpired);
    takes(&ZimCode::try_from(5).unwrap_err());
    let boxed: Box<dyn std::error::Error + Send + Sync> =
        Box::new(ZimError::new(1, String::from("x")));
    assert_eq!(
        boxed.to_string(),
        "1: Request execution failed. (SDK message: x)"
    );
}

#[test]
fn actions_parse_from_their_keys() {
    for &action in Action::ALL {
        assert_eq!(action.key().parse::<Action>(), Ok(action));
        assert_eq!(action.to_string(), action.description());
    }
    assert!("nope".parse::<Action>().is_err());
}

/// One rule for every `Display`: text for people; the machine form is an accessor.
#[test]
fn display_is_for_people_and_the_machine_form_is_an_accessor() {
    use zimerr::server::{ServerCategory, ServerCode};
    use zimerr::{ParseActionError, ParseCodeError, UnknownCodeError};

    // Action: the description, never the key.
    assert_eq!(Action::RenewToken.to_string(), "renew the token");
    assert_eq!(Action::RenewToken.key(), "renew_token");
    for &action in Action::ALL {
        assert_ne!(action.to_string(), action.key(), "{action:?}");
    }
    // Categories: the title; the key is `key()`.
    assert_eq!(ZimCategory::Login.to_string(), "Login errors");
    assert_eq!(ZimCategory::Login.key(), "login");
    for &category in ServerCategory::all() {
        assert_eq!(category.to_string(), category.title());
    }
    // Codes: number and description; the number is `code()`, the name `name()`.
    assert_eq!(
        ZimCode::TokenExpired.to_string(),
        "6000106: Token has expired."
    );
    assert_eq!(
        ServerCode::SignatureExpired.to_string(),
        "100000004: Signature expired."
    );
    // An error of a known code without a message displays as its code.
    for code in ZimCode::all() {
        assert_eq!(ZimError::from(code).to_string(), code.to_string());
    }
    for code in ServerCode::all() {
        assert_eq!(ServerError::from(code).to_string(), code.to_string());
    }
    // Errors: lowercase, no trailing period, the input in backticks.
    let unknown: UnknownCodeError = ZimCode::try_from(6000105).unwrap_err();
    assert_eq!(unknown.to_string(), "unknown error code `6000105`");
    assert_eq!(unknown.code(), 6000105);
    let parse: ParseCodeError = "6000105".parse::<ZimCode>().unwrap_err();
    assert_eq!(parse.to_string(), "unknown error code `6000105`");
    assert_eq!(
        "Nope".parse::<ZimCode>().unwrap_err().to_string(),
        "not an error code name or number"
    );
    let action: ParseActionError = "Retry".parse::<Action>().unwrap_err();
    assert!(
        action
            .to_string()
            .starts_with("unknown action; expected one of `none`, `fix_request`"),
        "{action}"
    );
    for text in [unknown.to_string(), parse.to_string(), action.to_string()] {
        assert!(text.starts_with(char::is_lowercase) && !text.ends_with('.'));
    }
}

/// No action text names a vendor: the runtime serves every catalog.
#[test]
fn action_texts_are_vendor_neutral() {
    for &action in Action::ALL {
        for text in [action.description(), &action.to_string()] {
            let lower = text.to_lowercase();
            for vendor in ["zegocloud", "zego", "zim", "tencent", "agora"] {
                assert!(!lower.contains(vendor), "{action:?}: {text}");
            }
        }
    }
    assert_eq!(
        Action::ContactSupport.description(),
        "upload the logs and contact the vendor's technical support"
    );
}

#[test]
fn into_parts_is_the_twin_of_new() {
    let err = ServerError::new(7, "rate limited");
    let (code, message) = err.clone().into_parts();
    assert_eq!((code, message.as_str()), (7, Some("rate limited")));
    assert_eq!(ServerError::new(code, message), err);
    let (code, message) = ZimError::from_parts(6000106, "x").into_parts();
    assert_eq!((code, message.as_str()), (6000106, Some("x")));
}

/// `Error<C>` carries no bound: generic code names `ErrorCode` only where it asks the
/// catalog something.
#[test]
fn the_error_type_needs_no_bound_to_be_held() {
    struct Holder<C>(zimerr::Error<C>);
    fn code_of<C>(holder: &Holder<C>) -> u32 {
        holder.0.code()
    }
    fn same<C>(a: &zimerr::Error<C>, b: &zimerr::Error<C>) -> bool {
        a == b
    }
    let held = Holder(ZimError::new(6000106, "x"));
    assert_eq!(code_of(&held), 6000106);
    assert!(same(&held.0, &held.0.clone()));
}

#[test]
fn trait_and_inherent_agree() {
    assert!(<ZimCode as ErrorCode>::all().eq(ZimCode::all()));
    for code in <ZimCode as ErrorCode>::all() {
        assert_eq!(ErrorCode::name(code), code.name());
        assert_eq!(<ZimCode as ErrorCode>::from_code(code.code()), Some(code));
        assert_eq!(ErrorCode::category(code), code.category());
    }
}

#[test]
fn display_does_not_repeat_a_message_equal_to_the_description() {
    let description = "The number of requests per second exceeds the system setting value.";
    for message in [
        description,
        "The number of requests per second exceeds the system setting value",
        "the number of requests per second exceeds the system setting value!  ",
        "  THE NUMBER OF REQUESTS PER SECOND EXCEEDS THE SYSTEM SETTING VALUE.",
    ] {
        assert_eq!(
            ServerError::new(7, message).to_string(),
            format!("7: {description}"),
            "{message:?}"
        );
    }
    // A message that says more, or something else, is kept.
    assert_eq!(
        ServerError::new(7, "The number of requests per second exceeds 100").to_string(),
        format!("7: {description} (server message: The number of requests per second exceeds 100)")
    );
    assert_eq!(
        ZimError::new(6000106, "token expired").to_string(),
        "6000106: Token has expired. (SDK message: token expired)"
    );
    // An unknown code has no description to repeat.
    assert_eq!(
        ServerError::new(660000099, "unknown error code").to_string(),
        "660000099: unknown error code (in the range of ZIM service return codes) (server message: unknown error code)"
    );
}

#[test]
fn catalog_text_is_reachable_without_kind() {
    let err = ServerError::from(100000005);
    assert_eq!(err.name(), Some("InvalidSignature"));
    assert_eq!(err.reason(), None);
    assert!(err.errata().is_some_and(|e| e.contains("100000004")));
    assert_eq!(ServerError::from(1).reason(), Some("Server busy."));
    let client = ZimError::from(6000106);
    assert_eq!(
        client.sdk_name(),
        Some("ZIMErrorCodeNetworkModuleTokenExpired")
    );
    let unknown = ZimError::from(6000199);
    assert_eq!(
        (
            unknown.name(),
            unknown.sdk_name(),
            unknown.reason(),
            unknown.errata(),
            unknown.help()
        ),
        (None, None, None, None, None)
    );
    // `cause` stays std's (deprecated, the source error); the catalog's cause is `reason`.
    #[allow(deprecated)]
    let source = std::error::Error::cause(&err);
    assert!(source.is_none());
}
