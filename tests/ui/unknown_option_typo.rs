// A misspelt option gets a did-you-mean.
zimerr::zim_errors!("tests/ui/pass/custom_catalog.yaml", code_enm = "ShopCode");

fn main() {}
