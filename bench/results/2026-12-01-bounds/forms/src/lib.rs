//! Two halves of what `zim_errors!` does inside rustc, apart (docs/PERFORMANCE.md,
//! section 9): `run_drop!` runs the whole pipeline on a catalog and returns nothing;
//! `lex!` hands a file's text to rustc's lexer, as the macro hands its expansion. Paths
//! are relative to the invoking crate.
use proc_macro::TokenStream;
use zimerr_catalog::{SourceText, args::Args, check, expand};

fn path(input: TokenStream) -> String {
    let literal = input.to_string();
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("run by cargo");
    format!("{manifest_dir}/{}", literal.trim_matches('"'))
}

/// The whole pipeline (load, validate, expand to text) on the catalog; the text dropped.
#[proc_macro]
pub fn run_drop(input: TokenStream) -> TokenStream {
    let path = path(input);
    let text = std::fs::read_to_string(&path).expect("the catalog reads");
    let source = SourceText::from_text(path, text);
    let catalog = check(&source).expect("the catalog is valid");
    let expansion = expand::expand_text(&Args::default(), &catalog, &source);
    assert!(expansion.is_ok_and(|text| !text.is_empty()));
    TokenStream::new()
}

/// The file's text through `TokenStream::from_str`.
#[proc_macro]
pub fn lex(input: TokenStream) -> TokenStream {
    let text = std::fs::read_to_string(path(input)).expect("the file reads");
    text.parse().expect("the file lexes")
}
