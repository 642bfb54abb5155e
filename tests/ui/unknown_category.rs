// A code in a category the catalog does not declare: `logn`.
zimerr::zim_errors!("tests/ui/unknown_category.yaml");

fn main() {}
