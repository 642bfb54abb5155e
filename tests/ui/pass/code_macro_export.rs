// `code_macro_export`: the checked-literal macro is exported with `$crate` paths and
// re-exported next to the enum, so it works from another module without importing the
// enum (and from another crate: tests/cross_crate.rs builds one).
mod errors {
    zimerr::zim_errors!(
        "tests/ui/pass/custom_catalog.yaml",
        code_enum = "ShopCode",
        category_enum = "ShopArea",
        code_macro = "shop_code",
        code_macro_export = "errors",
    );
}

mod elsewhere {
    pub const DECLINED: crate::errors::ShopCode = crate::errors::shop_code!(1001);

    pub fn is_declined(code: crate::errors::ShopCode) -> bool {
        matches!(code, crate::errors::shop_code!(1001))
    }
}

fn main() {
    assert!(elsewhere::is_declined(elsewhere::DECLINED));
    assert_eq!(elsewhere::DECLINED.code(), 1001);
}
