//! libFuzzer target: arbitrary bytes through the macro's pipeline, as `zim_errors!` reads
//! a catalog file — `load::decode` (UTF-8, BOM, line ends), then load → validate →
//! expand. The macro's modules are compiled here directly (each refers to the others as
//! `crate::x`, which resolves at this target's root); only `lib.rs`, whose entry points
//! need a compiler, is replaced by the three-line pipeline below.
//!
//! A crash is a panic, a timeout (`-timeout=`), or one of the properties asserted here:
//! a rejection has diagnostics that each name the file (` --> `), an expansion is a
//! valid Rust file and expanding twice gives the same tokens.

#![no_main]
#![allow(dead_code, unreachable_pub)]

#[path = "../../zimerr-macros/src/args.rs"]
mod args;
#[path = "../../zimerr-macros/src/code.rs"]
mod code;
#[path = "../../zimerr-macros/src/diag.rs"]
mod diag;
#[path = "../../zimerr-macros/src/expand.rs"]
mod expand;
#[path = "../../zimerr-macros/src/fallback.rs"]
mod fallback;
#[path = "../../zimerr-macros/src/load.rs"]
mod load;
#[path = "../../zimerr-macros/src/locate.rs"]
mod locate;
#[path = "../../zimerr-macros/src/model.rs"]
mod model;
#[path = "../../zimerr-macros/src/phf.rs"]
mod phf;
#[path = "../../zimerr-macros/src/validate.rs"]
mod validate;

use libfuzzer_sys::fuzz_target;

fn pipeline(
    args: &args::Args,
    source: &load::SourceText,
) -> Result<proc_macro2::TokenStream, Vec<String>> {
    let (raw, locations) = load::parse(&source.text).map_err(|d| vec![source.render(&d)])?;
    let catalog = validate::validate(raw, &locations)
        .map_err(|ds| ds.iter().map(|d| source.render(d)).collect::<Vec<_>>())?;
    Ok(expand::expand(args, &catalog, source))
}

fuzz_target!(|data: &[u8]| {
    let text = match load::decode(data.to_vec()) {
        Ok(text) => text,
        Err((_, diagnostic)) => {
            let rendered = diagnostic.render("fuzz.yaml", None);
            assert!(rendered.contains(" --> fuzz.yaml"), "{rendered}");
            return;
        }
    };
    let source = load::SourceText {
        display_path: "fuzz.yaml".to_owned(),
        text,
        absolute_path: None,
    };
    let args = args::Args::default();
    match pipeline(&args, &source) {
        Ok(tokens) => {
            let rendered = tokens.to_string();
            if let Err(e) = syn::parse2::<syn::File>(tokens) {
                panic!("the expansion is not valid Rust: {e}");
            }
            let again = pipeline(&args, &source).expect("the second expansion fails");
            assert_eq!(
                again.to_string(),
                rendered,
                "the expansion is not deterministic"
            );
        }
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty(), "an error without a diagnostic");
            for d in &diagnostics {
                assert!(
                    d.contains(" --> fuzz.yaml"),
                    "a diagnostic without a location: {d}"
                );
            }
        }
    }
});
