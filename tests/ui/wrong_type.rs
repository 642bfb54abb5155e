// A field of the wrong type: `code: "abc"`.
zimerr::zim_errors!("tests/ui/wrong_type.yaml");

fn main() {}
