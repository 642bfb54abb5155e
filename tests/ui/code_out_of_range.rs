// A code outside the ranges of its category (login: 100..=199).
zimerr::zim_errors!("tests/ui/code_out_of_range.yaml");

fn main() {}
