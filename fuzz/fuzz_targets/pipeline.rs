//! libFuzzer target: arbitrary bytes through the catalog engine's pipeline, as
//! `zim_errors!` reads a catalog file — `SourceText::from_bytes` (UTF-8, BOM, line ends), then
//! load → validate → expand (`zimerr_catalog::expand_source`, the function the macro runs).
//!
//! A crash is a panic, a timeout (`-timeout=`), or one of the properties asserted here:
//! a rejection has diagnostics that each name the file (` --> `) and none is an internal
//! error, an expansion is a valid Rust file and expanding twice gives the same tokens.

#![no_main]

use libfuzzer_sys::fuzz_target;
use zimerr_catalog::{Args, SourceText};

fuzz_target!(|data: &[u8]| {
    let source = match SourceText::from_bytes("fuzz.yaml", data.to_vec()) {
        Ok(source) => source,
        Err(error) => {
            let rendered = error.to_string();
            assert!(rendered.contains(" --> fuzz.yaml"), "{rendered}");
            return;
        }
    };
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
        Err(error) => {
            assert!(!error.diagnostics().is_empty(), "an error without a diagnostic");
            for d in error.rendered() {
                assert!(d.contains(" --> fuzz.yaml"), "a diagnostic without a location: {d}");
                // The catalog's problems, never zimerr's own (e.g. generated text that
                // does not lex).
                assert!(!d.contains("internal error of zimerr"), "{d}");
            }
        }
    }
});
