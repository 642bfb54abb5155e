// An unknown field: `retriable` (a typo of `retryable`).
zimerr::zim_errors!("tests/ui/unknown_field.yaml");

fn main() {}
