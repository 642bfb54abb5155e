// A misspelt option gets a did-you-mean, and is read as meant: the stand-ins take its
// value, so the uses of `ShopCode` below add no errors.
zimerr::zim_errors!("tests/ui/pass/custom_catalog.yaml", code_enm = "ShopCode");

fn main() {
    let code = ShopCode::CardDeclined;
    println!("{}", code.name());
}
