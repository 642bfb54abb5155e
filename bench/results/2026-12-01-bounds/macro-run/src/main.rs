//! The macro's run on one catalog, outside rustc, in the dev profile (how cargo builds
//! proc macros): the YAML library's typed parse alone, and the whole of what `zim_errors!`
//! does before rustc lexes its output (load, validate, expand to text). Prints the median
//! of N runs of each, in seconds (docs/PERFORMANCE.md, section 9). With TEXT, also writes
//! the expansion's text there (the items `zim_errors!("CATALOG.yaml")` hands rustc), for a
//! leaf crate that has the expansion as its source.
//!
//!     macro-run CATALOG.yaml N [TEXT]
use std::time::Instant;

use zimerr_catalog::args::Args;
use zimerr_catalog::model::raw::RawCatalog;
use zimerr_catalog::{SourceText, check, expand};

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn time(n: usize, mut run: impl FnMut()) -> f64 {
    median(
        (0..n)
            .map(|_| {
                let start = Instant::now();
                run();
                start.elapsed().as_secs_f64()
            })
            .collect(),
    )
}

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    let (Some(path), Some(n)) = (argv.get(1), argv.get(2).and_then(|n| n.parse::<usize>().ok()))
    else {
        eprintln!("usage: macro-run CATALOG.yaml N [TEXT]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).expect("the catalog reads");
    let source = SourceText::from_text(path.clone(), text.clone());
    let args = Args::default();
    let parse = time(n, || {
        let raw = serde_yaml::from_str::<RawCatalog>(&text);
        assert!(raw.is_ok(), "the catalog parses");
    });
    let whole = time(n, || {
        let catalog = check(&source).expect("the catalog is valid");
        let out = expand::expand_text(&args, &catalog, &source);
        assert!(out.is_ok(), "the catalog expands");
    });
    println!("yaml_parse_s {parse:.3}\nmacro_run_s {whole:.3}");
    if let Some(out) = argv.get(3) {
        let catalog = check(&source).expect("the catalog is valid");
        let text = expand::expand_text(&args, &catalog, &source).expect("the catalog expands");
        std::fs::write(out, text).expect("the text writes");
    }
}
