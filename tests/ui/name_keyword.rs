// Names that are Rust keywords: `Self` and `fn`.
zimerr::zim_errors!("tests/ui/name_keyword.yaml");

fn main() {}
