// A valid custom catalog with every option set, through a re-export of the runtime
// crate; the generated items behave as the catalog says.
mod runtime {
    pub use zimerr::*;
}

zimerr::zim_errors!(
    "tests/ui/pass/custom_catalog.yaml",
    code_enum = "ShopCode",
    category_enum = "ShopArea",
    codes_module = "shop_codes",
    code_macro = "shop_code",
    crate = "crate::runtime",
);

mod elsewhere {
    use super::ShopCode;

    /// The code macro is usable crate-wide by path, where the enum is in scope.
    pub(crate) const DECLINED: ShopCode = crate::shop_code!(1001);
}

fn main() {
    use zimerr::{Action, ErrorCategory, ErrorCode};

    // The code enum: discriminants, names, texts and the optional fields.
    assert_eq!(ShopCode::all().len(), 4);
    assert_eq!(ShopCode::CardDeclined as u32, 1001);
    assert_eq!(ShopCode::from_code(1201), Some(ShopCode::GatewayTimeout));
    assert_eq!(ShopCode::from_code(1002), None);
    assert_eq!(ShopCode::CardDeclined.name(), "CardDeclined");
    assert_eq!(
        ShopCode::CardDeclined.description(),
        "The card was declined."
    );
    assert_eq!(
        ShopCode::CardDeclined.solution(),
        Some("Ask the customer for another card.")
    );
    assert_eq!(ShopCode::GatewayTimeout.solution(), None);
    assert_eq!(ShopCode::CardDeclined.action(), Action::InformUser);
    assert!(ShopCode::GatewayTimeout.is_retryable());
    assert!(ShopCode::Ok.is_success());
    assert!(!ShopCode::Internal.is_success());
    assert_eq!(ShopCode::Internal.sdk_name(), Some("ShopErrorInternal"));
    assert_eq!(ShopCode::Internal.description_zh(), Some("内部错误。"));
    assert_eq!(ShopCode::Internal.solution_zh(), Some("请联系技术支持。"));
    assert_eq!(
        ShopCode::GatewayTimeout.errata(),
        Some("Called \"gateway timed out\" in older docs.")
    );
    assert_eq!(
        ShopCode::CardDeclined.to_string(),
        "1001: The card was declined."
    );
    assert_eq!(format!("{:?}", ShopCode::CardDeclined), "CardDeclined");
    assert_eq!(
        "GatewayTimeout".parse::<ShopCode>(),
        Ok(ShopCode::GatewayTimeout)
    );
    assert_eq!("1001".parse::<ShopCode>(), Ok(ShopCode::CardDeclined));
    assert_eq!(ShopCode::try_from(7).map_err(|e| e.code()), Err(7));

    // The category enum, including the placement of codes the catalog does not know.
    assert_eq!(ShopCode::GatewayTimeout.category(), ShopArea::Payment);
    assert_eq!(ShopArea::Payment.key(), "payment");
    assert_eq!(ShopArea::Payment.title(), "Payment errors");
    assert_eq!(ShopArea::General.note(), Some("Code 0 is success."));
    assert_eq!(ShopArea::Payment.ranges(), &[1000..=1099, 1200..=1299]);
    assert_eq!(ShopArea::of_code(1250), Some(ShopArea::Payment));
    assert_eq!(ShopArea::of_code(1150), None);
    assert_eq!(
        ShopArea::Payment.codes().collect::<Vec<_>>(),
        [ShopCode::CardDeclined, ShopCode::GatewayTimeout]
    );

    // The code macro, in a const, in a pattern and through a path.
    const TIMEOUT: ShopCode = shop_code!(1201);
    assert_eq!(TIMEOUT, ShopCode::GatewayTimeout);
    assert!(matches!(ShopCode::from_code(0), Some(shop_code!(0))));
    assert_eq!(elsewhere::DECLINED, ShopCode::CardDeclined);

    // The constants module.
    assert_eq!(shop_codes::CARD_DECLINED, 1001);
    assert_eq!(shop_codes::GATEWAY_TIMEOUT, 1201);

    // The runtime traits and the generic error value.
    assert_eq!(<ShopCode as ErrorCode>::all().len(), 4);
    assert!(ShopCode::all().eq(<ShopCode as ErrorCode>::all()));
    assert_eq!(<ShopArea as ErrorCategory>::all().len(), 2);
    assert_eq!(<ShopCode as ::zimerr::ErrorCode>::Category::of_code(1299), Some(ShopArea::Payment));
    let err = zimerr::Error::<ShopCode>::new(1001, "card 4242 declined");
    assert_eq!(err.kind(), Some(ShopCode::CardDeclined));
    assert_eq!(err.action(), Some(Action::InformUser));
    assert_eq!(err.category(), Some(ShopArea::Payment));
    assert!(zimerr::Error::<ShopCode>::check(0).is_ok());
    assert!(zimerr::Error::<ShopCode>::check(1201).is_err_and(|e| e.is_retryable()));
}
