//! The command line: subcommands, flags and their help text.

use std::ffi::OsString;

use clap::{Parser, Subcommand, ValueEnum};

const MAIN_EXAMPLES: &str = "\
Examples:
  zimerr explain 6000106               what a code means and what to do about it
  zimerr explain TokenExpired 6000104  by name or number, several at once
  zimerr list --category login         the codes of one category
  zimerr search token expired          codes whose text contains all the words
  zimerr scan app.log                  count the ZIM codes found in a log
  journalctl -u app | zimerr scan -    ... or in standard input
  zimerr --json explain 6000106        the same data as JSON

Exit status: 0 on success, 1 when something asked for is not found (an unknown code,
no search match, an unreadable file), 2 on a usage error.";

const EXPLAIN_EXAMPLES: &str = "\
Examples:
  zimerr explain 6000106
  zimerr explain TokenExpired
  zimerr explain ZIMErrorCodeNetworkModuleTokenExpired
  zimerr --json explain 6000106 6000104

An unknown number is an error that names the nearest known codes and, inside the ZIM
range, the category its range belongs to.";

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
  zimerr --json search blacklist";

const SCAN_EXAMPLES: &str = "\
What counts: a number is a maximal run of ASCII digits, so 16000106 and 60001060 are
not 6000106. Runs of exactly 7 digits from 6000000 to 6999999 are ZIM codes: those of
the catalog are counted and explained, the others are listed separately as unknown.
Codes 0 (success) and 1 (generic failure) are not scanned for: every log is full of
the numbers 0 and 1.

The input is read with a fixed-size buffer, never as a whole, and as bytes: logs of
any size and with invalid UTF-8 are fine. Finding no code is not an error (exit 0,
with a note on stderr).

Examples:
  zimerr scan app.log
  zimerr scan app.log worker.log
  zcat app.log.gz | zimerr scan -
  zimerr --json scan app.log | jq '.[0]'";

/// Explain ZEGOCLOUD ZIM error codes, like `rustc --explain`.
///
/// Every code of the ZIM in-app chat SDK's error table, with what went wrong, what to
/// do about it, whether to retry, and more. The catalog is compiled in: no network,
/// no files needed.
#[derive(Debug, Parser)]
#[command(name = "zimerr", version, about, long_about, after_help = MAIN_EXAMPLES)]
#[command(propagate_version = true, arg_required_else_help = true)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,

    /// Print JSON instead of text: an array of objects with `code`, `name`,
    /// `category`, `description`, `solution`, `action` and more.
    #[arg(long, global = true)]
    pub(crate) json: bool,

    /// When to color the text output. `auto` colors a terminal only, and never when
    /// the `NO_COLOR` environment variable is set.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub(crate) color: ColorWhen,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Explain codes, given as numbers or names.
    ///
    /// Shows each code's name, category, description, solution, action, whether a
    /// retry can succeed, the official SDK name, recorded errata of the source table
    /// and the original Chinese text where there is one.
    #[command(after_help = EXPLAIN_EXAMPLES)]
    Explain {
        /// Codes such as `6000106`, names such as `TokenExpired` (any case), or SDK
        /// names such as `ZIMErrorCodeNetworkModuleTokenExpired`.
        #[arg(required = true, value_name = "CODE|NAME")]
        codes: Vec<String>,
    },

    /// List the codes of the catalog: code, name, category and description.
    #[command(after_help = LIST_EXAMPLES)]
    List {
        /// Only this category, by key (`login`) or name (`Login`), in any case.
        #[arg(long, short, value_name = "CATEGORY")]
        category: Option<String>,
    },

    /// Find the codes whose name, description or solution contain all the words.
    ///
    /// Matching ignores case; the words may appear in any order and in different
    /// fields. No match is an error (exit status 1).
    #[command(after_help = SEARCH_EXAMPLES)]
    Search {
        /// The words to look for.
        #[arg(required = true, value_name = "WORDS")]
        words: Vec<String>,
    },

    /// Count the ZIM codes in logs (all but 0 and 1, which are not scanned for).
    ///
    /// Prints each code of the catalog that occurs, with its count and a one-line
    /// explanation, most frequent first (ties by code); then, separately, the unknown
    /// 7-digit numbers of the ZIM range 6000000-6999999.
    #[command(after_help = SCAN_EXAMPLES)]
    Scan {
        /// Log files to scan; `-` is standard input.
        #[arg(required = true, value_name = "FILE|-")]
        files: Vec<OsString>,

        /// Read buffer size in bytes (for tests of chunk boundaries).
        #[arg(long, hide = true, default_value_t = crate::scan::DEFAULT_BUFFER, value_parser = clap::value_parser!(u32).range(1..))]
        buffer_size: u32,
    },
}

/// The `--color` choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorWhen {
    /// Color a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always color, even when piped.
    Always,
    /// Never color.
    Never,
}

impl From<ColorWhen> for anstream::ColorChoice {
    fn from(when: ColorWhen) -> Self {
        match when {
            ColorWhen::Auto => anstream::ColorChoice::Auto,
            ColorWhen::Always => anstream::ColorChoice::Always,
            ColorWhen::Never => anstream::ColorChoice::Never,
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;

    use super::Cli;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
