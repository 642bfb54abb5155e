// A module whose own items shadow the primitive types: the generated code writes them as
// `::core::primitive::…`, so it still compiles here, with the checked-literal macro.
#![allow(non_camel_case_types, dead_code)]

mod shadowed {
    struct u8;
    struct u32;
    struct u64;
    struct usize;
    struct str;
    struct bool;

    zimerr::zim_errors!(
        "tests/ui/pass/custom_catalog.yaml",
        code_enum = "ShopCode",
        category_enum = "ShopArea",
        code_macro = "shop_code",
    );

    zimerr::zim_errors!(
        bundled = "server",
        code_enum = "ServerCode",
        category_enum = "ServerArea",
        codes_module = "server_codes",
    );

    pub(crate) fn check() {
        assert_eq!(ShopCode::from_code(1001), Some(shop_code!(1001)));
        assert_eq!("Internal".parse::<ShopCode>().map(ShopCode::code), Ok(1));
        assert_eq!(ServerCode::from_code(1).map(ServerCode::name), Some("ServerBusy"));
        assert_eq!(ShopArea::of_code(1250), Some(ShopArea::Payment));
    }
}

fn main() {
    shadowed::check();
}
