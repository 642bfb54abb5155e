//! `zimerr`: explain ZEGOCLOUD ZIM error codes, like `rustc --explain`.
//!
//! - `explain`: everything the catalog says about codes given by number or name.
//! - `list`: the catalog as a table, optionally one category.
//! - `search`: codes whose name, description or solution contain all the given words.
//! - `scan`: count the ZIM codes in a log, streamed with a fixed-size buffer.
//!
//! Every subcommand prints JSON with `--json`. Errors are one line on stderr, starting
//! with `zimerr: `; a closed pipe (`zimerr list | head`) ends the program quietly.

mod cli;
mod explain;
mod list;
mod output;
mod resolve;
mod scan;

use std::io::{self, Write as _};
use std::process::ExitCode;

use clap::Parser as _;

use crate::cli::{Cli, Command};
use crate::output::Out;

/// Why a command failed: the message for stderr and the exit status.
#[derive(Debug)]
pub(crate) enum Failure {
    /// Something asked for is not there: an unknown code, no match, an unreadable file.
    /// Exit status 1.
    NotFound(String),
    /// An argument that cannot be used, such as an unknown category. Exit status 2, as
    /// for clap's own usage errors.
    Usage(String),
    /// Writing the output failed. A closed pipe ends the program quietly with success.
    Output(io::Error),
    /// Some requested items were reported on stderr already; exit status 1.
    Reported,
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Output(error)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = Out::stdout(cli.color.into());
    let result = run(&cli, &mut out).and_then(|()| out.flush().map_err(Failure::Output));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => report(failure),
    }
}

fn run(cli: &Cli, out: &mut Out) -> Result<(), Failure> {
    match &cli.command {
        Command::Explain { codes } => explain::run(out, codes, cli.json),
        Command::List { category } => list::run_list(out, category.as_deref(), cli.json),
        Command::Search { words } => list::run_search(out, words, cli.json),
        Command::Scan { files, buffer_size } => scan::run(out, files, *buffer_size, cli.json),
    }
}

/// Prints a failure's message (if any) and picks the exit status.
fn report(failure: Failure) -> ExitCode {
    match failure {
        Failure::NotFound(message) => {
            error(&message);
            ExitCode::FAILURE
        }
        Failure::Usage(message) => {
            error(&message);
            ExitCode::from(2)
        }
        Failure::Output(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Failure::Output(e) => {
            error(&format!(
                "cannot write the output: {}",
                output::io_reason(&e)
            ));
            ExitCode::FAILURE
        }
        Failure::Reported => ExitCode::FAILURE,
    }
}

/// Writes `zimerr: {message}` on stderr; a failing stderr is ignored (never a panic).
pub(crate) fn error(message: &str) {
    let _ = writeln!(io::stderr().lock(), "zimerr: {message}");
}
