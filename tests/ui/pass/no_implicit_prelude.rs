// The generated items name everything by absolute path and call trait methods by path:
// they compile in a module without the prelude, the checked-literal macro included.
#![no_implicit_prelude]

::zimerr::zim_errors!(
    "tests/ui/pass/custom_catalog.yaml",
    code_enum = "ShopCode",
    category_enum = "ShopArea",
    code_macro = "shop_code",
);

mod exported {
    ::zimerr::zim_errors!(
        "tests/ui/pass/custom_catalog.yaml",
        code_enum = "ShopCode",
        category_enum = "ShopArea",
        code_macro = "exported_code",
        code_macro_export = "exported",
    );
}

fn main() {
    ::std::assert_eq!(
        ShopCode::from_code(1001),
        ::std::option::Option::Some(shop_code!(1001))
    );
    ::std::assert_eq!(exported::exported_code!(1001).code(), 1001);
    let payment: ::std::vec::Vec<ShopCode> =
        ::std::iter::Iterator::collect(ShopArea::Payment.codes());
    ::std::assert!(payment.contains(&shop_code!(1001)));
    ::std::assert_eq!(::std::string::ToString::to_string(&ShopArea::Payment), "Payment errors");
}
