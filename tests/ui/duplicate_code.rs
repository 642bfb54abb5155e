// Two entries with the same code: the error names both lines.
zimerr::zim_errors!("tests/ui/duplicate_code.yaml");

fn main() {}
