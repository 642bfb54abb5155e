// Declared wire names that add nothing or contradict each other: a name declared twice,
// in both lists, or already built in (as the same or the other kind); and an empty
// `message_label`. Every mistake once, at its place.
zimerr::zim_errors!("tests/ui/wire_duplicate_name.yaml");

fn main() {}
