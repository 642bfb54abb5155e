//! The `zimerr` command, driven as a user would: the built binary, its exit status, its
//! stdout and stderr, on the bundled catalogs and on catalog files. Expected values come
//! from the catalog engine or from literals, never from the command's own output.

use std::io::{Read as _, Write as _};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use zimerr_catalog::{Catalog, SourceText};

// ---------------------------------------------------------------------------------------
// Helpers

/// The command with a neutral environment: no colors forced or refused, no catalog set.
fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_zimerr"));
    command
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("ZIMERR_CATALOG")
        .env_remove("ZIMERR_LANG")
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

/// Asserts exit status 0 and an empty stderr; returns stdout.
fn ok(output: &Output) -> &str {
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(output));
    assert_eq!(stderr(output), "", "nothing on stderr");
    stdout(output)
}

/// Asserts the exit status; returns stderr.
fn exits(output: &Output, status: i32) -> &str {
    assert_eq!(
        output.status.code(),
        Some(status),
        "stdout: {}\nstderr: {}",
        stdout(output),
        stderr(output)
    );
    stderr(output)
}

fn json_array(text: &str) -> Vec<Value> {
    match serde_json::from_str(text).expect("stdout is JSON") {
        Value::Array(items) => items,
        other => panic!("expected a JSON array, got {other}"),
    }
}

fn numbers(records: &[Value]) -> Vec<u64> {
    records
        .iter()
        .map(|r| r["code"].as_u64().unwrap())
        .collect()
}

/// `text` without any whitespace, so that wrapped text can be compared.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn client() -> Catalog {
    zimerr_catalog::check(&SourceText::bundled()).unwrap()
}

fn temp_file(name: &str, contents: &[u8]) -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("zimerr-cli-{name}"));
    std::fs::write(&path, contents).unwrap();
    path.to_str().unwrap().to_owned()
}

/// The minimal catalog of docs/catalog.md: two categories, three codes.
const BILLING: &str = "\
categories:
  - key: billing
    name: Billing
    title: Billing errors
    ranges:
      - { first: 7000100, last: 7000199 }
  - key: quota
    name: Quota
    title: Quota errors
    ranges:
      - { first: 7000200, last: 7000299 }
codes:
  - code: 7000101
    name: CardDeclined
    category: billing
    description: The card was declined.
    solution: Ask the user for another card.
    action: inform_user
    retryable: false
  - code: 7000102
    name: BillingUnavailable
    category: billing
    description: The billing backend is unavailable.
    action: retry
    retryable: true
  - code: 7000201
    name: TooManyRequests
    category: quota
    description: Requests are too frequent.
    solution: Retry later with backoff.
    action: retry
    retryable: true
";

fn billing() -> String {
    temp_file("billing.yaml", BILLING.as_bytes())
}

/// Asserts that a JSON record says what the engine says about a code of `catalog`.
fn assert_record(record: &Value, catalog: &Catalog, number: u32) {
    let code = catalog.find(number).unwrap();
    let category = catalog.category_of(code);
    assert_eq!(record["code"], number);
    assert_eq!(record["known"], true);
    assert_eq!(record["name"], code.name());
    assert_eq!(record["category"], category.key());
    assert_eq!(record["category_title"], category.title());
    assert_eq!(record["description"], code.description());
    assert_eq!(record["solution"].as_str(), code.solution());
    assert_eq!(record["action"], code.action().key());
    assert_eq!(record["retryable"], code.retryable());
    assert_eq!(record["success"], code.success());
    assert_eq!(record["sdk_name"].as_str(), code.sdk_name());
    assert_eq!(record["errata"].as_str(), code.errata());
    assert_eq!(record["description_zh"].as_str(), code.zh_description());
    assert_eq!(record["solution_zh"].as_str(), code.zh_solution());
}

/// The keys every record has, known code or not, whatever the subcommand.
const RECORD_KEYS: [&str; 22] = [
    "action",
    "action_description",
    "category",
    "category_title",
    "cause",
    "code",
    "deprecated",
    "description",
    "description_markdown",
    "description_zh",
    "errata",
    "known",
    "language",
    "name",
    "retryable",
    "sdk_name",
    "since",
    "solution",
    "solution_markdown",
    "solution_zh",
    "success",
    "texts",
];

fn keys(record: &Value) -> Vec<&str> {
    record
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect()
}

// ---------------------------------------------------------------------------------------
// explain

#[test]
fn explain_shows_every_field_of_a_code() {
    let catalog = client();
    let code = catalog.find(6000106).unwrap();
    let output = run(&["explain", "6000106"]);
    let text = ok(&output);
    assert!(text.starts_with("6000106 TokenExpired\n"), "{text}");
    assert!(squash(text).contains(&squash(code.description())));
    assert!(squash(text).contains(&squash(code.solution().unwrap())));
    assert!(text.contains("renew_token"));
    assert!(text.contains("ZIMErrorCodeNetworkModuleTokenExpired"));
    assert!(text.contains("Login errors (login)"));
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
}

#[test]
fn explain_wraps_chinese_text_without_a_line_starting_with_punctuation() {
    let catalog = client();
    let with_zh: Vec<String> = catalog
        .codes()
        .iter()
        .filter(|c| c.zh_description().is_some())
        .map(|c| c.code().to_string())
        .collect();
    assert!(!with_zh.is_empty());
    let args: Vec<&str> = std::iter::once("explain")
        .chain(with_zh.iter().map(String::as_str))
        .collect();
    let output = run(&args);
    for line in ok(&output).lines() {
        let value = line.trim_start();
        assert!(!value.starts_with(['。', '，', '、', '）']), "{line:?}");
    }
}

#[test]
fn explain_accepts_names_sdk_names_and_pasted_codes() {
    for arg in [
        "TokenExpired",
        "tokenexpired",
        "ZIMErrorCodeNetworkModuleTokenExpired",
        "zim::6000106",
        "6000106,",
        "\"[6000106]\"",
    ] {
        let output = run(&["--json", "explain", arg]);
        assert_eq!(numbers(&json_array(ok(&output))), [6000106], "{arg}");
    }
    let output = run(&["--json", "explain", "6000106, 6000104"]);
    assert_eq!(numbers(&json_array(ok(&output))), [6000106, 6000104]);
}

#[test]
fn explain_every_code_as_json_matches_the_engine() {
    let catalog = client();
    let all: Vec<String> = catalog
        .codes()
        .iter()
        .map(|c| c.code().to_string())
        .collect();
    let mut args = vec!["--json", "explain"];
    args.extend(all.iter().map(String::as_str));
    let output = run(&args);
    let records = json_array(ok(&output));
    assert_eq!(records.len(), catalog.codes().len());
    for (record, code) in records.iter().zip(catalog.codes()) {
        assert_record(record, &catalog, code.code());
        assert_eq!(keys(record), RECORD_KEYS);
    }
}

#[test]
fn explain_an_unknown_number_exits_1_and_still_prints_the_rest() {
    let output = run(&["--json", "explain", "6000106", "6000105"]);
    let err = exits(&output, 1);
    assert!(err.starts_with(
        "zimerr: `6000105` is not a code of the client catalog; it lies in the range of Login errors (`login`)\n"
    ), "{err}");
    assert!(
        err.contains("help: try `zimerr explain 6000106` (TokenExpired)"),
        "{err}"
    );
    let records = json_array(stdout(&output));
    assert_eq!(numbers(&records), [6000106, 6000105]);
    // One shape: the unknown number has every key, `null` where the catalog says nothing.
    assert_eq!(keys(&records[1]), RECORD_KEYS);
    assert_eq!(records[1]["known"], false);
    assert_eq!(records[1]["category"], "login");
    assert_eq!(records[1]["name"], Value::Null);
    // Text: the known code is still explained.
    let output = run(&["explain", "6000105", "6000106"]);
    exits(&output, 1);
    assert!(stdout(&output).starts_with("6000106 TokenExpired"));
}

#[test]
fn explain_bad_input() {
    let err = exits(&run(&["explain", "99999999999"]), 1).to_owned();
    assert!(err.contains("codes are at most 4294967295"), "{err}");
    let err = exits(&run(&["explain", ","]), 2).to_owned();
    assert_eq!(
        err,
        "zimerr: nothing to explain: give a code number or name\n"
    );
    exits(&run(&["explain"]), 2);
}

// ---------------------------------------------------------------------------------------
// list and search

#[test]
fn list_shows_every_code_in_catalog_order() {
    let catalog = client();
    let output = run(&["list"]);
    let lines: Vec<&str> = ok(&output).lines().collect();
    assert_eq!(lines.len(), catalog.codes().len());
    for (line, code) in lines.iter().zip(catalog.codes()) {
        let mut fields = line.split_whitespace();
        assert_eq!(fields.next(), Some(code.code().to_string().as_str()));
        assert_eq!(fields.next(), Some(code.name()));
        assert_eq!(fields.next(), Some(catalog.category_of(code).key()));
    }
}

#[test]
fn list_a_category_by_key_name_or_title() {
    let catalog = client();
    let login: Vec<u64> = catalog
        .codes()
        .iter()
        .filter(|c| catalog.category_of(c).key() == "login")
        .map(|c| u64::from(c.code()))
        .collect();
    for arg in ["login", "LOGIN", "Login", "login errors"] {
        let output = run(&["--json", "list", "--category", arg]);
        assert_eq!(numbers(&json_array(ok(&output))), login, "{arg}");
    }
}

#[test]
fn list_an_unknown_category_exits_1_with_a_suggestion() {
    let output = run(&["list", "--category", "logn"]);
    let err = exits(&output, 1);
    assert!(err.starts_with("zimerr: unknown category `logn` in the client catalog; its categories are `general`, `login`"), "{err}");
    assert!(
        err.contains("help: try `zimerr list --category login` (Login errors)"),
        "{err}"
    );
}

#[test]
fn search_matches_names_sdk_names_numbers_and_texts() {
    for (words, expected) in [
        (&["token", "EXPIRED"][..], 6000106),
        (&["TokenExpired"], 6000106),
        (&["NetworkModuleTokenExpired"], 6000106),
        (&["6000106"], 6000106),
        (&["renewToken", "token"], 6000106),
    ] {
        let mut args = vec!["--json", "search"];
        args.extend(words);
        let output = run(&args);
        assert!(
            numbers(&json_array(ok(&output))).contains(&expected),
            "{words:?}"
        );
    }
    // Every word must match, in some field.
    let output = run(&["--json", "search", "token", "blacklist"]);
    exits(&output, 1);
    assert!(json_array(stdout(&output)).is_empty());
}

#[test]
fn search_without_a_match_exits_1() {
    let output = run(&["search", "qqqqxxxx"]);
    assert_eq!(
        exits(&output, 1),
        "zimerr: no code of the client catalog matches `qqqqxxxx`\n"
    );
    assert_eq!(stdout(&output), "");
    assert_eq!(
        exits(&run(&["search", " "]), 2),
        "zimerr: nothing to search for: give at least one word\n"
    );
}

// ---------------------------------------------------------------------------------------
// Every hint finds something

/// The commands of the ``help: try `…` `` lines.
fn hinted_commands(stderr: &str) -> Vec<Vec<String>> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("help: try `"))
        .filter_map(|l| l.split_once('`').map(|(c, _)| c))
        .map(|c| {
            // Hints quote with single quotes only where needed; test paths have no spaces.
            c.split_whitespace()
                .map(|w| w.trim_matches('\'').to_owned())
                .collect()
        })
        .collect()
}

/// Runs `args`, follows every hint it prints, and asserts that each hinted command
/// exits 0 and that at least one of them finds `intended`.
fn follow_hints(args: &[&str], intended: u64) {
    let output = run(args);
    let err = exits(&output, 1);
    let hints = hinted_commands(err);
    assert!(!hints.is_empty(), "{args:?} printed no hint: {err}");
    let mut found = false;
    for hint in &hints {
        assert_eq!(hint[0], "zimerr", "{hint:?}");
        let mut hinted: Vec<&str> = vec!["--json"];
        hinted.extend(hint[1..].iter().map(String::as_str));
        let output = run(&hinted);
        let records = json_array(ok(&output));
        assert!(!records.is_empty(), "{hint:?} found nothing");
        found |= numbers(&records).contains(&intended);
    }
    assert!(found, "no hint of {args:?} finds {intended}: {hints:?}");
}

#[test]
fn every_hint_for_a_near_miss_finds_the_intended_code() {
    let billing = billing();
    let cases: Vec<(Vec<&str>, u64)> = vec![
        (vec!["explain", "600106"], 6000106),
        (vec!["explain", "60000106"], 6000106),
        (vec!["explain", "6001006"], 6000106),
        (
            vec!["explain", "ZIMErrorCodeNetworkModuleTokenExpire"],
            6000106,
        ),
        (vec!["explain", "TokenExpird"], 6000106),
        (vec!["explain", "tokenexpierd"], 6000106),
        (vec!["explain", "renewToken"], 6000106),
        (vec!["list", "--category", "logn"], 6000106),
        (vec!["list", "--category", "Logn"], 6000106),
        (vec!["search", "tokn", "expird"], 6000106),
        (vec!["search", "600106"], 6000106),
        (
            vec!["--catalog", "server", "explain", "10000004"],
            100000004,
        ),
        (vec!["explain", "100000004"], 100000004),
        (vec!["--catalog", &billing, "explain", "700101"], 7000101),
        (
            vec!["--catalog", &billing, "explain", "CardDecline"],
            7000101,
        ),
        (
            vec!["--catalog", &billing, "list", "--category", "biling"],
            7000101,
        ),
        (vec!["--catalog", &billing, "search", "declned"], 7000101),
    ];
    for (args, intended) in cases {
        follow_hints(&args, intended);
    }
}

// ---------------------------------------------------------------------------------------
// scan

/// A log with codes among noise the rules must not count.
const LOG: &[u8] = b"\
2025-03-14T10:00:01.123456Z ERROR login failed code=6000106 req=1f00e6000001b
2025-03-14T10:00:02.000000Z ERROR send failed [6000104] trace_id=a6000121f00e6000001b
2025-03-14T10:00:03Z WARN amount=6000106.50 v1.6000106 seq=16000106 06000106 x6000106
2025-03-14T10:00:04Z ERROR \"code\":6000106, error 6000106. unknown code 6000105
";

#[test]
fn scan_counts_codes_most_frequent_first_and_ignores_ids_and_decimals() {
    let output = run_with_stdin(&["--json", "scan", "-"], LOG);
    let records = json_array(ok(&output));
    let counts: Vec<(u64, u64, bool)> = records
        .iter()
        .map(|r| {
            (
                r["code"].as_u64().unwrap(),
                r["count"].as_u64().unwrap(),
                r["known"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        counts,
        [(6000106, 3, true), (6000104, 1, true), (6000105, 1, false)]
    );
    // One record shape, known or not: the record keys, `count` and `locations`.
    for record in &records {
        let mut expected: Vec<&str> = RECORD_KEYS.to_vec();
        expected.extend(["count", "locations", "catalog", "catalogs", "ambiguous"]);
        expected.sort_unstable();
        assert_eq!(keys(record), expected);
        assert_eq!(record["locations"], Value::Null);
        assert_eq!(record["catalog"], "client");
        assert_eq!(record["catalogs"], serde_json::json!(["client"]));
        assert_eq!(record["ambiguous"], false);
    }
    assert_record(&records[0], &client(), 6000106);
    assert_eq!(records[2]["category"], "login");
}

#[test]
fn scan_lines_shows_where_each_code_occurs() {
    let log = temp_file("lines.log", LOG);
    let output = run(&["--json", "scan", "--lines", &log]);
    let records = json_array(ok(&output));
    let lines = |i: usize| -> Vec<(String, u64)> {
        records[i]["locations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["file"].as_str().unwrap().to_owned(),
                    l["line"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(
        lines(0),
        [(log.clone(), 1), (log.clone(), 4), (log.clone(), 4)]
    );
    assert_eq!(lines(1), [(log.clone(), 2)]);
    let output = run(&["scan", "--lines", "--max-lines", "1", &log]);
    let text = ok(&output);
    assert!(text.contains(&format!("{log}:1 (and 2 more)")), "{text}");
}

#[test]
fn scan_results_do_not_depend_on_the_buffer_size() {
    let expected = ok(&run_with_stdin(&["--json", "scan", "-"], LOG)).to_owned();
    for size in ["1", "2", "7", "64"] {
        let output = run_with_stdin(&["--json", "scan", "--buffer-size", size, "-"], LOG);
        assert_eq!(ok(&output), expected, "buffer {size}");
    }
}

#[test]
fn scan_reports_an_unreadable_file_and_still_prints_the_others() {
    let log = temp_file("good.log", LOG);
    let missing = format!("{}/zimerr-cli-no-such.log", env!("CARGO_TARGET_TMPDIR"));
    let output = run(&["--json", "scan", &log, &missing]);
    assert_eq!(
        exits(&output, 2),
        format!("zimerr: cannot open `{missing}`: no such file or directory\n")
    );
    assert_eq!(
        numbers(&json_array(stdout(&output))),
        [6000106, 6000104, 6000105]
    );
    let dir = env!("CARGO_TARGET_TMPDIR");
    assert!(exits(&run(&["scan", dir]), 2).contains("is a directory"));
}

#[test]
fn scan_without_codes_exits_1() {
    let output = run_with_stdin(&["--json", "scan", "-"], b"all quiet 42 2025 0 1\n");
    assert_eq!(
        exits(&output, 1),
        "zimerr: no code of the client catalog found in standard input\n\
         help: only numbers in an error role count (see `zimerr scan --help`); \
         `--key NAME` adds a key, `--all-numbers` counts every number\n"
    );
    assert!(json_array(stdout(&output)).is_empty());
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
    log.extend_from_slice(b"error 6000105");
    let output = run_with_stdin(&["--json", "scan", "-"], &log);
    let records = json_array(ok(&output));
    assert_eq!(numbers(&records), [6000106, 6000105]);
    assert_eq!(records[0]["count"], lines as u64);
}

// ---------------------------------------------------------------------------------------
// Catalogs

#[test]
fn a_catalog_file_gets_explain_list_search_and_scan() {
    let billing = billing();
    let catalog = zimerr_catalog::check(&SourceText::from_text("billing", BILLING)).unwrap();
    let output = run(&["--catalog", &billing, "explain", "7000101"]);
    let text = ok(&output);
    assert!(text.starts_with("7000101 CardDeclined\n"), "{text}");
    assert!(text.contains("Ask the user for another card."));

    let output = run(&["--catalog", &billing, "--json", "list"]);
    let records = json_array(ok(&output));
    assert_eq!(numbers(&records), [7000101, 7000102, 7000201]);
    for (record, code) in records.iter().zip(catalog.codes()) {
        assert_record(record, &catalog, code.code());
    }

    let output = run(&["--catalog", &billing, "--json", "list", "-c", "quota"]);
    assert_eq!(numbers(&json_array(ok(&output))), [7000201]);
    let output = run(&["--catalog", &billing, "--json", "search", "backend"]);
    assert_eq!(numbers(&json_array(ok(&output))), [7000102]);

    // scan takes the codes and ranges from this catalog: ZIM codes do not count here.
    let log = b"declined code=7000101; error 7000101 again; code=7000150 new; code=6000106 zim\n";
    let output = run_with_stdin(&["--catalog", &billing, "--json", "scan", "-"], log);
    let records = json_array(ok(&output));
    assert_eq!(numbers(&records), [7000101, 7000150]);
    assert_eq!(records[1]["known"], false);
    assert_eq!(records[1]["category"], "billing");

    // Hints repeat the catalog, so that they work as printed.
    let output = run(&["--catalog", &billing, "explain", "7000103"]);
    assert!(exits(&output, 1).contains(&format!("`zimerr --catalog {billing} explain 7000102`")));
}

#[test]
fn the_catalog_can_come_from_the_environment() {
    let billing = billing();
    let output = command(&["--json", "explain", "CardDeclined"])
        .env("ZIMERR_CATALOG", &billing)
        .output()
        .unwrap();
    assert_eq!(numbers(&json_array(ok(&output))), [7000101]);
    // The option wins over the environment.
    let output = command(&["--catalog", "client", "--json", "explain", "6000106"])
        .env("ZIMERR_CATALOG", &billing)
        .output()
        .unwrap();
    assert_eq!(numbers(&json_array(ok(&output))), [6000106]);
}

#[test]
fn a_broken_catalog_exits_2_with_located_diagnostics() {
    let broken = BILLING.replace(
        "action: retry\n    retryable: true\n  - code: 7000201",
        "action: retyr\n    retryable: true\n  - code: 7000201",
    );
    let path = temp_file("broken.yaml", broken.as_bytes());
    for args in [
        &["explain", "7000101"][..],
        &["list"],
        &["search", "x"],
        &["scan", "-"],
    ] {
        let mut all = vec!["--catalog", path.as_str()];
        all.extend(args);
        let output = run(&all);
        let err = exits(&output, 2);
        assert_eq!(stdout(&output), "", "{args:?}");
        let line = BILLING
            .lines()
            .position(|l| l.contains("action: retry"))
            .unwrap()
            + 1;
        assert!(err.contains(&format!("--> {path}:{line}:")), "{err}");
        assert!(err.contains("did you mean `retry`?"), "{err}");
        assert!(err.contains('^'), "{err}");
    }
    let missing = format!("{}/zimerr-cli-no-such.yaml", env!("CARGO_TARGET_TMPDIR"));
    assert_eq!(
        exits(&run(&["--catalog", &missing, "list"]), 2),
        format!("zimerr: cannot read catalog `{missing}`: no such file or directory\n")
    );
    let not_utf8 = temp_file("latin1.yaml", b"categories: []\ncodes: \xff\n");
    let err = exits(&run(&["--catalog", &not_utf8, "list"]), 2).to_owned();
    assert!(err.contains(&format!("--> {not_utf8}:2:")), "{err}");
}

#[test]
fn the_server_catalog_is_chosen_by_name() {
    let output = run(&["--catalog", "server", "--json", "list"]);
    let records = json_array(ok(&output));
    assert!(!records.is_empty());
    // 0 is in both catalogs; the catalog says which table it is.
    let output = run(&["--catalog", "server", "--json", "explain", "0"]);
    assert_eq!(json_array(ok(&output))[0]["success"], true);
    let server = zimerr_catalog::check(&SourceText::bundled_server()).unwrap();
    let output = run(&["--catalog", "server", "--json", "list"]);
    let records = json_array(ok(&output));
    assert_eq!(records.len(), server.codes().len());
    for (record, code) in records.iter().zip(server.codes()) {
        assert_record(record, &server, code.code());
        assert_eq!(record["cause"].as_str(), code.cause());
    }
}

// ---------------------------------------------------------------------------------------
// Colors, pipes, help, completions

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
    assert!(!ok(&run_with_stdin(&["scan", "-"], LOG)).contains(ESC));
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
    assert!(colored(&["--color", "always", "list"], &[]));
    assert!(!colored(
        &["--color", "never", "list"],
        &[("CLICOLOR_FORCE", "1")]
    ));
    assert!(!colored(
        &["--json", "explain", "6000106"],
        &[("CLICOLOR_FORCE", "1")]
    ));
    // clap's own help follows the flag too.
    assert!(colored(&["--color", "always", "--help"], &[]));
    assert!(!colored(
        &["--color=never", "--help"],
        &[("CLICOLOR_FORCE", "1")]
    ));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = command(&["--json", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
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
}

#[test]
fn help_documents_the_exit_status_catalogs_and_scan_rules() {
    let output = run(&["--help"]);
    let help = ok(&output);
    for word in [
        "explain",
        "list",
        "search",
        "scan",
        "--catalog",
        "ZIMERR_CATALOG",
        "--json",
        "--color",
        "Exit status",
        "Examples:",
    ] {
        assert!(help.contains(word), "{word}");
    }
    for sub in ["explain", "list", "search", "scan"] {
        let output = run(&[sub, "--help"]);
        let help = ok(&output);
        assert!(help.contains("Exit status"), "{sub}");
        assert!(help.contains(&format!("zimerr {sub}")), "{sub}");
    }
    let output = run(&["scan", "--help"]);
    let help = ok(&output);
    assert!(help.contains("a6000121f00e6000001b") && help.contains("6000106.50"));
    // The role rules, with what does not count.
    for example in [
        "error_code",
        "MsgSeq=",
        "failed with 6000106",
        "[1433:72211]",
        "--all-numbers",
        "ambiguous",
    ] {
        assert!(help.contains(example), "{example}");
    }
    assert!(!help.contains("buffer-size"));
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let output = run(&["completions", shell]);
        assert!(ok(&output).contains("zimerr"), "{shell}");
    }
    let output = run(&["completions", "bash"]);
    assert!(ok(&output).contains("--catalog"));
    let output = run(&["manpage"]);
    let page = ok(&output);
    assert!(
        page.starts_with(".ie") || page.contains(".TH zimerr"),
        "{page}"
    );
    exits(&run(&["completions", "tcsh"]), 2);
}

#[test]
fn usage_errors_exit_2() {
    let output = run(&[]);
    assert!(exits(&output, 2).contains("Usage:"));
    exits(&run(&["frobnicate"]), 2);
    exits(&run(&["scan"]), 2);
}

#[test]
fn version() {
    let output = run(&["--version"]);
    assert_eq!(
        ok(&output),
        format!("zimerr {}\n", env!("CARGO_PKG_VERSION"))
    );
}

// ---------------------------------------------------------------------------------------
// explain follows the action, and places numbers only where the numbering does

#[test]
fn explain_does_not_say_try_again_where_the_action_is_not_retry() {
    let fix = ok(&run(&["--catalog", "server", "explain", "100000005"])).to_owned();
    assert!(
        !fix.lines().any(|l| l.trim_start().starts_with("solution")),
        "{fix}"
    );
    assert!(fix.contains("fix_request (fix the request"), "{fix}");
    let sign = ok(&run(&["--catalog", "server", "explain", "100000004"])).to_owned();
    assert!(
        sign.contains("sign_again (sign the request again"),
        "{sign}"
    );
    assert!(!sign.lines().any(|l| l.trim_start().starts_with("solution")));
    // A retry code keeps the vendor's "try again".
    let busy = ok(&run(&["--catalog", "server", "explain", "1"])).to_owned();
    assert!(
        busy.contains("solution       Please try again later."),
        "{busy}"
    );
    // The JSON record keeps the verbatim solution.
    let records = json_array(ok(&run(&[
        "--catalog",
        "server",
        "explain",
        "100000005",
        "--json",
    ])));
    assert_eq!(records[0]["solution"], "Please try again.");
    assert_eq!(records[0]["action"], "fix_request");
}

#[test]
fn explain_places_client_codes_years_and_ports_in_no_server_category() {
    for number in ["6000106", "2025", "8080", "4"] {
        let output = run(&["--catalog", "server", "explain", number, "--json"]);
        let records = json_array(stdout(&output));
        assert_eq!(records.len(), 1, "{number}");
        assert_eq!(records[0]["known"], false, "{number}");
        assert_eq!(records[0]["category"], Value::Null, "{number}");
    }
    let records = json_array(stdout(&run(&[
        "--catalog",
        "server",
        "explain",
        "100000042",
        "660123456",
        "--json",
    ])));
    assert_eq!(records[0]["category"], "api_gateway");
    assert_eq!(records[1]["category"], "zim_service");
}

// languages and Markdown

/// A catalog with two other languages and Markdown texts.
const CHAT: &str = "\
language: en
languages: [zh, ja]
markdown: true
categories:
  - key: account
    name: Account
    title: Account errors
codes:
  - code: 70001
    name: UserSigExpired
    category: account
    description: UserSig has **expired**.
    solution: See [the guide](https://example.com/usersig) and log in again.
    action: renew_token
    retryable: true
    texts:
      zh:
        description: UserSig 已过期。
      ja:
        description: UserSig の有効期限が切れています。
        solution: 再度ログインしてください。
  - code: 70002
    name: UserSigInvalid
    category: account
    description: UserSig is invalid.
    action: renew_token
    retryable: false
";

#[test]
fn lang_shows_the_text_in_that_language_with_fallback() {
    let chat = temp_file("chat.yaml", CHAT.as_bytes());
    let out = run(&[
        "--catalog",
        &chat,
        "--lang",
        "zh-Hans-CN",
        "explain",
        "70001",
    ]);
    let text = ok(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[1], "  UserSig 已过期。");
    // No `zh` solution: the main language's, as plain text.
    assert!(
        text.contains(
            "  solution       See the guide (https://example.com/usersig) and log in again.\n"
        ),
        "{text}"
    );
    // The main language and the other languages are listed under their tags.
    assert!(
        text.contains("  description en UserSig has expired.\n"),
        "{text}"
    );
    assert!(
        text.contains("  description ja UserSig の有効期限が切れています。\n"),
        "{text}"
    );
    assert!(!text.contains("description zh"), "{text}");
    // `list` in Japanese: the code without Japanese text falls back to English.
    let list = run(&["--catalog", &chat, "--lang", "JA", "list"]);
    let list = ok(&list);
    assert!(
        list.lines()
            .next()
            .unwrap()
            .ends_with("UserSig の有効期限が切れています。")
    );
    assert!(
        list.lines()
            .nth(1)
            .unwrap()
            .ends_with("UserSig is invalid.")
    );
    // The main language, and a language the catalog does not have.
    let en = run(&["--catalog", &chat, "--lang", "en-GB", "list"]);
    assert!(
        ok(&en)
            .lines()
            .next()
            .unwrap()
            .ends_with("UserSig has expired.")
    );
    let fr = run(&["--catalog", &chat, "--lang", "fr", "list"]);
    let err = exits(&fr, 2);
    assert_eq!(stdout(&fr), "");
    assert!(
        err.contains("has no text in `fr`; its languages are `en`, `zh`, `ja`"),
        "{err}"
    );
    // `search` finds words of every language.
    let found = run(&["--catalog", &chat, "--json", "search", "有効期限"]);
    assert_eq!(numbers(&json_array(ok(&found))), [70001]);
}

#[test]
fn json_records_add_every_language_and_the_markdown() {
    let chat = temp_file("chat-json.yaml", CHAT.as_bytes());
    let out = run(&[
        "--catalog",
        &chat,
        "--lang",
        "ja",
        "--json",
        "explain",
        "70001",
        "70009",
    ]);
    exits(&out, 1);
    let records = json_array(stdout(&out));
    let known = &records[0];
    // `--lang` does not change JSON: `description` is the main language, as plain text.
    assert_eq!(known["description"], "UserSig has expired.");
    assert_eq!(
        known["solution"],
        "See the guide (https://example.com/usersig) and log in again."
    );
    assert_eq!(known["description_markdown"], "UserSig has **expired**.");
    assert_eq!(
        known["solution_markdown"],
        "See [the guide](https://example.com/usersig) and log in again."
    );
    assert_eq!(known["language"], "en");
    assert_eq!(known["texts"]["zh"]["description"], "UserSig 已过期。");
    assert_eq!(known["texts"]["zh"]["solution"], Value::Null);
    assert_eq!(
        known["texts"]["ja"]["solution"],
        "再度ログインしてください。"
    );
    assert_eq!(known["description_zh"], "UserSig 已过期。");
    assert_eq!(keys(known), keys(&records[1]));
    assert_eq!(records[1]["texts"], Value::Null);
    // The bundled catalog: no Markdown, `zh` from the `zh` key.
    let zim = run(&["--json", "explain", "6000210", "6000106"]);
    let zim = json_array(ok(&zim));
    assert_eq!(zim[0]["texts"]["zh"]["description"], "文件模块错误。");
    assert_eq!(zim[0]["description_markdown"], Value::Null);
    assert_eq!(zim[1]["texts"], serde_json::json!({}));
}
