//! A snapshot of what `zim_errors!` generates for a small catalog
//! (`tests/snapshot/small.yaml`), formatted by rustfmt: `tests/snapshot/small.expanded.rs`.
//! The other tests check properties of the expansion; this one shows a reviewer every
//! change of the generated code as a diff.
//!
//! After a deliberate change of the generated code, update the snapshot with
//!
//! ```sh
//! UPDATE_EXPECT=1 cargo test -p zimerr-catalog --test snapshot
//! ```
//!
//! and review its diff like code: it is what every user's crate compiles. Needs `rustfmt`
//! (`rustup component add rustfmt`; `.ci/run` installs it).

use std::io::Write;
use std::process::{Command, Stdio};

use zimerr_catalog::Args;
use zimerr_catalog::SourceText;

/// The expansion of `small.yaml` with the default names, as rustfmt formats it.
fn formatted_expansion() -> String {
    // No rebuild tracking (no absolute path): its `include_str!` names an absolute
    // path, which differs from machine to machine.
    let source = SourceText::from_text("small.yaml", include_str!("snapshot/small.yaml"));
    let catalog = zimerr_catalog::check(&source).expect("small.yaml is a valid catalog");
    let tokens = zimerr_catalog::expand(&Args::default(), &catalog, &source)
        .expect("small.yaml expands")
        .into_token_stream()
        .expect("the expansion lexes");
    rustfmt(&tokens.to_string())
}

fn rustfmt(code: &str) -> String {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot run `rustfmt`: install it with `rustup component add rustfmt`");
    child
        .stdin
        .take()
        .expect("rustfmt's stdin")
        .write_all(code.as_bytes())
        .expect("write to rustfmt");
    let output = child.wait_with_output().expect("wait for rustfmt");
    assert!(
        output.status.success(),
        "rustfmt rejected the expansion: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("rustfmt writes UTF-8")
}

#[test]
fn the_expansion_of_a_small_catalog() {
    expect_test::expect_file!["snapshot/small.expanded.rs"].assert_eq(&formatted_expansion());
}
