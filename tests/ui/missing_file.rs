// A catalog path that does not exist.
zimerr::zim_errors!("tests/ui/no_such_catalog.yaml");

fn main() {}
