// The large-catalog options in a crate with strict lints: what they keep still works
// (lookups, every text at run time, the checked-literal macro, the constants with their
// brief docs), and no lint fires on what they leave out (`missing_docs` does fire on
// macro output, so every item keeps a doc).
#![forbid(missing_docs, unused_qualifications, rust_2018_idioms)]
#![deny(warnings)]

//! The large-catalog options.

/// Brief docs and no doc aliases; the constants kept.
pub mod trimmed {
    zimerr::zim_errors!(
        "tests/ui/pass/custom_catalog.yaml",
        prefix = "Shop",
        category_enum = "ShopArea",
        code_macro = "shop_code",
        doc_aliases = false,
        docs = "brief",
    );
}

/// No constants module at all, and every other option.
pub mod lean {
    zimerr::zim_errors!(
        "tests/ui/pass/custom_catalog.yaml",
        prefix = "Lean",
        category_enum = "LeanArea",
        code_macro = "lean_code",
        constants = false,
        doc_aliases = false,
        docs = "brief",
    );

    /// The checked literal works without the constants.
    pub const DECLINED: LeanCode = lean_code!(1001);
}

/// The defaults, written out.
pub mod full {
    zimerr::zim_errors!(
        "tests/ui/pass/custom_catalog.yaml",
        prefix = "Full",
        category_enum = "FullArea",
        doc_aliases = true,
        constants = true,
        docs = "full",
    );
}

fn main() {
    use trimmed::{ShopCode, shop_codes};
    assert_eq!(ShopCode::from_code(1001), Some(trimmed::shop_code!(1001)));
    assert_eq!(ShopCode::from_code(shop_codes::CARD_DECLINED), Some(ShopCode::CardDeclined));
    assert_eq!("CardDeclined".parse::<ShopCode>(), Ok(ShopCode::CardDeclined));
    // The texts the brief docs leave out are still there at run time.
    assert_eq!(
        ShopCode::CardDeclined.solution(),
        Some("Ask the customer for another card.")
    );
    assert_eq!(ShopCode::Internal.sdk_name(), Some("ShopErrorInternal"));
    assert_eq!(ShopCode::Internal.description_zh(), Some("内部错误。"));
    assert_eq!(ShopCode::all().len(), full::FullCode::all().len());
    let error = trimmed::ShopError::new(1001, "declined");
    assert_eq!(error.kind(), Some(ShopCode::CardDeclined));

    assert_eq!(lean::DECLINED.code(), 1001);
    assert_eq!(lean::LeanCode::from_code(1), Some(lean::LeanCode::Internal));
    assert_eq!(lean::LeanCode::Internal.category(), lean::LeanArea::General);
    assert_eq!(full::full_codes::CARD_DECLINED, 1001);
}
