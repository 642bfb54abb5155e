// Empty declared wire names (an empty string, a null): each reported at its place.
zimerr::zim_errors!("tests/ui/wire_empty_name.yaml");

fn main() {}
