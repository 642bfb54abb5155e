// Two entries with the same name: the error names both lines.
zimerr::zim_errors!("tests/ui/duplicate_name.yaml");

fn main() {}
