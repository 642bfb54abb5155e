//! `zimerr diff`, driven as a user (or a CI job) would: the built binary, its exit
//! status, stdout and stderr. Expected classifications are written by hand (the vendor
//! pair's list of changes, the reviewed history fixtures), never taken from the command.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_zimerr"));
    command
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("ZIMERR_CATALOG")
        .stdin(Stdio::null());
    command
}

fn run(args: &[&str]) -> Output {
    command(args).output().expect("the zimerr binary runs")
}

/// Runs in the workspace root, where `git show REV:errors.yaml` finds the catalogs.
fn run_in_root(args: &[&str]) -> Output {
    command(args)
        .current_dir(root())
        .output()
        .expect("the zimerr binary runs")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// A scratch directory of this test process.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("zimerr-diff-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const SMALL: &str = "\
prefix: shop
categories:
  - key: auth
    name: Auth
    title: Auth errors
    ranges:
      - { first: 1000, last: 1099 }
codes:
  - code: 1000
    name: TokenExpired
    category: auth
    description: The token has expired.
    action: renew_token
    retryable: true
  - code: 1001
    name: BadPassword
    category: auth
    description: The password is wrong.
    action: fix_request
    retryable: false
";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn no_change_exits_0() {
    let output = run(&["diff", "client", "client"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "no changes between `errors.yaml (bundled)` and `errors.yaml (bundled)`\n\
         suggested version bump for a crate embedding the catalog: none\n"
    );
    assert_eq!(stderr(&output), "");
    let output = run(&["--json", "diff", "server", "server"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "[]\n");
}

#[test]
fn a_breaking_change_exits_1_with_its_location() {
    let dir = scratch("breaking");
    let old = write(&dir, "old.yaml", SMALL);
    let new = write(
        &dir,
        "new.yaml",
        &SMALL.replace("name: TokenExpired", "name: TokenOutdated"),
    );
    let output = run(&["diff", &old, &new]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("breaking (Rust API) (1)\n"), "{text}");
    assert!(
        text.contains(&format!(
            "  {new}:10:11: code 1000 renamed from `TokenExpired` to `TokenOutdated`: every use of \
             the variant `TokenExpired` and the constant `TOKEN_EXPIRED` breaks [code-renamed]\n"
        )),
        "{text}"
    );
    assert!(text.ends_with(
        "1 change: 1 breaking (Rust API)\nsuggested version bump for a crate embedding the \
         catalog: major (0.y.z: y, as Cargo treats 0.y as the major version)\n"
    ));
    assert_eq!(stderr(&output), "");

    let output = run(&["--json", "diff", &old, &new]);
    assert_eq!(output.status.code(), Some(1));
    let records: Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(records.as_array().unwrap().len(), 1);
    let record = &records[0];
    assert_eq!(record["rule"], "code-renamed");
    assert_eq!(record["class"], "breaking-api");
    assert_eq!(record["breaking"], true);
    assert_eq!(record["semver"], "major");
    assert_eq!(record["code"], 1000);
    assert_eq!(record["old"]["file"], old.as_str());
    assert_eq!(record["old"]["line"], 10);
    assert_eq!(record["new"]["file"], new.as_str());
    assert_eq!(record["new"]["column"], 11);
}

#[test]
fn behaviour_fails_only_when_asked() {
    let dir = scratch("behaviour");
    let old = write(&dir, "old.yaml", SMALL);
    let new = write(
        &dir,
        "new.yaml",
        &SMALL.replace("retryable: true", "retryable: false"),
    );
    let output = run(&["diff", &old, &new]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("behaviour (1)\n"));
    assert!(
        stdout(&output).contains("suggested version bump for a crate embedding the catalog: minor")
    );
    for spelling in ["behaviour", "behavior"] {
        let output = run(&["diff", "--fail-on", spelling, &old, &new]);
        assert_eq!(output.status.code(), Some(1), "--fail-on {spelling}");
    }
    let output = run(&["diff", "--fail-on", "breaking", &old, &new]);
    assert_eq!(output.status.code(), Some(0));
    let output = run(&["diff", "--fail-on", "additive", &old, &new]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "clap rejects an unknown class"
    );
}

#[test]
fn additive_and_documentation_exit_0() {
    let dir = scratch("additive");
    let old = write(&dir, "old.yaml", SMALL);
    let added = format!(
        "{}  - code: 1002\n    name: Locked\n    category: auth\n    description: Locked.\n    action: contact_support\n    retryable: false\n",
        SMALL.replace("The password is wrong.", "Wrong password.")
    );
    let new = write(&dir, "new.yaml", &added);
    let output = run(&["--json", "diff", "--fail-on", "behaviour", &old, &new]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let records: Value = serde_json::from_str(stdout(&output)).unwrap();
    let classes: Vec<&str> = records
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["class"].as_str().unwrap())
        .collect();
    assert_eq!(classes, ["additive", "documentation"]);
}

#[test]
fn a_broken_side_is_reported_located_with_exit_2() {
    let dir = scratch("broken");
    let old = write(&dir, "old.yaml", SMALL);
    let broken = write(
        &dir,
        "broken.yaml",
        &SMALL.replace("action: renew_token", "action: renew"),
    );
    let other = write(
        &dir,
        "other.yaml",
        &SMALL
            .replace("retryable: false", "retryable: maybe")
            .replace("name: TokenExpired", "name: token_expired"),
    );
    let output = run(&["diff", &broken, &other]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    let err = stderr(&output);
    // Both sides are read and reported.
    assert!(
        err.contains(&format!(
            "zimerr: cannot compare `{broken}`: the catalog has problems"
        )),
        "{err}"
    );
    assert!(err.contains(&format!("--> {broken}:13:13")), "{err}");
    assert!(err.contains("unknown action `renew`"), "{err}");
    assert!(
        err.contains(&format!("zimerr: cannot compare `{other}`")),
        "{err}"
    );
    assert!(err.contains(&format!("{other}:20:")), "{err}");
    assert!(err.contains(&format!("{other}:10:")), "{err}");
    assert!(
        err.contains(&format!(
            "zimerr: `{broken}` has 1 problem; the format is described at https://github.com/zimerr/zimerr/blob/main/docs/catalog.md\n"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "zimerr: `{other}` has 2 problems; the format is described at https://github.com/zimerr/zimerr/blob/main/docs/catalog.md\n"
        )),
        "{err}"
    );
    let latin1 = dir.join("latin1.yaml");
    std::fs::write(&latin1, b"prefix: caf\xe9\n").unwrap();
    let latin1 = latin1.to_string_lossy().into_owned();
    let output = run(&["diff", &old, &latin1]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains(&format!("zimerr: cannot compare `{latin1}`")),
        "{err}"
    );
    assert!(err.contains(&format!("--> {latin1}:1:")), "{err}");
    assert!(err.contains("has 1 problem;"), "{err}");
    let output = run(&["diff", &old, &broken]);
    assert_eq!(output.status.code(), Some(2));
    let missing = dir.join("missing.yaml").to_string_lossy().into_owned();
    let output = run(&["diff", &old, &missing]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        format!("zimerr: cannot read catalog `{missing}`: no such file or directory\n")
    );
}

#[test]
fn git_revisions_are_read_with_git_show() {
    // The commit that declared `prefix: zim` in errors.yaml (reviewed in the history
    // fixtures); without git history (a shallow or exported tree) there is nothing to read.
    if !has_commit("a7a4b5edc3bc57658151aed835873ac101d914e5") {
        eprintln!("skipped: this checkout lacks the catalog's history");
        return;
    }
    let output = run_in_root(&[
        "--json",
        "diff",
        "3efa24a:errors.yaml",
        "a7a4b5e:errors.yaml",
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let records: Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(records[0]["rule"], "prefix-changed");
    assert_eq!(records[0]["new"]["file"], "a7a4b5e:errors.yaml");
    assert_eq!(records[0]["new"]["line"], 75);

    let output = run_in_root(&["diff", "no-such-rev:errors.yaml", "client"]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.starts_with("zimerr: cannot read `no-such-rev:errors.yaml` from git: invalid object name 'no-such-rev'"),
        "{err}"
    );
    assert!(
        err.contains("REV:PATH with a revision and a path git knows"),
        "{err}"
    );
    let output = run_in_root(&["diff", "HEAD:no-such-file.yaml", "client"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no-such-file.yaml"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_missing_git_is_a_clear_error() {
    let output = command(&["diff", "HEAD:errors.yaml", "client"])
        .env("PATH", "")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.starts_with("zimerr: cannot run `git show HEAD:errors.yaml`: "),
        "{err}"
    );
    assert!(
        err.ends_with("is git installed and on the PATH?\n"),
        "{err}"
    );
}

#[test]
fn an_existing_file_wins_over_rev_path() {
    let dir = scratch("colon");
    let odd = write(&dir, "v1:errors.yaml", SMALL);
    let output = command(&["diff", "v1:errors.yaml", &odd])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("no changes between `v1:errors.yaml`"));
}

fn has_commit(hash: &str) -> bool {
    Command::new("git")
        .args(["cat-file", "-e", &format!("{hash}^{{commit}}")])
        .current_dir(root())
        .output()
        .is_ok_and(|o| o.status.success())
}

// ---------------------------------------------------------------------------------------
// Another vendor's catalog, in two versions with known changes (fixtures/diff-vendor).

#[test]
fn a_vendor_catalog_upgrade_is_classified() {
    let old = fixture("diff-vendor/signaling-1.yaml");
    let new = fixture("diff-vendor/signaling-2.yaml");
    let output = run(&["--json", "diff", &old, &new]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let records: Value = serde_json::from_str(stdout(&output)).unwrap();
    let mut found: Vec<(String, String, String)> = records
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let subject = match (&r["code"], &r["category"]) {
                (Value::Number(n), _) => n.to_string(),
                (_, Value::String(k)) => k.clone(),
                _ => String::new(),
            };
            (
                r["class"].as_str().unwrap().to_owned(),
                r["rule"].as_str().unwrap().to_owned(),
                subject,
            )
        })
        .collect();
    found.sort();
    // The changes made by hand (fixtures/diff-vendor/README.md lists them).
    let mut expected: Vec<(String, String, String)> = [
        ("breaking-api", "code-renamed", "5"),
        ("breaking-wire", "code-removed", "1"),
        ("breaking-wire", "number-reused", "7"),
        ("breaking-wire", "code-renumbered", "453"),
        ("breaking-wire", "range-moves-numbers", "server"),
        ("behaviour", "action-changed", "429"),
        ("behaviour", "retryable-changed", "429"),
        ("behaviour", "code-category-changed", "500"),
        ("behaviour", "code-category-changed", "503"),
        ("additive", "category-added", "server"),
        ("additive", "code-deprecated", "8"),
        ("additive", "code-added", "404"),
        ("additive", "code-added", "409"),
        ("documentation", "category-text-changed", "login"),
        ("documentation", "code-text-changed", "403"),
        ("documentation", "code-text-changed", "429"),
        ("documentation", "code-text-changed", "503"),
        ("hygiene", "since-missing", "409"),
    ]
    .iter()
    .map(|&(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned()))
    .collect();
    expected.sort();
    assert_eq!(found, expected);
    // And the other way round: every addition is a removal. (Number 7 reads as a rename
    // then: OLD's `LoginTooFrequent` was not deprecated, and neither name lives on.)
    let output = run(&["--json", "diff", &new, &old]);
    assert_eq!(output.status.code(), Some(1));
    let records: Value = serde_json::from_str(stdout(&output)).unwrap();
    let rules: Vec<&str> = records
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect();
    for rule in [
        "code-removed",
        "category-removed",
        "code-renumbered",
        "code-renamed",
    ] {
        assert!(rules.contains(&rule), "{rule} in {rules:?}");
    }
    let added: Vec<&Value> = records
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["rule"] == "code-added")
        .map(|r| &r["code"])
        .collect();
    assert_eq!(
        added,
        [&Value::from(1)],
        "only the code 2 removed comes back"
    );
    let removed: Vec<&Value> = records
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["rule"] == "code-removed")
        .map(|r| &r["code"])
        .collect();
    assert_eq!(removed, [&Value::from(404), &Value::from(409)]);
}

// ---------------------------------------------------------------------------------------
// The history of the bundled catalogs (fixtures/diff-history), reviewed by hand.

/// Each fixture: its first line is the command (`$ zimerr diff OLD NEW`), its second the
/// exit status, the rest the expected stdout.
#[test]
fn the_bundled_catalogs_history_is_classified_as_reviewed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diff-history");
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    fixtures.sort();
    assert!(fixtures.len() >= 3, "{fixtures:?}");
    if !has_commit("a7a4b5edc3bc57658151aed835873ac101d914e5") {
        eprintln!("skipped: this checkout lacks the catalogs' history");
        return;
    }
    for path in &fixtures {
        let text = std::fs::read_to_string(path).unwrap();
        let mut lines = text.splitn(3, '\n');
        let command_line = lines.next().unwrap();
        let status = lines.next().unwrap();
        let expected = lines.next().unwrap_or_default();
        let args: Vec<&str> = command_line
            .strip_prefix("$ zimerr ")
            .expect("a fixture starts with `$ zimerr `")
            .split(' ')
            .collect();
        let output = run_in_root(&args);
        assert_eq!(
            format!("exit status: {}", output.status.code().unwrap()),
            status,
            "{}: {}",
            path.display(),
            stderr(&output)
        );
        assert_eq!(stdout(&output), expected, "{}", path.display());
    }
}

/// Every consecutive pair of committed versions of each bundled catalog has a reviewed
/// fixture: a new commit of a catalog needs its classification looked at once
/// (fixtures/diff-history/README.md says how).
#[test]
fn every_committed_catalog_change_has_a_fixture() {
    if !has_commit("a7a4b5edc3bc57658151aed835873ac101d914e5") {
        eprintln!("skipped: this checkout lacks the catalogs' history");
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diff-history");
    let mut missing = Vec::new();
    for catalog in ["errors.yaml", "zim-server.yaml"] {
        let log = Command::new("git")
            .args([
                "log",
                // Main's own sequence of versions: a merged branch's commits are one
                // change of main, reviewed once as the merge.
                "--first-parent",
                "--follow",
                "--format=%H",
                "--name-only",
                "--",
                catalog,
            ])
            .current_dir(root())
            .output()
            .unwrap();
        assert!(log.status.success());
        let log = String::from_utf8(log.stdout).unwrap();
        // (commit, path at that commit), newest first.
        let mut versions = Vec::new();
        let mut lines = log.lines().filter(|l| !l.is_empty());
        while let (Some(commit), Some(path)) = (lines.next(), lines.next()) {
            versions.push((commit.to_owned(), path.to_owned()));
        }
        assert!(versions.len() >= 2, "{catalog}: {versions:?}");
        for pair in versions.windows(2) {
            let ((new, new_path), (old, old_path)) = (&pair[0], &pair[1]);
            let name = format!("{catalog}-{}-{}.txt", &old[..7], &new[..7]);
            if !dir.join(&name).exists() {
                missing.push(format!(
                    "{name}: zimerr diff {}:{old_path} {}:{new_path}",
                    &old[..7],
                    &new[..7]
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "catalog commits without a reviewed diff fixture (see tests/fixtures/diff-history/README.md):\n{}",
        missing.join("\n")
    );
}

#[test]
fn text_output_counts_classes_and_colours_breaking_headings() {
    let dir = scratch("text");
    let old = write(&dir, "old.yaml", SMALL);
    let docs = write(
        &dir,
        "docs.yaml",
        &SMALL.replace("The password is wrong.", "Wrong password."),
    );
    let output = run(&["diff", &old, &docs]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        format!(
            "documentation (1)\n  {docs}:16:11: code 1001 `BadPassword`: description changed \
             [code-text-changed]\n\n1 change: 1 documentation\nsuggested version bump for a \
             crate embedding the catalog: patch (0.y.z: z)\n"
        )
    );
    let both = write(
        &dir,
        "both.yaml",
        &SMALL
            .replace("The password is wrong.", "Wrong password.")
            .replace("name: TokenExpired", "name: TokenOutdated"),
    );
    let output = run(&["--color", "always", "diff", &old, &both]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.starts_with("\u{1b}[31mbreaking (Rust API) (1)\u{1b}[0m\n"),
        "{text:?}"
    );
    assert!(
        text.contains("\n\u{1b}[1m\u{1b}[4mdocumentation (1)\u{1b}[0m\n"),
        "{text:?}"
    );
    assert!(
        text.contains("\n2 changes: 1 breaking (Rust API), 1 documentation\n"),
        "{text:?}"
    );
    let added = format!(
        "{SMALL}  - code: 1002\n    name: Locked\n    category: auth\n    description: Locked.\n    action: contact_support\n    retryable: false\n"
    );
    let added = write(&dir, "added.yaml", &added);
    let output = run(&["diff", &old, &added]);
    assert!(stdout(&output).ends_with(
        "suggested version bump for a crate embedding the catalog: minor (0.y.z: z, as Cargo \
         treats 0.y as the major version)\n"
    ));
}

/// A repository of its own, so git is tested wherever the tests run (cargo-mutants runs
/// them in a copy of the tree without `.git`).
#[test]
fn a_repository_of_its_own_is_read_with_git_show() {
    let dir = scratch("repo");
    let git = |args: &[&str]| {
        let output = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .current_dir(&dir)
            .output()
            .expect("git runs");
        assert!(output.status.success(), "git {args:?}: {}", stderr(&output));
    };
    git(&["init", "-q"]);
    write(&dir, "errors.yaml", SMALL);
    git(&["add", "errors.yaml"]);
    git(&["commit", "-q", "-m", "one"]);
    write(
        &dir,
        "errors.yaml",
        &SMALL.replace("retryable: true", "retryable: false"),
    );
    let output = command(&["diff", "HEAD:errors.yaml", "errors.yaml"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("behaviour (1)\n  errors.yaml:10:11: code 1000 `TokenExpired`"),
        "{}",
        stdout(&output)
    );
    let output = command(&["--json", "diff", "HEAD:errors.yaml", "errors.yaml"])
        .current_dir(&dir)
        .output()
        .unwrap();
    let records: Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(records[0]["old"]["file"], "HEAD:errors.yaml");
    let output = command(&["diff", "nope:errors.yaml", "errors.yaml"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "zimerr: cannot read `nope:errors.yaml` from git: invalid object name 'nope'; write \
         OLD and NEW as a file, `client`, `server`, or REV:PATH with a revision and a path git \
         knows\n"
    );
}
