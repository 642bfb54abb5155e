// An action outside the closed set: `refresh_token`.
zimerr::zim_errors!("tests/ui/unknown_action.yaml");

fn main() {}
