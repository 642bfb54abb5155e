// `code!` with a number the bundled ZIM catalog does not know: the error names the
// nearest known codes on either side.
fn main() {
    let _ = zimerr::code!(6000105);
}
