// A path without quotes: one error naming the fix, and the catalog is still read from the
// path as meant, so the stand-in enum holds its variants and the uses below compile.
zimerr::zim_errors!(tests/ui/pass/custom_catalog.yaml, code_enum = "ShopCode");

fn main() {
    let code = ShopCode::GatewayTimeout;
    println!("{} {:?}", code.name(), ShopCode::all().len());
}
