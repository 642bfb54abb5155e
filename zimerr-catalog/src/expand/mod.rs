//! Stage 4: turn a validated catalog into Rust.
//!
//! What rustc pays for each construct drives the shape (`../shared/notes/codegen-costs.md`,
//! `docs/PERFORMANCE.md`): accessors index per-code tables stored as ONE byte-string
//! literal each (`static T: [u8; LEN] = *b"…"`, little-endian `u32`s where needed; an
//! array of N integer literals costs rustc N expressions to check and evaluate), and one
//! string literal per text field cut at offsets from such a table (never a `[&str; N]`,
//! which costs rustc an allocation per element), through a perfect hash instead of an
//! N-arm `match`, `Debug` goes through `name()` instead of a derived match, and `ALL` is
//! the one `[u32; N]` left, viewed as `[Self; N]` instead of an array of enum values.
//! Only `::core` and the runtime crate are named, so
//! the output compiles in `#![no_std]` crates.
//!
//! One module per generated item: `code_enum`, `category_enum`, `constants` and the
//! checked-literal macro in [`literal`]; the Markdown of every doc comment is written in
//! [`docs`], and `fallback` stands in for all of them when the catalog is broken.

mod category_enum;
mod code_enum;
mod constants;
pub mod docs;
pub(crate) mod fallback;
pub mod literal;
mod phf;

use proc_macro2::TokenStream;
use quote::quote;

use crate::args::Args;
use crate::diag::Diagnostic;
use crate::load::SourceText;
use crate::model::Catalog;

/// The items `zim_errors!` generates for a valid catalog: the code enum, the category
/// enum, the constants module, the checked-literal macro if asked for, and a dependency
/// on the catalog file so cargo rebuilds the invoking crate when it changes.
pub fn expand(
    args: &Args,
    catalog: &Catalog,
    source: &SourceText,
) -> Result<TokenStream, Diagnostic> {
    let track = source.absolute_path.as_deref().map(|path| {
        quote! {
            // Makes cargo rebuild the invoking crate when the catalog changes.
            const _: &[u8] = ::core::include_bytes!(#path);
        }
    });
    let code_enum = code_enum::expand(args, catalog, source).map_err(|e| {
        Diagnostic::whole_file(format!(
            "internal error of zimerr: cannot build the code lookup table: {e}"
        ))
        .with_help("please report this with the catalog")
    })?;
    let category_enum = category_enum::expand(args, catalog);
    let constants = constants::expand(args, catalog);
    let code_macro = literal::code_macro(args, catalog, source);
    Ok(quote! {
        #track
        #code_enum
        #category_enum
        #constants
        #code_macro
    })
}

/// Builds the perfect hash over `codes` and returns its table size: what the `expand`
/// bench times on its own. Not part of the API.
#[doc(hidden)]
pub fn phf_build_for_bench(codes: &[u32]) -> Option<usize> {
    phf::Phf::build(codes).ok().map(|phf| phf.slots.len())
}
