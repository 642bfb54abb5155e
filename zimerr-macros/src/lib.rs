//! Proc macros of [zimerr](https://docs.rs/zimerr): `zim_errors!` expands a ZIM
//! error-code catalog (YAML) into typed, documented Rust at compile time, and `code!`
//! checks a code literal against the bundled catalog.
//!
//! Use them through the `zimerr` crate, which re-exports both and provides the runtime
//! items the generated code implements (`ErrorCode`, `Action`, …). The expansion runs
//! as a pipeline of one module per stage, data flowing one way:
//! `args` → `load` (+ `locate`) → `validate` → `expand` (+ `phf`), with `fallback` on error.

mod args;
mod code;
mod diag;
mod expand;
mod fallback;
mod load;
mod locate;
mod model;
mod phf;
mod validate;

use proc_macro::TokenStream;

/// Expands a catalog into a code enum, a category enum and a constants module.
/// Documented with examples in `zimerr`, which re-exports it.
#[proc_macro]
pub fn zim_errors(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as args::Args);
    let span = match &args.source {
        args::CatalogSource::File(path) => path.span(),
        args::CatalogSource::Bundled => proc_macro2::Span::call_site(),
    };
    let expanded = load::read(&args.source)
        .map_err(|e| vec![e.render()])
        .and_then(|source| pipeline(&args, &source));
    match expanded {
        Ok(tokens) => tokens.into(),
        Err(messages) => fallback::emit(&args, span, &messages).into(),
    }
}

/// A variant of the bundled ZIM catalog from its numeric code, checked at compile time.
/// Documented with examples in `zimerr`, which re-exports it.
#[proc_macro]
pub fn code(input: TokenStream) -> TokenStream {
    let literal = syn::parse_macro_input!(input as syn::LitInt);
    code::expand(&literal)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// load → validate → expand over text already read: the whole macro as a plain function,
/// so tests exercise it without a compiler.
fn pipeline(
    args: &args::Args,
    source: &load::SourceText,
) -> Result<proc_macro2::TokenStream, Vec<String>> {
    let (raw, locations) = load::parse(&source.text).map_err(|d| vec![source.render(&d)])?;
    let catalog = validate::validate(raw, &locations)
        .map_err(|ds| ds.iter().map(|d| source.render(d)).collect::<Vec<_>>())?;
    Ok(expand::expand(args, &catalog, source))
}
