// The catalog's path given as an option: the error shows the path first and unnamed, and
// the catalog is read from it, so the stand-ins hold its codes.
zimerr::zim_errors!(path = "tests/ui/pass/custom_catalog.yaml", code_enum = "ShopCode");

fn main() {
    let code = ShopCode::GatewayTimeout;
    println!("{}", code.name());
}
