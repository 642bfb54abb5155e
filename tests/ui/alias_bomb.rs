// An alias bomb (billion laughs): rejected at the first entry that is not a code, before
// any alias is expanded.
zimerr::zim_errors!("tests/ui/alias_bomb.yaml");

fn main() {}
