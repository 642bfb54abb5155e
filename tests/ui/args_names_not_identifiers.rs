// Names that are not identifiers: a path, another case style, a trailing `!`. Each error
// names the name meant, and the stand-ins use it, so the uses below add no errors.
zimerr::zim_errors!(
    "tests/ui/pass/custom_catalog.yaml",
    code_enum = "crate::ShopCode",
    category_enum = "shop-area",
    codes_module = "ShopCodes",
    code_macro = "shop_code!",
);

fn main() {
    let area: ShopArea = ShopCode::CardDeclined.category();
    let _: ShopCode = shop_code!(1001);
    println!("{area:?} {}", shop_codes::CARD_DECLINED);
}
