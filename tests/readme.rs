//! The README's claims that are facts of the workspace: the Rust versions it names and
//! the set-up commands. (Its Rust examples are doctests of `zimerr`.)

use std::fs;

fn read(path: &str) -> String {
    fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("cannot read `{path}`: {e}"))
}

/// The value of the first `key = "value"` line of a TOML or lock file after `after`.
fn value_after(text: &str, after: &str, key: &str) -> String {
    let start = text.find(after).unwrap_or_else(|| panic!("no `{after}`"));
    let prefix = format!("{key} = \"");
    text[start..]
        .lines()
        .find_map(|line| line.strip_prefix(&prefix)?.strip_suffix('"'))
        .unwrap_or_else(|| panic!("no `{key}` after `{after}`"))
        .to_owned()
}

#[test]
fn the_rust_versions_are_the_manifest_s_and_the_lockfile_s() {
    let readme = read("README.md");
    let msrv = value_after(&read("Cargo.toml"), "[workspace.package]", "rust-version");
    assert!(
        readme.contains(&format!("The crates' `rust-version` is {msrv},")),
        "README.md must state the workspace's rust-version, {msrv}"
    );
    assert!(
        readme.contains(&format!("`cargo +{msrv} check --workspace --all-features`")),
        "README.md must name the check .ci/run makes with Rust {msrv}"
    );
    assert!(
        read(".ci/run").contains(r#"cargo +"$msrv" check --workspace --all-features"#),
        ".ci/run no longer makes the check README.md names"
    );
    // The test suite's Rust is trybuild's; the README names the locked version.
    let trybuild = value_after(&read("Cargo.lock"), "name = \"trybuild\"", "version");
    assert!(
        readme.contains(&format!("trybuild {trybuild})")),
        "README.md must name the locked trybuild, {trybuild}, and its rust-version"
    );
}

#[test]
fn the_set_up_commands_stay() {
    let readme = read("README.md");
    for command in [
        "cargo run -p zimerr-cli -- explain 6000106",
        "cargo test --workspace --all-features",
    ] {
        assert!(readme.contains(command), "README.md lost `{command}`");
    }
}
