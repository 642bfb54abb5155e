//! libFuzzer target: arbitrary bytes through the catalog engine's pipeline, as
//! `zim_errors!` reads a catalog file — `load::read::decode` (UTF-8, BOM, line ends), then
//! load → validate → expand (`zimerr_catalog::expand_source`, the function the macro runs).
//!
//! A crash is a panic, a timeout (`-timeout=`), or one of the properties asserted here:
//! a rejection has diagnostics that each name the file (` --> `) and none is an internal
//! error, an expansion is a valid Rust file and expanding twice gives the same tokens.

#![no_main]

use libfuzzer_sys::fuzz_target;
use zimerr_catalog::args::Args;
use zimerr_catalog::load::{SourceText, read::decode};

fuzz_target!(|data: &[u8]| {
    let text = match decode(data.to_vec()) {
        Ok(text) => text,
        Err((_, diagnostic)) => {
            let rendered = diagnostic.render("fuzz.yaml", None);
            assert!(rendered.contains(" --> fuzz.yaml"), "{rendered}");
            return;
        }
    };
    let source = SourceText::from_text("fuzz.yaml", text);
    let args = Args::default();
    match zimerr_catalog::expand_source(&args, &source) {
        Ok(tokens) => {
            let rendered = tokens.to_string();
            if let Err(e) = syn::parse2::<syn::File>(tokens) {
                panic!("the expansion is not valid Rust: {e}");
            }
            let again = zimerr_catalog::expand_source(&args, &source)
                .expect("the second expansion fails");
            assert_eq!(again.to_string(), rendered, "the expansion is not deterministic");
        }
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty(), "an error without a diagnostic");
            for d in &diagnostics {
                assert!(d.contains(" --> fuzz.yaml"), "a diagnostic without a location: {d}");
                // The catalog's problems, never zimerr's own (e.g. generated text that
                // does not lex).
                assert!(!d.contains("internal error of zimerr"), "{d}");
            }
        }
    }
});
