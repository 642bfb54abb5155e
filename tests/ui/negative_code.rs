// A negative code: codes are u32.
zimerr::zim_errors!("tests/ui/negative_code.yaml");

fn main() {}
