//! Throwaway cargo projects for the tests that build a crate of their own: a directory
//! under the system temp directory, removed when dropped, and `cargo` run in it by the
//! same `cargo` as the test (`$CARGO`) with a target directory kept between runs under
//! this workspace's `target/tmp`, so `zimerr` and its dependencies are built once.
//!
//! Included with `#[path]` by the tests that need it, not by `common/mod.rs`: it reads
//! `CARGO_TARGET_TMPDIR` at compile time, which `cargo rustdoc --test` does not set. Each
//! test uses a part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The root of this workspace.
pub(crate) const WORKSPACE: &str = env!("CARGO_MANIFEST_DIR");

/// A fresh directory under the system temp directory, removed when dropped.
pub(crate) struct Scratch(PathBuf);

impl Scratch {
    /// A new directory named after `label`, this process and the time.
    pub(crate) fn new(label: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir =
            std::env::temp_dir().join(format!("zimerr-{label}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create the scratch directory");
        Scratch(dir)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `contents` at `relative`, creating its directories.
    pub(crate) fn write(&self, relative: &str, contents: &str) {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("create a directory");
        std::fs::write(&path, contents).expect("write a scratch file");
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The path of the `zimerr` crate, with `/` separators, for a `Cargo.toml`.
pub(crate) fn zimerr_path() -> String {
    Path::new(WORKSPACE)
        .join("zimerr")
        .to_str()
        .expect("the workspace path is UTF-8")
        .replace('\\', "/")
}

/// This workspace's `Cargo.lock`, for a throwaway project to resolve the same versions.
pub(crate) fn lockfile() -> String {
    std::fs::read_to_string(Path::new(WORKSPACE).join("Cargo.lock")).unwrap_or_default()
}

/// The target directory `name` under this workspace's `target/tmp`.
pub(crate) fn target(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

/// `cargo <args>` in `dir` with the target directory `target_name` (see [`target`]) and
/// the extra environment `envs`, without the caller's flags; stdout on success, the
/// command and its output on failure.
pub(crate) fn cargo(
    dir: &Path,
    target_name: &str,
    args: &[&str],
    envs: &[(&str, &str)],
) -> Result<String, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target(target_name))
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("RUSTFLAGS")
        .env_remove("RUSTDOCFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .envs(envs.iter().copied())
        .output()
        .expect("run cargo");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if output.status.success() {
        Ok(stdout)
    } else {
        Err(format!(
            "cargo {} failed ({}):\n{stdout}\n{}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}
