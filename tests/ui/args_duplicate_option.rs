// An option given twice: one error at the second, and the first is kept.
zimerr::zim_errors!(
    "tests/ui/pass/custom_catalog.yaml",
    code_enum = "ShopCode",
    code_enum = "StoreCode",
);

fn main() {
    println!("{}", ShopCode::CardDeclined.name());
}
