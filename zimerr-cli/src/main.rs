//! `zimerr`: explain error codes of the ZEGOCLOUD ZIM SDK, or of any zimerr catalog, like
//! `rustc --explain`.
//!
//! - `explain`: everything the catalog says about codes given by number or name;
//! - `list`: the catalog as a table, optionally one category;
//! - `search`: codes whose names, number or texts contain all the given words;
//! - `scan`: count the catalog's codes in logs, streamed with a fixed-size buffer;
//! - `diff`: classify what a change between two catalogs breaks;
//! - `completions`, `manpage`: shell completions and a man page.
//!
//! Every subcommand reads the catalog chosen by `--catalog` (or `ZIMERR_CATALOG`): the
//! bundled `client` catalog (the default), the bundled `server` catalog, or a YAML file
//! read and checked at run time by the same engine as the `zim_errors!` macro. All of
//! them go through one code path, the engine's [`zimerr_catalog::Catalog`].
//!
//! One exit-status contract for every subcommand: 0 when what was asked for was found, 1
//! when nothing (or not everything) was found, 2 on a usage or I/O error, including a
//! broken catalog. Messages go to stderr, starting with `zimerr: `; every hint names a
//! command that finds something. A closed pipe (`zimerr list | head`) ends quietly.

mod catalog;
mod cli;
mod diff;
mod explain;
mod list;
mod output;
mod resolve;
mod scan;

use std::io::{self, Write as _};
use std::process::ExitCode;

use crate::catalog::Db;
use crate::cli::{Cli, Command};
use crate::output::Out;

/// How a command ended, from best to worst; the worst outcome of a run is its exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Status {
    /// Everything asked for was found. Exit status 0.
    Found,
    /// Nothing, or not everything, asked for was found. Exit status 1.
    NotFound,
    /// A usage or I/O error: a broken catalog, an unreadable file, a failed write.
    /// Exit status 2, as for clap's own usage errors.
    Error,
}

impl Status {
    fn exit_code(self) -> ExitCode {
        match self {
            Status::Found => ExitCode::SUCCESS,
            Status::NotFound => ExitCode::FAILURE,
            Status::Error => ExitCode::from(2),
        }
    }
}

/// Why a command stopped early.
#[derive(Debug)]
pub(crate) enum Failure {
    /// A usage or I/O error; the message is printed, then exit status 2.
    Error(String),
    /// Problems already printed on stderr (each with its location); exit status 2.
    Reported,
    /// Writing the output failed. A closed pipe ends the program quietly with success.
    Output(io::Error),
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Output(error)
    }
}

fn main() -> ExitCode {
    let cli = cli::parse();
    let mut out = Out::stdout(output::stream_choice(cli.color));
    let result = run(&cli, &mut out).and_then(|status| {
        out.flush()?;
        Ok(status)
    });
    match result {
        Ok(status) => status.exit_code(),
        Err(failure) => report(failure),
    }
}

fn run(cli: &Cli, out: &mut Out) -> Result<Status, Failure> {
    match &cli.command {
        Command::Completions { shell } => {
            cli::completions(*shell, out);
            return Ok(Status::Found);
        }
        Command::Manpage => {
            cli::manpage(out)?;
            return Ok(Status::Found);
        }
        Command::Diff(args) => return diff::run(out, args, cli.json),
        _ => {}
    }
    if let Command::Scan(args) = &cli.command {
        let dbs = cli
            .catalog
            .iter()
            .map(|c| Db::load(c))
            .collect::<Result<Vec<_>, _>>()?;
        return scan::run(out, &dbs, args, cli.json);
    }
    let mut db = match cli.catalog.as_slice() {
        [one] => Db::load(one)?,
        several => {
            return Err(Failure::Error(format!(
                "only `scan` reads several catalogs, and `--catalog` names {}: give it once",
                several.len()
            )));
        }
    };
    if let Some(tag) = &cli.lang {
        db.choose_language(tag)?;
    }
    match &cli.command {
        Command::Explain { codes } => explain::run(out, &db, codes, cli.json),
        Command::List { category } => list::run_list(out, &db, category.as_deref(), cli.json),
        Command::Search { words } => list::run_search(out, &db, words, cli.json),
        Command::Scan(_) | Command::Completions { .. } | Command::Manpage | Command::Diff(_) => {
            Ok(Status::Found)
        }
    }
}

/// Prints a failure's message (if any) and picks the exit status.
fn report(failure: Failure) -> ExitCode {
    match failure {
        Failure::Error(message) => {
            error(&message);
            Status::Error.exit_code()
        }
        Failure::Reported => Status::Error.exit_code(),
        Failure::Output(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Failure::Output(e) => {
            error(&format!(
                "cannot write the output: {}",
                output::io_reason(&e)
            ));
            Status::Error.exit_code()
        }
    }
}

/// Writes `zimerr: {message}` on stderr; a failing stderr is ignored (never a panic).
pub(crate) fn error(message: &str) {
    let _ = writeln!(io::stderr().lock(), "zimerr: {message}");
}

/// Writes `help: {message}` on stderr, under the error it helps with.
pub(crate) fn help(message: &str) {
    let _ = writeln!(io::stderr().lock(), "help: {message}");
}
