// A name that is not a Rust identifier: `Token-Expired`.
zimerr::zim_errors!("tests/ui/name_not_identifier.yaml");

fn main() {}
