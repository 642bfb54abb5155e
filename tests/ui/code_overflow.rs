// A code that overflows u32: 4294967296.
zimerr::zim_errors!("tests/ui/code_overflow.yaml");

fn main() {}
