// A YAML syntax error: a key indented one space too far.
zimerr::zim_errors!("tests/ui/yaml_syntax.yaml");

fn main() {}
