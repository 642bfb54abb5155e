//! `zimerr`: explain ZIM error codes, like `rustc --explain`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use zimerr::ZimErrorCode;

/// Explain ZEGOCLOUD ZIM error codes.
#[derive(Debug, Parser)]
#[command(name = "zimerr", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Explain codes, given as numbers or names.
    Explain {
        /// Codes such as `6000106` or names such as `TokenExpired`.
        #[arg(required = true)]
        codes: Vec<String>,
    },
}

fn main() -> ExitCode {
    let Command::Explain { codes } = Cli::parse().command;
    for arg in codes {
        match arg.parse::<ZimErrorCode>() {
            Ok(code) => {
                println!("{} {}: {}", code.code(), code.name(), code.description());
                if let Some(solution) = code.solution() {
                    println!("  solution: {solution}");
                }
            }
            Err(e) => {
                eprintln!("zimerr: `{arg}`: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
