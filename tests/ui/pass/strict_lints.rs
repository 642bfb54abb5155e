// A crate that forbids the lints strict crates forbid still expands catalogs: the
// generated code carries no `#[allow]` that a `forbid` would overrule (E0453), and none
// of these lints fires on it. The checked-literal macro (crate-local and exported) is
// included, since it expands to a `use` of its own.
#![forbid(unsafe_code, unused_doc_comments, unused_imports, unused_qualifications)]
#![forbid(missing_docs, missing_debug_implementations, rust_2018_idioms)]
#![deny(warnings)]

//! Strict lints around `zim_errors!`.

/// A catalog of the crate's own.
pub mod errors {
    zimerr::zim_errors!(
        "tests/ui/pass/custom_catalog.yaml",
        code_enum = "ShopCode",
        category_enum = "ShopArea",
        code_macro = "shop_code",
        code_macro_export = "errors",
    );
}

/// A second one, with a crate-local code macro.
pub mod local {
    zimerr::zim_errors!(
        "tests/ui/pass/custom_catalog.yaml",
        code_enum = "LocalCode",
        category_enum = "LocalArea",
        codes_module = "local_codes",
        code_macro = "local_code",
    );

    /// The crate-local macro in use.
    pub const DECLINED: LocalCode = local_code!(1001);
}

fn main() {
    assert_eq!(errors::ShopCode::all().len(), 4);
    assert_eq!(errors::ShopCode::from_code(1001), Some(errors::shop_code!(1001)));
    assert!(!errors::ShopCode::CardDeclined.description().is_empty());
    assert_eq!(local::DECLINED.code(), 1001);
    assert_eq!(local::local_codes::CARD_DECLINED, 1001);
}
