//! UI tests of the macros' diagnostics: every `tests/ui/*.rs` must fail to compile with
//! exactly the errors saved in its `.stderr`, and every `tests/ui/pass/*.rs` must
//! compile and run.
//!
//! After a deliberate change of a message, regenerate the snapshots with
//! `TRYBUILD=overwrite cargo test -p zimerr-dev --test ui` and review every diff: a
//! snapshot is only as good as the reading it got.
//!
//! # Where the catalogs are found
//!
//! `zim_errors!` resolves a relative catalog path against `CARGO_MANIFEST_DIR`, and
//! trybuild compiles the test files as binaries of a crate it generates in
//! `<target dir>/tests/trybuild/zimerr-dev/`: that is the `CARGO_MANIFEST_DIR` the macro
//! sees, not this repository, and the target directory can be anywhere
//! (`CARGO_TARGET_DIR`, `build.target-dir`). So the test files name their catalogs as
//! they would from this package (`"tests/ui/duplicate_code.yaml"`, relative to
//! `Cargo.toml`), and [`stage_fixtures`] mirrors `tests/ui/**/*.yaml` into the generated
//! crate's directory before trybuild runs. The diagnostics then show the same path on
//! every machine whatever the target directory.

use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

#[test]
fn ui() {
    stage_fixtures();
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    t.pass("tests/ui/pass/*.rs");
}

/// Copies the catalog fixtures (`tests/ui/**/*.yaml`) to the same relative place in the
/// directory of the crate trybuild generates, replacing an earlier copy so a fixture
/// deleted here cannot linger there.
fn stage_fixtures() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("ui");
    let project = trybuild_project_dir();
    let staged = project.join("tests").join("ui");
    match std::fs::remove_dir_all(&staged) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => {
            panic!("cannot clear {}: {e}", staged.display())
        }
        _ => {}
    }
    let copied = copy_catalogs(&source, &staged).unwrap_or_else(|e| {
        panic!(
            "cannot stage the UI fixtures into {}: {e}",
            staged.display()
        )
    });
    assert!(copied > 0, "no catalog fixture in {}", source.display());
}

/// The directory trybuild generates its crate in, found the way trybuild finds it: the
/// target directory `cargo metadata` reports, then `tests/trybuild/<package name>`.
fn trybuild_project_dir() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--no-deps", "--format-version=1"])
        .output()
        .expect("cannot run `cargo metadata`");
    assert!(
        output.status.success(),
        "`cargo metadata` failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("`cargo metadata` printed invalid JSON");
    let target_dir = metadata["target_directory"]
        .as_str()
        .expect("`cargo metadata` reported no `target_directory`");
    Path::new(target_dir)
        .join("tests")
        .join("trybuild")
        .join(env!("CARGO_PKG_NAME"))
}

/// Copies every `*.yaml` under `from` to the same relative path under `to`; returns how
/// many files it copied.
fn copy_catalogs(from: &Path, to: &Path) -> io::Result<usize> {
    let mut copied = 0;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            copied += copy_catalogs(&path, &to.join(entry.file_name()))?;
        } else if path.extension().is_some_and(|e| e == "yaml") {
            std::fs::create_dir_all(to)?;
            std::fs::copy(&path, to.join(entry.file_name()))?;
            copied += 1;
        }
    }
    Ok(copied)
}
