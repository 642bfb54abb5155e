// Several problems in one catalog: all are reported in one build, in file order.
zimerr::zim_errors!("tests/ui/many_errors.yaml");

fn main() {}
