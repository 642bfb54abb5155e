// An option the macro does not know: the error lists the valid ones.
zimerr::zim_errors!("tests/ui/pass/custom_catalog.yaml", enum_name = "ShopCode");

fn main() {}
