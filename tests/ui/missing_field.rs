// A code entry without its required `action`.
zimerr::zim_errors!("tests/ui/missing_field.yaml");

fn main() {}
