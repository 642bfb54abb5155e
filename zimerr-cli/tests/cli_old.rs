//! The `zimerr` command, driven as a user would: the built binary, its exit status, its
//! stdout and stderr. Expected values come from the library's API or from literals,
//! never from the command's own output.

#![cfg(feature = "cli")]

use std::io::{Read as _, Write as _};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};
use zimerr::{Category, ZimErrorCode};

// ---------------------------------------------------------------------------------------
// Helpers

/// The command with a neutral color environment.
fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_zimerr"));
    command
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::null());
    command
}

fn run(args: &[&str]) -> Output {
    command(args).output().expect("the zimerr binary runs")
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the zimerr binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // A writer thread, so that a large input cannot deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    output
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

/// Asserts success and an empty stderr; returns stdout.
fn ok(output: &Output) -> &str {
    assert!(
        output.status.success(),
        "status {:?}, stderr: {}",
        output.status,
        stderr(output)
    );
    assert_eq!(stderr(output), "", "nothing on stderr");
    stdout(output)
}

/// Asserts the exit status and that stderr is exactly `message` on one line.
fn fails(output: &Output, status: i32, message: &str) {
    assert_eq!(
        output.status.code(),
        Some(status),
        "stderr: {}",
        stderr(output)
    );
    assert_eq!(stderr(output), format!("{message}\n"));
}

fn json_array(text: &str) -> Vec<Value> {
    match serde_json::from_str(text).expect("stdout is JSON") {
        Value::Array(items) => items,
        other => panic!("expected a JSON array, got {other}"),
    }
}

/// `text` without any whitespace, so that wrapped text can be compared.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Asserts that a JSON record says what the library says about `code`.
fn assert_record(record: &Value, code: ZimErrorCode) {
    let category = code.category();
    let action = code.action();
    let expected = json!({
        "code": code.code(),
        "known": true,
        "name": code.name(),
        "category": category.key(),
        "category_title": category.title(),
        "description": code.description(),
        "solution": code.solution(),
        "action": action.key(),
        "action_description": action.description(),
        "retryable": code.is_retryable(),
        "success": code.is_success(),
        "sdk_name": code.sdk_name(),
        "errata": code.errata(),
        "description_zh": code.description_zh(),
        "solution_zh": code.solution_zh(),
    });
    let Value::Object(expected) = expected else {
        unreachable!()
    };
    for (key, value) in &expected {
        assert_eq!(&record[key], value, "field `{key}` of {}", code.code());
    }
}

fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("zimerr-cli-{name}"));
    std::fs::write(&path, contents).unwrap();
    path
}

/// `(code, count)` pairs in output order.
type Counts = Vec<(u64, u64)>;

/// The counts of the scan's JSON records: the catalog's codes, then the unknown ones.
fn scan_counts(records: &[Value]) -> (Counts, Counts) {
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for record in records {
        let pair = (
            record["code"].as_u64().unwrap(),
            record["count"].as_u64().unwrap(),
        );
        if record["known"] == true {
            known.push(pair);
        } else {
            unknown.push(pair);
        }
    }
    (known, unknown)
}

// ---------------------------------------------------------------------------------------
// explain

#[test]
fn explain_shows_every_field_of_a_code() {
    let output = run(&["explain", "6000106"]);
    let text = ok(&output);
    let code = ZimErrorCode::TokenExpired;
    assert!(text.starts_with("6000106 TokenExpired\n"), "{text}");
    let squashed = squash(text);
    for expected in [
        code.description(),
        code.solution().unwrap(),
        code.category().title(),
        code.category().key(),
        code.action().key(),
        code.action().description(),
        code.sdk_name().unwrap(),
        "retryable",
        "yes",
    ] {
        assert!(
            squashed.contains(&squash(expected)),
            "missing {expected:?}:\n{text}"
        );
    }
    // Hand-written, as the README shows it.
    assert!(text.contains("Token has expired."));
    assert!(text.contains("Login errors (login)"));
    assert!(text.contains("renew_token"));
    assert!(text.contains("ZIMErrorCodeNetworkModuleTokenExpired"));
}

#[test]
fn explain_shows_errata_and_chinese_text() {
    let code = ZimErrorCode::ALL
        .iter()
        .copied()
        .find(|c| c.description_zh().is_some() && c.errata().is_some())
        .expect("the catalog has a code with Chinese text and errata");
    let output = run(&["explain", &code.code().to_string()]);
    let squashed = squash(ok(&output));
    assert!(squashed.contains(&squash(code.errata().unwrap())));
    assert!(squashed.contains(&squash(code.description_zh().unwrap())));
    if let Some(zh) = code.solution_zh() {
        assert!(squashed.contains(&squash(zh)));
    }
}

#[test]
fn explain_success_and_non_retryable_codes() {
    let output = run(&["explain", "0"]);
    let text = ok(&output);
    assert!(text.starts_with("0 Success\n"));
    assert!(text.contains("not an error"));
    let output = run(&["explain", "InvalidParameter"]);
    let text = ok(&output);
    assert!(text.contains("retryable      no"), "{text}");
}

#[test]
fn explain_accepts_names_in_any_case_and_sdk_names() {
    let by_number = run(&["explain", "6000106"]);
    for arg in [
        "TokenExpired",
        "tokenexpired",
        "ZIMErrorCodeNetworkModuleTokenExpired",
        "zim::6000106",
    ] {
        let by_name = run(&["explain", arg]);
        assert_eq!(ok(&by_name), ok(&by_number), "{arg}");
    }
}

#[test]
fn explain_several_codes_as_json() {
    let output = run(&["--json", "explain", "6000106", "InvalidParameter", "0"]);
    let records = json_array(ok(&output));
    let expected = [
        ZimErrorCode::TokenExpired,
        ZimErrorCode::InvalidParameter,
        ZimErrorCode::Success,
    ];
    assert_eq!(records.len(), expected.len());
    for (record, code) in records.iter().zip(expected) {
        assert_record(record, code);
    }
    assert_eq!(records[0]["action"], "renew_token");
    assert_eq!(records[0]["category"], "login");
}

#[test]
fn explain_every_code_as_json_matches_the_library() {
    let mut args: Vec<String> = vec!["--json".into(), "explain".into()];
    args.extend(ZimErrorCode::ALL.iter().map(|c| c.code().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = run(&args);
    let records = json_array(ok(&output));
    assert_eq!(records.len(), ZimErrorCode::ALL.len());
    for (record, &code) in records.iter().zip(ZimErrorCode::ALL) {
        assert_record(record, code);
    }
}

#[test]
fn explain_an_unknown_code_names_the_nearest_known_codes() {
    let output = run(&["explain", "6000105"]);
    fails(
        &output,
        1,
        "zimerr: `6000105` is not a code of the ZIM catalog; nearest known codes: `6000104` (NetworkError), `6000106` (TokenExpired); it lies in the range of Login errors (`login`)",
    );
    assert_eq!(stdout(&output), "");
}

#[test]
fn explain_an_unknown_code_outside_every_range() {
    let output = run(&["explain", "7000000"]);
    let last = ZimErrorCode::ALL.iter().max_by_key(|c| c.code()).unwrap();
    assert!(Category::of_code(7000000).is_none());
    fails(
        &output,
        1,
        &format!(
            "zimerr: `7000000` is not a code of the ZIM catalog; nearest known codes: `{}` ({})",
            last.code(),
            last.name()
        ),
    );
}

#[test]
fn explain_bad_names_and_numbers() {
    fails(
        &run(&["explain", "TokenExpird"]),
        1,
        "zimerr: `TokenExpird` is not a code name or number of the ZIM catalog; did you mean `TokenExpired`?",
    );
    fails(
        &run(&["explain", "frobnicate"]),
        1,
        "zimerr: `frobnicate` is not a code name or number of the ZIM catalog; try `zimerr search frobnicate`",
    );
    fails(
        &run(&["explain", "99999999999"]),
        1,
        "zimerr: `99999999999` is not a code of the ZIM catalog: codes are at most 4294967295",
    );
}

#[test]
fn explain_reports_each_unknown_code_and_still_explains_the_others() {
    let output = run(&["explain", "6000105", "6000106", "nope"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).starts_with("6000106 TokenExpired\n"));
    let lines: Vec<&str> = stderr(&output).lines().collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("zimerr: `6000105` is not a code"));
    assert!(lines[1].starts_with("zimerr: `nope` is not a code name"));
}

#[test]
fn explain_needs_a_code() {
    let output = run(&["explain"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("CODE|NAME"));
}

// ---------------------------------------------------------------------------------------
// list

#[test]
fn list_shows_every_code_in_catalog_order() {
    let output = run(&["list"]);
    let text = ok(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), ZimErrorCode::ALL.len());
    for (line, &code) in lines.iter().zip(ZimErrorCode::ALL) {
        let fields: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(fields[0], code.code().to_string(), "{line}");
        assert_eq!(fields[1], code.name(), "{line}");
        assert_eq!(fields[2], code.category().key(), "{line}");
        assert_eq!(
            fields[3..].join(" "),
            code.description()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
    assert!(text.contains("6000106  TokenExpired"));
}

#[test]
fn list_a_category_by_key_or_name_in_any_case() {
    let expected: Vec<String> = Category::Login
        .codes()
        .map(|c| c.code().to_string())
        .collect();
    assert!(expected.contains(&"6000106".to_owned()));
    let by_key = run(&["list", "--category", "login"]);
    let codes: Vec<&str> = ok(&by_key)
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(codes, expected);
    for arg in ["Login", "LOGIN", "login errors"] {
        assert_eq!(ok(&run(&["list", "-c", arg])), ok(&by_key), "{arg}");
    }
    let output = run(&["list", "--category", "CallInvitation"]);
    assert_eq!(
        ok(&output).lines().count(),
        Category::CallInvitation.codes().count()
    );
}

#[test]
fn list_as_json_matches_the_library() {
    let output = run(&["--json", "list"]);
    let records = json_array(ok(&output));
    assert_eq!(records.len(), ZimErrorCode::ALL.len());
    for (record, &code) in records.iter().zip(ZimErrorCode::ALL) {
        assert_record(record, code);
    }
    let output = run(&["list", "--json", "--category", "group"]);
    let records = json_array(ok(&output));
    let expected: Vec<ZimErrorCode> = Category::Group.codes().collect();
    assert_eq!(records.len(), expected.len());
    for (record, code) in records.iter().zip(expected) {
        assert_record(record, code);
        assert_eq!(record["category"], "group");
    }
}

#[test]
fn list_an_unknown_category_lists_the_valid_keys() {
    let keys: Vec<String> = Category::ALL
        .iter()
        .map(|c| format!("`{}`", c.key()))
        .collect();
    let output = run(&["list", "--category", "logon"]);
    fails(
        &output,
        2,
        &format!(
            "zimerr: unknown category `logon`; valid categories: {}",
            keys.join(", ")
        ),
    );
    assert!(stderr(&output).contains("`login`, `message`"));
    assert_eq!(stdout(&output), "");
}

// ---------------------------------------------------------------------------------------
// search

#[test]
fn search_needs_all_words_in_any_case() {
    let output = run(&["search", "TOKEN", "expired"]);
    let text = ok(&output);
    let found: Vec<&str> = text
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    // What the library says: every word in the name, description or solution.
    let expected: Vec<String> = ZimErrorCode::ALL
        .iter()
        .filter(|c| {
            let fields = [c.name(), c.description(), c.solution().unwrap_or("")];
            ["token", "expired"]
                .iter()
                .all(|w| fields.iter().any(|f| f.to_lowercase().contains(w)))
        })
        .map(|c| c.code().to_string())
        .collect();
    assert_eq!(found, expected);
    assert!(found.contains(&"6000106"));
    assert!(
        !found.contains(&"6000104"),
        "NetworkError does not mention tokens"
    );
}

#[test]
fn search_matches_names() {
    let output = run(&["--json", "search", "blacklistfull"]);
    let records = json_array(ok(&output));
    assert_eq!(records.len(), 1);
    assert_record(&records[0], ZimErrorCode::BlacklistFull);
}

#[test]
fn search_without_match_fails() {
    let output = run(&["search", "xyzzy", "plugh"]);
    fails(&output, 1, "zimerr: no code matches `xyzzy plugh`");
    assert_eq!(stdout(&output), "");
    // JSON users get an empty array, and the same status.
    let output = run(&["--json", "search", "xyzzy"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(json_array(stdout(&output)), Vec::<Value>::new());
}

#[test]
fn search_needs_a_word() {
    fails(
        &run(&["search", " "]),
        2,
        "zimerr: nothing to search for: give at least one word",
    );
}

// ---------------------------------------------------------------------------------------
// scan

const LOG: &[u8] = b"\
2025-03-14T10:00:01Z ERROR login failed code=6000106 msg=token expired
2025-03-14T10:00:02Z ERROR send failed err=6000104 (network)
2025-03-14T10:00:03Z ERROR login failed code=6000106 seq=1234567 user=16000106
[6000106] retry 1 of 3 took 0 ms; 60001060 is a trace id, 600010612 too
2025-03-14T10:00:04Z WARN unknown=6000105 again 6000105;6000999
2025-03-14T10:00:05Z INFO room code: 6000301 result 0 1 6000104";

#[test]
fn scan_stdin_counts_codes_most_frequent_first() {
    let output = run_with_stdin(&["scan", "-"], LOG);
    let text = ok(&output);
    let lines: Vec<Vec<&str>> = text
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(lines[0][..3], ["3", "6000106", "TokenExpired"]);
    assert_eq!(lines[1][..3], ["2", "6000104", "NetworkError"]);
    assert_eq!(lines[2][..3], ["1", "6000301", "RoomIdNotFound"]);
    assert_eq!(
        lines[0][3..].join(" "),
        ZimErrorCode::TokenExpired.description()
    );
    assert!(lines[3].is_empty());
    assert!(text.contains("unknown codes"));
    assert_eq!(lines[5][..2], ["2", "6000105"]);
    assert_eq!(lines[6][..2], ["1", "6000999"]);
    assert!(text.contains("in the range of Login errors (login)"));
    assert_eq!(lines.len(), 7);
}

#[test]
fn scan_a_file_as_json() {
    let path = temp_file("scan.log", LOG);
    let output = run(&["--json", "scan", path.to_str().unwrap()]);
    let records = json_array(ok(&output));
    let (known, unknown) = scan_counts(&records);
    assert_eq!(known, [(6000106, 3), (6000104, 2), (6000301, 1)]);
    assert_eq!(unknown, [(6000105, 2), (6000999, 1)]);
    assert_record(&records[0], ZimErrorCode::TokenExpired);
    assert_record(&records[1], ZimErrorCode::NetworkError);
    assert_record(&records[2], ZimErrorCode::RoomIdNotFound);
    for record in &records[3..] {
        assert_eq!(record["known"], false);
        assert_eq!(record["name"], Value::Null);
        assert_eq!(record["category"], Value::Null);
        assert_eq!(record["description"], Value::Null);
    }
    assert_eq!(records[3]["range_category"], "login");
    assert_eq!(
        records[4]["range_category"],
        json!(Category::of_code(6000999).map(Category::key))
    );
    // The same input on stdin gives the same result.
    let from_stdin = run_with_stdin(&["--json", "scan", "-"], LOG);
    assert_eq!(ok(&from_stdin), ok(&output));
}

#[test]
fn scan_counts_only_maximal_runs_of_seven_digits() {
    let log = b"16000106 60001060 600010612 06000106 a16000106b 60001061 6000106000\n\
                6000106 x6000106y (6000106) 6000106.5 code=6000106,\n\
                0 1 0 1 000 5999999 7000000 600010 6000106";
    let output = run_with_stdin(&["--json", "scan", "-"], log);
    let (known, unknown) = scan_counts(&json_array(ok(&output)));
    assert_eq!(
        known,
        [(6000106, 6)],
        "only the standalone 7-digit runs count"
    );
    assert_eq!(unknown, []);
}

#[test]
fn scan_never_counts_codes_0_and_1() {
    let output = run_with_stdin(&["scan", "-"], b"code=0 code=1 0 1\n");
    assert!(output.status.success());
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        "zimerr: no ZIM codes found in standard input\n"
    );
    let help = run(&["scan", "--help"]);
    assert!(ok(&help).contains("Codes 0 (success) and 1 (generic failure) are not scanned for"));
}

#[test]
fn scan_reads_bytes_not_text() {
    let log = b"\xff\xfe 6000106 \xc3\x28 \x80\x81\n\xe6\x96\x87 6000104\xff6000106\x00";
    let output = run_with_stdin(&["--json", "scan", "-"], log);
    let (known, _) = scan_counts(&json_array(ok(&output)));
    assert_eq!(known, [(6000106, 2), (6000104, 1)]);
}

#[test]
fn scan_results_do_not_depend_on_the_buffer_size() {
    let expected = run_with_stdin(&["--json", "scan", "-"], LOG);
    for size in ["1", "2", "3", "5", "7", "8", "13"] {
        let output = run_with_stdin(&["--json", "scan", "--buffer-size", size, "-"], LOG);
        assert_eq!(ok(&output), ok(&expected), "buffer of {size} bytes");
    }
}

#[test]
fn scan_several_files_adds_up() {
    let a = temp_file("a.log", b"6000106 6000104\n6000106");
    let b = temp_file("b.log", b"6000106\n");
    let output = run(&["--json", "scan", a.to_str().unwrap(), b.to_str().unwrap()]);
    let (known, _) = scan_counts(&json_array(ok(&output)));
    // The number at the end of a.log does not run into b.log.
    assert_eq!(known, [(6000106, 3), (6000104, 1)]);
}

#[test]
fn scan_streams_a_large_input() {
    // 16 MB through a pipe, in many reads: every line's code is found.
    let line = b"2025-03-14T10:00:01.123456Z ERROR [zim] seq=1234567 code=6000106 cost=12ms\n";
    let lines = 16 * 1024 * 1024 / line.len();
    let mut log = Vec::with_capacity(lines * line.len() + 16);
    for _ in 0..lines {
        log.extend_from_slice(line);
    }
    log.extend_from_slice(b"6000999");
    let output = run_with_stdin(&["--json", "scan", "-"], &log);
    let (known, unknown) = scan_counts(&json_array(ok(&output)));
    assert_eq!(known, [(6000106, lines as u64)]);
    assert_eq!(unknown, [(6000999, 1)]);
}

#[test]
fn scan_a_missing_file_fails() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("zimerr-cli-no-such.log");
    let output = run(&["scan", path.to_str().unwrap()]);
    fails(
        &output,
        1,
        &format!(
            "zimerr: cannot open `{}`: no such file or directory",
            path.display()
        ),
    );
    let dir = env!("CARGO_TARGET_TMPDIR");
    fails(
        &run(&["scan", dir]),
        1,
        &format!("zimerr: cannot read `{dir}`: is a directory"),
    );
}

#[test]
fn scan_without_codes_is_not_an_error() {
    let output = run_with_stdin(&["--json", "scan", "-"], b"all quiet 42 2025\n");
    assert!(output.status.success());
    assert_eq!(json_array(stdout(&output)), Vec::<Value>::new());
    assert_eq!(
        stderr(&output),
        "zimerr: no ZIM codes found in standard input\n"
    );
}

// ---------------------------------------------------------------------------------------
// Colors, pipes, help

const ESC: char = '\u{1b}';

#[test]
fn piped_output_has_no_escape_codes() {
    for args in [
        &["explain", "6000106"][..],
        &["list"],
        &["search", "token"],
        &["--json", "list"],
    ] {
        assert!(!ok(&run(args)).contains(ESC), "{args:?}");
    }
    let output = run_with_stdin(&["scan", "-"], LOG);
    assert!(!ok(&output).contains(ESC));
}

#[test]
fn colors_follow_clicolor_force_no_color_and_the_flag() {
    let colored = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = command(args);
        for (key, value) in env {
            command.env(key, value);
        }
        let output = command.output().unwrap();
        ok(&output).contains(ESC)
    };
    let explain = ["explain", "6000106"];
    assert!(colored(&explain, &[("CLICOLOR_FORCE", "1")]));
    assert!(!colored(
        &explain,
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]
    ));
    assert!(!colored(&explain, &[("NO_COLOR", "1")]));
    assert!(colored(&["--color", "always", "list"], &[]));
    assert!(!colored(
        &["--color", "never", "list"],
        &[("CLICOLOR_FORCE", "1")]
    ));
    // Colors never change the text itself.
    let plain = run(&explain);
    let forced = command(&explain)
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert_eq!(strip_ansi(ok(&forced)), ok(&plain));
    // JSON is never colored.
    assert!(!colored(
        &["--json", "explain", "6000106"],
        &[("CLICOLOR_FORCE", "1")]
    ));
}

/// Removes `ESC [ ... m` sequences.
fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == ESC {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // The reader is gone before zimerr writes: it only writes after its input ends.
    let mut child = command(&["--json", "scan", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(LOG).unwrap();
    drop(stdin);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}: {err}");
    assert_eq!(err, "");

    // The same with more output than a pipe holds, the reader gone at once.
    let mut child = command(&["--json", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"));
}

#[test]
fn help_documents_every_command_with_examples() {
    let output = run(&["--help"]);
    let help = ok(&output);
    for word in [
        "explain",
        "list",
        "search",
        "scan",
        "--json",
        "--color",
        "Examples:",
    ] {
        assert!(help.contains(word), "{word}");
    }
    for command in ["explain", "list", "search", "scan"] {
        let output = run(&[command, "--help"]);
        let help = ok(&output);
        assert!(help.contains("Examples:"), "{command}");
        assert!(help.contains(&format!("zimerr {command}")), "{command}");
        assert!(help.contains("--json"), "{command}");
    }
    assert!(!ok(&run(&["scan", "--help"])).contains("buffer-size"));
}

#[test]
fn no_arguments_is_a_usage_error() {
    let output = run(&[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("Usage:"));
    let output = run(&["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn version() {
    let output = run(&["--version"]);
    assert_eq!(
        ok(&output),
        format!("zimerr {}\n", env!("CARGO_PKG_VERSION"))
    );
}
