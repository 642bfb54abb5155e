// Language keys of `texts` that the catalog does not list: a typo of a listed one, one
// to add to `languages`, and the main language (whose text is `description`).
zimerr::zim_errors!("tests/ui/unknown_language.yaml");

fn main() {}
