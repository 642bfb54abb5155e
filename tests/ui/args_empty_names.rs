// Empty and keyword names: one error each, naming the option and an example; the
// stand-ins use the default name in place of each (`ZimCode`, `codes`), and the
// options that were right (`category_enum`) keep theirs.
zimerr::zim_errors!(
    "tests/ui/pass/custom_catalog.yaml",
    code_enum = "",
    category_enum = "ShopArea",
    codes_module = "mod",
);

fn main() {
    let area: ShopArea = ZimCode::CardDeclined.category();
    println!("{area:?}");
}
