//! Runs one part of the macro's pipeline N times on the bundled ZIM catalog, for
//! cachegrind to count instructions (docs/PERFORMANCE.md, section 8.2). Built in the dev
//! profile, as cargo builds proc macros.
//!
//!     instructions none|check|expand_text|whole N
use zimerr_catalog::{SourceText, args::Args};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(part), Some(n)) = (args.get(1), args.get(2).and_then(|n| n.parse::<usize>().ok()))
    else {
        eprintln!("usage: instructions none|check|expand_text|whole N");
        std::process::exit(2);
    };
    let source = SourceText::bundled();
    let macro_args = Args::default();
    let catalog = zimerr_catalog::check(&source).expect("the bundled catalog is valid");
    for _ in 0..n {
        match part.as_str() {
            "none" => {}
            "check" => {
                std::hint::black_box(zimerr_catalog::check(&source).is_ok());
            }
            "expand_text" => {
                let text = zimerr_catalog::expand::expand_text(&macro_args, &catalog, &source);
                std::hint::black_box(text.map(|t| t.len()).ok());
            }
            "whole" => {
                let checked = zimerr_catalog::check(&source).expect("valid");
                let text = zimerr_catalog::expand::expand_text(&macro_args, &checked, &source);
                std::hint::black_box(text.map(|t| t.len()).ok());
            }
            _ => {
                eprintln!("unknown part `{part}`");
                std::process::exit(2);
            }
        }
    }
}
