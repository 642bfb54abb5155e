//! Rebuild tracking end to end: a crate that expands a catalog of its own with
//! `zim_errors!` is rebuilt when the catalog changes, and prints the new text — directly,
//! and through a workspace dependency (crate `a` expands the catalog, binary `b` uses
//! `a`). A broken edit is a compile error naming the catalog, and fixing it builds again.
//!
//! Each scenario creates a throwaway project under the system temp directory and runs the
//! same `cargo` as this test (`$CARGO`), with a target directory shared by both scenarios
//! and kept between runs under this workspace's `target/tmp`, so `zimerr` and its
//! dependencies are built once. The workspace's `Cargo.lock` is copied in, so the
//! throwaway projects resolve the same versions (the registry must be reachable the first
//! time). It takes a minute or two on a fresh target directory, seconds afterwards.

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

#[path = "common/scratch.rs"]
mod scratch;

use scratch::{Scratch, lockfile, zimerr_path};

/// The scenarios share a target directory: run them one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

/// `cargo <args>` in `dir` with the shared target directory; stdout on success, the
/// output on failure.
fn cargo(dir: &Path, args: &[&str]) -> Result<String, String> {
    scratch::cargo(dir, "rebuild-target", args, &[])
}

fn run(dir: &Path, args: &[&str]) -> String {
    cargo(dir, args).unwrap_or_else(|e| panic!("{e}"))
}

/// A one-code catalog whose description is `text`.
fn catalog(text: &str) -> String {
    format!(
        "categories:\n  - key: app\n    name: App\n    title: App errors\ncodes:\n  - code: 7000101\n    name: Thing\n    category: app\n    description: {text}\n    action: none\n    retryable: false\n"
    )
}

/// Replaces a catalog after a pause, as an editor would: a change in the same instant as
/// the last build could share its timestamp on coarse file systems.
fn edit(scratch: &Scratch, relative: &str, contents: &str) {
    std::thread::sleep(Duration::from_millis(1100));
    scratch.write(relative, contents);
}

#[test]
fn a_crate_is_rebuilt_when_its_catalog_changes() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let scratch = Scratch::new("rebuild-crate");
    scratch.write(
        "Cargo.toml",
        &format!(
            "[package]\nname = \"rebuild-app\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nzimerr = {{ path = \"{}\" }}\n\n[workspace]\n",
            zimerr_path()
        ),
    );
    scratch.write("Cargo.lock", &lockfile());
    scratch.write(
        "src/main.rs",
        "#![allow(dead_code)]\nzimerr::zim_errors!(\"catalog.yaml\", code_enum = \"AppCode\", category_enum = \"AppArea\", codes_module = \"app_codes\");\n\nfn main() {\n    println!(\"{}\", AppCode::Thing.description());\n}\n",
    );
    scratch.write("catalog.yaml", &catalog("First text."));
    let dir = scratch.path();
    assert_eq!(run(dir, &["run", "--quiet"]), "First text.\n");

    edit(
        &scratch,
        "catalog.yaml",
        &catalog("Second text, after an edit."),
    );
    assert_eq!(
        run(dir, &["run", "--quiet"]),
        "Second text, after an edit.\n"
    );

    // A broken edit fails the build with the catalog's diagnostic...
    edit(
        &scratch,
        "catalog.yaml",
        &catalog("Third.").replace("action: none", "action: explode"),
    );
    let error = cargo(dir, &["build", "--quiet"]).expect_err("a broken catalog builds");
    assert!(
        error.contains("unknown action `explode`") && error.contains("catalog.yaml:10:13"),
        "{error}"
    );
    // ...and fixing it builds the fixed text.
    edit(&scratch, "catalog.yaml", &catalog("Fourth text, fixed."));
    assert_eq!(run(dir, &["run", "--quiet"]), "Fourth text, fixed.\n");
}

#[test]
fn a_dependent_crate_sees_the_new_catalog_of_a_workspace_member() {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let scratch = Scratch::new("rebuild-workspace");
    scratch.write(
        "Cargo.toml",
        "[workspace]\nmembers = [\"a\", \"b\"]\nresolver = \"3\"\n",
    );
    scratch.write("Cargo.lock", &lockfile());
    scratch.write(
        "a/Cargo.toml",
        &format!(
            "[package]\nname = \"a\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nzimerr = {{ path = \"{}\" }}\n",
            zimerr_path()
        ),
    );
    scratch.write(
        "a/src/lib.rs",
        "//! Expands its catalog and re-exports the runtime crate.\npub use zimerr;\nzimerr::zim_errors!(\"catalog.yaml\", code_enum = \"ACode\", category_enum = \"AArea\", codes_module = \"a_codes\");\n",
    );
    scratch.write("a/catalog.yaml", &catalog("From crate a."));
    scratch.write(
        "b/Cargo.toml",
        "[package]\nname = \"b\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\na = { path = \"../a\" }\n",
    );
    scratch.write(
        "b/src/main.rs",
        "fn main() {\n    let code = a::ACode::Thing;\n    let err = a::zimerr::Error::<a::ACode>::from(code);\n    println!(\"{} | {err}\", code.description());\n}\n",
    );
    let dir = scratch.path();
    assert_eq!(
        run(dir, &["run", "--quiet", "-p", "b"]),
        "From crate a. | 7000101: From crate a.\n"
    );

    edit(&scratch, "a/catalog.yaml", &catalog("Edited in crate a."));
    assert_eq!(
        run(dir, &["run", "--quiet", "-p", "b"]),
        "Edited in crate a. | 7000101: Edited in crate a.\n"
    );
}
