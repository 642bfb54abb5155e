// An option whose value is not a string literal.
zimerr::zim_errors!("tests/ui/pass/custom_catalog.yaml", code_enum = ShopCode);

fn main() {}
