// An option whose value is not a string literal: the fix quotes it, and the value is read
// as meant, so the uses of `ShopCode` below add no errors.
zimerr::zim_errors!("tests/ui/pass/custom_catalog.yaml", code_enum = ShopCode);

fn main() {
    let code = ShopCode::CardDeclined;
    println!("{}", code.name());
}
