// Empty and keyword names: one error each, naming the option and an example; the
// stand-ins use the prefix's name in place of each (the file's: `CustomCatalogCode`,
// `custom_catalog_codes`), and the options that were right (`category_enum`) keep theirs.
zimerr::zim_errors!(
    "tests/ui/pass/custom_catalog.yaml",
    code_enum = "",
    category_enum = "ShopArea",
    codes_module = "mod",
);

fn main() {
    let area: ShopArea = CustomCatalogCode::CardDeclined.category();
    println!("{area:?}");
}
