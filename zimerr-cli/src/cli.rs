//! The command line: subcommands, options, their help text, completions and man page.

use std::ffi::OsString;
use std::io::{self, Write};

use clap::{ColorChoice, CommandFactory as _, FromArgMatches as _, Parser, Subcommand};
use clap_complete::Shell;

const EXIT_STATUS: &str = "\
Exit status (every subcommand):
  0  found: every code, category or match asked for, or at least one code in a scan
  1  not found: an unknown code or category, no search match, no code in the logs
     (what was found is still printed; a hint names a command that finds something)
  2  usage or I/O error: a bad option, a broken or unreadable catalog, an unreadable
     log (the other logs are still scanned and reported)";

const MAIN_EXAMPLES: &str = "\
Catalogs:
  --catalog client   the ZIM client SDK's error codes (the default)
  --catalog server   the ZIM server API's return codes
  --catalog FILE     a catalog of your own (YAML), checked as `zim_errors!` checks it;
                     write ./client for a file named client. The format:
                     https://github.com/zimerr/zimerr/blob/main/docs/catalog.md
  A bundled catalog is chosen by name only, never guessed from a number: 0 and 1 mean
  different things in the client and the server catalog.

Examples:
  zimerr explain 6000106               what a code means and what to do about it
  zimerr explain TokenExpired 6000104  by name or number, several at once
  zimerr list --category login         the codes of one category
  zimerr search token expired          codes whose names or texts contain all the words
  zimerr scan app.log                  count the catalog's codes in a log
  journalctl -u app | zimerr scan -    ... or in standard input
  zimerr --json explain 6000106        the same data as JSON
  zimerr --catalog server explain 100000004
  zimerr --catalog errors/billing.yaml scan billing.log

";

const EXPLAIN_EXAMPLES: &str = "\
Examples:
  zimerr explain 6000106
  zimerr explain TokenExpired
  zimerr explain ZIMErrorCodeNetworkModuleTokenExpired
  zimerr explain '6000106, 6000104'    pasted from a log: commas and punctuation are fine
  zimerr --json explain 6000106 6000104

An unknown number is reported with the category whose range holds it and the nearest
known codes (a digit dropped, doubled, mistyped or two swapped, then the neighbours);
with --json it is still printed, as a record with \"known\": false.";

const LIST_EXAMPLES: &str = "\
Examples:
  zimerr list
  zimerr list --category login
  zimerr list --category CallInvitation
  zimerr --json list --category group";

const SEARCH_EXAMPLES: &str = "\
Examples:
  zimerr search token
  zimerr search group member limit
  zimerr search NetworkModule          SDK names too
  zimerr search 60001                  numbers too (any part of the number)
  zimerr --json search blacklist";

const SCAN_RULES: &str = "\
What counts as a code (full rules with examples: the zimerr-cli README):
  - A number is a maximal run of ASCII digits, written without leading zeros
    (16000106, 60001060 and 06000106 are not 6000106), standing alone as a word (not
    touching an ASCII letter or `_`: trace_id=a6000121f00e6000001b, 0x6000106,
    user_6000106, 6000106ms do not count; an ANSI colour code before it is fine), not
    part of a decimal (6000106.50, 1.6000106), and at least --min-code (default 1000,
    or 1 for a catalog with codes from 2 to 999: 0 and 1 are flags in most logs, and 0
    is success in nearly every catalog).
  - It is a code of a catalog but its success code (no error), or an unknown number in
    the range of one of its categories (listed separately).
  - It stands in an error role:
    * the value of an error-like key, in any case and separator style, after `=`,
      `:`, `: `, `\": `, `=>` (Ruby, PHP, Elixir), as an XML element
      (<ErrorCode>6000106), or quoted (`\"code\":\"6000106\"`), quotes escaped by
      backslashes too (JSON inside a logged string: {\\\"code\\\": 6000106}): code,
      err, error, errno, errcode, error_code, ErrorCode, result, ResultCode, ret,
      retcode, rc, status_code, SubCode, reason_code, err_no, fail, fatal, panic, any
      key ending in err (sb_err), errcode, errorcode, errno, retcode, returncode, resultcode,
      statuscode, subcode, reasoncode, error, exception, failed or failure (SendMsgErrCode,
      ApiError), the last part of a dotted key (resp.code), a code field the catalog
      declares, the catalog's prefix (whole, or one of its words) before code, err,
      errno, retcode or resultcode (zoom_code, jpushCode for the prefixes zoom and
      jpush), any other key ending in code (infocode, hms_code: a vendor's code
      field) but codes of other kinds (version, zip, postal, country, area, city, ad,
      region, lang, currency, auth, verification, sms, otp, captcha, invite, promo,
      coupon, http, grpc, exit... : versionCode, zip_code, http_code), and every --key
      NAME. A key ending in status_code (statusCode, http_status_code) holds an HTTP
      status from 100 to 599: only other numbers count there, unless --key or the
      catalog names the key. A fail, failed, failure or failures key (or one ending so) written as a
      field, with `=` or quoted (failed=30, \"failed\": 50), is a count, not an error.
      Other keys never count: MsgSeq=, ok=, bytes=, port=, pid=, uid=, seq=, status=
      (an HTTP status or a state; but for the status rules below, and --key status for
      a log that puts codes there), except rawValue and value
      inside the parentheses of a name holding an error word (an error enum's value:
      AgoraErrorCode(rawValue: 110)).
    * without a key: the word right before it holds an error word (err..., fail...,
      exception, code, fatal, panic, at the start of a word or of a part of one
      after `_`, a camelCase change or an acronym: onError(6000106, ApiError:
      [6000106], ErrorCode 6000106, TencentIMError: [6000106],
      ERR_INVALID_TOKEN(6000106); 错误, 失败, 异常 anywhere: 错误码6000106), or is a
      return verb (return, returns, returned, returning: upstream returned 6000106),
      or names a code field (infocode 6000106, as a key above but for the built-in
      ones), or is a code's name or SDK name of 8 letters or more in any case and
      separator style (TOKEN_EXPIRED (6000106), TokenExpired: 6000106; also as a key),
      or names the catalog's vendor (the first word of its prefix or the whole
      prefix, or their start in capitals from 3 letters: ZIM 6000106, HMS 80100000 for
      hmspush, not send 20000 for sendbird;
      or a word that starts with a vendor name of 4 letters or more: RongCloud 1050
      for rong; also as a key, but a file name: sendbird: 400201),
      or the last word is with, is, was, of, as, got, said or says and the word before
      it holds an error word or names the vendor (failed with 6000106, HMS said
      80100002). A quote right before the number is no clause boundary (ErrorCode
      \"6000106\"), nor is a number sign after the word (Code №6000106, error code
      No. 6000106). A code of another kind is no error word (versionCode 6000106).
      Both words must be in the number's clause: back to a newline, `;`, `|`, `,`,
      `&`, `\"` or `. `. A log level in capitals (ERROR 4711, FATAL) is no error word.
    * a lone number in parentheses right after a sentence end, when that sentence's
      clause holds an error word anywhere (a log level aside): ZIMException: Login
      timeout. (6000106); not failed. (3 retries), not Connection closed. (6000106).
    * status (a word or a key) in a clause holding an error word (a log level aside),
      when the number cannot be an HTTP status (100 to 599): failed with error: Bad
      Credentials (status 4); not exited with exit status 2, not ERROR status 4.
    * an element of a list, or the first of each pair in a list of pairs, that is the
      value of a key naming codes or errors in the plural (retryable_codes=[6000106,
      6000107], top_errors=[(6000106, 48), (6000107, 22)]).
    * a constant's name (capitals and digits joined by _) right before `(`, when the
      number closes the parentheses and the clause holds an error word before the
      name: onError: RC_NET_UNAVAILABLE(6000106).
    * a path segment right after an error, errors, error-codes, errcode or errcodes
      segment, a link to the code's documentation:
      https://example.com/docs/errors/6000106 (not /api/v1/users/6000106).
    * a code in parentheses after `#` that opens a message, right after a quote or a
      colon, as the Graph API writes its codes: \"message\":\"(#6000106) Invalid
      token\", OAuthException: (#6000106) ... (not attempt (#3), not error #3).
  - Or, for a code of the catalog (not an unknown number) in none of these roles,
    what stands right next to it in its line (at most 160 bytes after it) names it:
    * a code's name or SDK name right after it, past brackets, quotes and one
      separator (6000106 TOKEN_EXPIRED, [6000106] (TokenExpired)), or first in its
      brackets, before a comma: (TOKEN_EXPIRED, 6000106); or its own code's name
      written as 2 to 4 words right before or after it: Token Expired (6000106);
    * its own text, the first clause of its description (up to `. `, `; `, `, `, 。,
      ，or ；, 12 bytes or more, any case), right after it or right before it with at
      most one word between:
      [6000106] Token has expired, Token has expired (6000106), Token has expired
      (status 6000106);
    * the value of a status or result key whose record's next key is an error text
      (error_text, errmsg, error_message, ErrorInfo, error_description...):
      \"status\":\"4\",\"error-text\":\"Bad Credentials\", status=4 err_msg=...;
    * a key of a map in a line that holds an error word or the vendor's name before
      the map: \"msg\":\"error counters\",\"counts\":{\"6000106\":14},
      failures_by_code {6000106: 41};
    * a whole argument of an error's call or repr, not the first:
      ZIMException(429, 'Too Many', 6000106, 'POST').
  - It never counts (whatever its key) when it is signed (code=-10004, +0800), part
    of a path (/users/6000106; but for the rule above), of a time, thread id or
    address (10:00, [1433:72211], 10.0.0.1:8080), of a date, range or uuid
    (2025-12-07, 6000106-6000108), an ordinal or counter (#6000106, *7003; but for
    the rule above), a process's exit code (exit code 124, Exit Code: 1), a process
    id before its thread (6000106#0), a numbered item: a number that opens
    parentheses and a colon follows (nginx's errno, failed (111: Connection refused)),
    a number from 100 to 599 that an HTTP reason phrase follows (500 Internal Server
    Error, 503 Server Error: ...), or a logcat brief line's process id (W/Tag( 6022):).
    One exception: a negative number returned as an error the C way counts as its
    negation, right after a return verb (joinChannel returned -2) or first in the
    parentheses of a name holding an error word (AgoraRtcException(-17, null)).
  - --all-numbers counts every number of the first two rules, in any role, success
    codes too (the rules of zimerr 0.1's first scan).

Several catalogs: --catalog client,server (or --catalog more than once). Each code is
attributed to the catalog that knows it; a number that several know is reported as
ambiguous, never guessed (JSON: \"catalog\": null, \"ambiguous\": true, \"catalogs\"
lists them); an unknown number names the catalogs whose ranges hold it.

The input is read as bytes through a fixed-size buffer, never as a whole: logs of any
size and with invalid UTF-8 are fine, and memory does not grow with the log (with
--lines it grows with --max-lines per code only).

Examples:
  zimerr scan app.log
  zimerr scan app.log worker.log
  zimerr scan --lines app.log          where each code occurs (file:line)
  zimerr --catalog client,server scan --min-code 0 mixed.log
  zimerr scan --key SendMsgResult app.log
  zcat app.log.gz | zimerr scan -
  zimerr --json scan app.log | jq '.[0]'";

/// Explain error codes of the ZEGOCLOUD ZIM SDK, or of any zimerr catalog, like
/// `rustc --explain`.
///
/// What went wrong, what to do about it, whether to retry, and more, for every code of
/// the catalog in use: the bundled ZIM client SDK catalog by default, the bundled ZIM
/// server API catalog, or a catalog file of your own. Bundled catalogs are compiled in:
/// no network needed.
#[derive(Debug, Parser)]
#[command(name = "zimerr", version, about, long_about)]
#[command(propagate_version = true, arg_required_else_help = true)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,

    /// The catalog: `client` (the ZIM client SDK, default), `server` (the ZIM server
    /// API) or the path of a catalog file. `scan` reads several: give `--catalog` more
    /// than once, or a comma-separated list (`--catalog client,server`).
    #[arg(
        long,
        global = true,
        env = "ZIMERR_CATALOG",
        value_name = "client|server|FILE",
        default_value = "client",
        action = clap::ArgAction::Append,
        value_delimiter = ','
    )]
    pub(crate) catalog: Vec<OsString>,

    /// Print JSON instead of text: an array of records with the same keys for every
    /// code, known or not (the zimerr-cli README shows the shape).
    #[arg(long, global = true)]
    pub(crate) json: bool,

    /// When to color the output, clap's own help and errors included. `auto` colors a
    /// terminal only, and never when the `NO_COLOR` environment variable is set.
    #[arg(long, global = true, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,

    /// Show descriptions and solutions in this language (a BCP 47 tag such as `zh` or
    /// `zh-Hans-CN`, matched as the generated `description_in` matches it), falling back
    /// to the catalog's main language where a code has no text in it. JSON records are
    /// the same whatever the language: they hold every language (`texts`).
    #[arg(long, global = true, value_name = "TAG", env = "ZIMERR_LANG")]
    pub(crate) lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Explain codes, given as numbers or names.
    ///
    /// Shows each code's name, category, description, cause, solution, action, whether
    /// a retry can succeed, the official SDK name, recorded errata of the source table
    /// and the original Chinese text where there is one.
    #[command(after_help = EXPLAIN_EXAMPLES)]
    Explain {
        /// Codes such as `6000106` (or `zim::6000106`), names such as `TokenExpired`
        /// (any case), or SDK names such as `ZIMErrorCodeNetworkModuleTokenExpired`.
        /// Commas, spaces and punctuation around them are ignored.
        #[arg(required = true, value_name = "CODE|NAME")]
        codes: Vec<String>,
    },

    /// List the codes of the catalog: code, name, category and description.
    #[command(after_help = LIST_EXAMPLES)]
    List {
        /// Only this category, by key (`login`), name (`Login`) or title, in any case.
        #[arg(long, short, value_name = "CATEGORY")]
        category: Option<String>,
    },

    /// Find the codes whose name, SDK name, number or texts contain all the words.
    ///
    /// Matching ignores case; the words may appear in any order and in different
    /// fields: name, SDK name, number, description, cause, solution and Chinese text.
    #[command(after_help = SEARCH_EXAMPLES)]
    Search {
        /// The words to look for.
        #[arg(required = true, value_name = "WORDS")]
        words: Vec<String>,
    },

    /// Count the catalog's codes in logs, most frequent first.
    ///
    /// Prints each code of the catalog that occurs, with its count and a one-line
    /// explanation, most frequent first (ties by code); then, separately, the unknown
    /// numbers that lie in the range of one of the catalog's categories.
    #[command(after_help = SCAN_RULES)]
    Scan(ScanArgs),

    /// Classify what a catalog change breaks: Rust API, wire, behaviour, additive,
    /// documentation or hygiene.
    ///
    /// Compares two catalogs (files, `client`/`server`, or `REV:PATH` from git), prints
    /// every change grouped by class with its `file:line`, and suggests the version bump
    /// of a crate that embeds the catalog. `--catalog` is not used.
    #[command(after_help = crate::diff::DIFF_HELP)]
    Diff(crate::diff::DiffArgs),

    /// Print a shell completion script to standard output.
    ///
    /// For example: `zimerr completions bash > ~/.local/share/bash-completion/completions/zimerr`.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: Shell,
    },

    /// Print the man page (roff) to standard output: `zimerr manpage > zimerr.1`.
    Manpage,
}

/// The options of `zimerr scan`.
#[derive(Debug, clap::Args)]
pub(crate) struct ScanArgs {
    /// Log files to scan; `-` is standard input.
    #[arg(required = true, value_name = "FILE|-")]
    pub(crate) files: Vec<OsString>,

    /// Show where each code occurs, as `file:line` (lines count from 1 in each file).
    #[arg(long)]
    pub(crate) lines: bool,

    /// With --lines, keep at most this many locations per code (the count stays exact);
    /// 0 keeps them all, and memory then grows with the number of occurrences.
    #[arg(long, value_name = "N", default_value_t = 10, requires = "lines")]
    pub(crate) max_lines: usize,

    /// The smallest number that counts as a code [default: 1 for a catalog with codes
    /// from 2 to 999, else 1000].
    #[arg(long, value_name = "N")]
    pub(crate) min_code: Option<u32>,

    /// A key whose value is an error code, besides the built-in ones (any case or
    /// separator style: `--key SendMsgResult` also finds `send_msg_result=`); repeatable.
    #[arg(long = "key", value_name = "NAME")]
    pub(crate) keys: Vec<String>,

    /// Count every number that is a code or in a category's range, in any role: ids,
    /// ports, negative numbers and parts of dates too (the scan of zimerr 0.1's first
    /// releases).
    #[arg(long)]
    pub(crate) all_numbers: bool,

    /// Read buffer size in bytes (for tests of chunk boundaries).
    #[arg(long, hide = true, default_value_t = crate::scan::DEFAULT_BUFFER, value_parser = clap::value_parser!(u32).range(1..))]
    pub(crate) buffer_size: u32,
}

/// The main help's epilogue.
fn main_after_help() -> String {
    format!("{MAIN_EXAMPLES}{EXIT_STATUS}")
}

/// The command with its run-time parts: the main epilogue and the exit status under
/// every subcommand's help.
pub(crate) fn command() -> clap::Command {
    Cli::command()
        .after_help(main_after_help())
        .mut_subcommand("explain", with_exit_status)
        .mut_subcommand("list", with_exit_status)
        .mut_subcommand("search", with_exit_status)
        .mut_subcommand("scan", with_exit_status)
}

fn with_exit_status(sub: clap::Command) -> clap::Command {
    let text = match sub.get_after_help() {
        Some(before) => format!("{before}\n\n{EXIT_STATUS}"),
        None => EXIT_STATUS.to_owned(),
    };
    sub.after_help(text)
}

/// Parses the command line. `--color` also applies to clap's own help and errors, so it
/// is looked for before clap parses (clap prints those before the value is known).
pub(crate) fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let color = color_arg(&args).unwrap_or(ColorChoice::Auto);
    let matches = command().color(color).get_matches_from(args);
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.format(&mut command()).exit(),
    }
}

/// The last valid `--color WHEN` or `--color=WHEN` before a `--`.
fn color_arg(args: &[OsString]) -> Option<ColorChoice> {
    let mut found = None;
    let mut iter = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(arg) = iter.next() {
        let value = match arg {
            "--" => break,
            "--color" => iter.next(),
            _ => arg.strip_prefix("--color="),
        };
        if let Some(choice) =
            value.and_then(|v| <ColorChoice as clap::ValueEnum>::from_str(v, true).ok())
        {
            found = Some(choice);
        }
    }
    found
}

/// Writes the completion script for `shell`.
pub(crate) fn completions(shell: Shell, out: &mut impl Write) {
    clap_complete::generate(shell, &mut command(), "zimerr", out);
}

/// Writes the man page.
pub(crate) fn manpage(out: &mut impl Write) -> io::Result<()> {
    clap_mangen::Man::new(command()).render(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn color_is_found_before_parsing() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            color_arg(&args(&["zimerr", "--color", "never", "list"])),
            Some(ColorChoice::Never)
        );
        assert_eq!(
            color_arg(&args(&["zimerr", "list", "--color=always"])),
            Some(ColorChoice::Always)
        );
        assert_eq!(color_arg(&args(&["zimerr", "--color", "nope"])), None);
        assert_eq!(color_arg(&args(&["zimerr", "--", "--color=always"])), None);
    }

    /// The README is the CLI's reference (its crates.io page): every subcommand, option,
    /// environment variable and possible value clap knows must appear in it, so a new
    /// option cannot ship undocumented.
    #[test]
    fn the_readme_documents_every_subcommand_and_option() {
        // Table cells escape `|` as `\|`.
        let readme = include_str!("../README.md").replace("\\|", "|");
        let mut cmd = command();
        cmd.build();
        let mut missing = Vec::new();
        let mut commands = vec![(None, &cmd)];
        commands.extend(cmd.get_subcommands().map(|sub| (Some(sub.get_name()), sub)));
        for (name, sub) in commands {
            // A subcommand's row in the subcommands table, which names its arguments.
            let row = name.map(|name| {
                let start = format!("| `{name}");
                readme.lines().find(|line| {
                    line.strip_prefix(&start)
                        .is_some_and(|rest| rest.starts_with([' ', '`']))
                })
            });
            if let Some(None) = row {
                missing.push(format!("a row for the subcommand `{}`", name.unwrap()));
            }
            for arg in sub.get_arguments().filter(|arg| !arg.is_hide_set()) {
                let flag = arg.get_long().map(|long| format!("--{long}"));
                if let Some(flag) = &flag {
                    if !readme.contains(&format!("`{flag}")) {
                        missing.push(format!("`{flag}`"));
                    }
                }
                if let Some(short) = arg.get_short() {
                    if !readme.contains(&format!("`-{short}`")) {
                        missing.push(format!("`-{short}`"));
                    }
                }
                if let Some(env) = arg.get_env().and_then(|env| env.to_str()) {
                    if !readme.contains(env) {
                        missing.push(format!("the environment variable `{env}`"));
                    }
                }
                if arg.is_positional() {
                    for value_name in arg.get_value_names().unwrap_or_default() {
                        if !row
                            .flatten()
                            .is_some_and(|row| row.contains(value_name.as_str()))
                        {
                            missing.push(format!("`{value_name}` in the row of `{name:?}`"));
                        }
                    }
                }
                // Possible values on the line that names the option (or the subcommand).
                for value in arg
                    .get_possible_values()
                    .iter()
                    .filter(|v| !v.is_hide_set())
                {
                    let value = value.get_name();
                    let found = readme.lines().any(|line| {
                        let names_arg = match &flag {
                            Some(flag) => line.contains(flag.as_str()),
                            None => row.flatten() == Some(line),
                        };
                        names_arg && line.contains(value)
                    });
                    if !found {
                        missing.push(format!("the value `{value}` of `{}`", arg.get_id()));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "zimerr-cli/README.md does not document: {}",
            missing.join(", ")
        );
    }

    #[test]
    fn every_subcommand_documents_the_exit_status() {
        for sub in command().get_subcommands_mut() {
            let name = sub.get_name().to_owned();
            if matches!(name.as_str(), "completions" | "manpage" | "help") {
                continue;
            }
            let help = sub.render_long_help().to_string();
            assert!(help.contains("Exit status"), "{name}");
        }
    }
}
