// The `code_macro` of a custom catalog with a number the catalog does not know: the
// error names the catalog and the nearest known codes on either side.
zimerr::zim_errors!(
    "tests/ui/pass/custom_catalog.yaml",
    code_enum = "ShopCode",
    code_macro = "shop_code",
);

fn main() {
    let _ = shop_code!(1002);
}
