// A catalog that is not UTF-8: Latin-1 "é" (byte 0xE9) in a description.
zimerr::zim_errors!("tests/ui/non_utf8.yaml");

fn main() {}
