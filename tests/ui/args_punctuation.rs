// `:` for `=` and a missing `,`: one error each, naming the fix, and the options are read
// as meant.
zimerr::zim_errors!(
    "tests/ui/pass/custom_catalog.yaml",
    code_enum: "ShopCode"
    category_enum = "ShopArea",
);

fn main() {
    let area: ShopArea = ShopCode::CardDeclined.category();
    println!("{area:?}");
}
