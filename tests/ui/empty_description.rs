// An empty `description`.
zimerr::zim_errors!("tests/ui/empty_description.yaml");

fn main() {}
