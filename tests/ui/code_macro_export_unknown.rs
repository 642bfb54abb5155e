// The exported code macro with a number the catalog does not know: the error names the
// catalog and the nearest known codes on either side, as the crate-local macro does.
mod errors {
    zimerr::zim_errors!(
        "tests/ui/pass/custom_catalog.yaml",
        code_enum = "ShopCode",
        code_macro = "shop_code",
        code_macro_export = "errors",
    );
}

fn main() {
    let _ = crate::errors::shop_code!(1002);
    // A known code written another way resolves.
    let _: errors::ShopCode = crate::errors::shop_code!(0x3E9);
}
