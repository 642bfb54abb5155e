//! Stage 4: turn a validated catalog into Rust.
//!
//! What rustc pays for each construct drives the shape (`docs/codegen-costs.md`,
//! `docs/PERFORMANCE.md`): accessors index per-code tables stored as ONE byte-string
//! literal each (`static T: [u8; LEN] = *b"…"`, little-endian `u32`s where needed; an
//! array of N integer literals costs rustc N expressions to check and evaluate), and one
//! string literal per text field cut at offsets from such a table (never a `[&str; N]`,
//! which costs rustc an allocation per element), through a perfect hash instead of an
//! N-arm `match`, `Debug` goes through `name()` instead of a derived match, and the one
//! place that turns an index into a variant (`__at`, behind `all`, `from_code` and
//! `FromStr`) is a `match` split into functions of 256 arms, not an array of enum values
//! (rustc validates a `static` of N enum values in O(N^2)) nor a view of the codes as
//! enum values (`unsafe`): the expansion has no `unsafe`. Only `::core` and the runtime
//! crate are named, primitives as
//! `::core::primitive::…`, so the output compiles in `#![no_std]` crates and next to a
//! `struct u32;`.
//!
//! The items are written as Rust source text (`out`), which rustc lexes in one call,
//! not built token by token: in the unoptimized build cargo makes of proc macros, tokens
//! cost about a microsecond each plus a trip across the proc-macro bridge.
//!
//! One module per generated item: `code_enum`, `category_enum`, `constants` and the
//! checked-literal macro in `literal`; the Markdown of every doc comment is written in
//! `docs`, and `fallback` stands in for all of them when the catalog is broken (both
//! small, and built as tokens).

mod aliases;
mod category_enum;
mod code_enum;
mod constants;
pub(crate) mod docs;
pub(crate) mod fallback;
pub(crate) mod literal;
mod out;
mod phf;

use proc_macro2::TokenStream;
use quote::quote;

use crate::args::Args;
use crate::diag::{Diagnostic, Error};
use crate::load::SourceText;
use crate::model::Catalog;
use out::Out;

/// The names `zim_errors!` was given, as the source text spells them.
struct Names {
    /// The code enum.
    e: String,
    /// The category enum.
    cat: String,
    /// The constants module.
    m: String,
    /// The runtime crate's path.
    rt: String,
}

/// What `zim_errors!` expands to: Rust source for the compiler to lex, then tokens.
///
/// The generated items are written as text so that rustc lexes them in its own optimized
/// code: `zimerr-macros` hands [`text`](Self::text) to `proc_macro::TokenStream::from_str`
/// directly. Through `proc_macro2` the text would first be checked by proc-macro2's own
/// lexer, in the unoptimized build cargo makes of proc macros: 12 ms of the ZIM catalog's
/// expansion.
///
/// ```
/// use zimerr_catalog::{Args, SourceText, check, expand};
///
/// let source = SourceText::bundled_server();
/// let catalog = check(&source)?;
/// let expansion = expand(&Args::default(), &catalog, &source)?;
/// assert!(expansion.text().contains("pub enum ZimCode"));
/// assert!(expansion.tokens().is_empty(), "no code macro was asked for");
/// let tokens = expansion.into_token_stream()?;
/// assert!(tokens.to_string().contains("pub enum ZimCode"));
/// # Ok::<(), zimerr_catalog::Error>(())
/// ```
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Expansion {
    /// The generated items as Rust source; empty when the catalog is broken.
    pub(crate) text: String,
    /// What follows the text: the checked-literal macro, or the errors and stand-ins.
    pub(crate) tokens: TokenStream,
}

impl Expansion {
    /// Tokens only: what a broken catalog or bad arguments expand to.
    pub(crate) fn tokens_only(tokens: TokenStream) -> Self {
        Expansion {
            text: String::new(),
            tokens,
        }
    }

    /// The generated items as Rust source text (the code enum, the category enum, the
    /// constants module, the aliases); empty when the macro reports errors instead.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What follows [`text`](Self::text): the checked-literal macro when one was asked
    /// for, or, from the macro's entry points, the errors and stand-in items.
    pub fn tokens(&self) -> &TokenStream {
        &self.tokens
    }

    /// The text and the tokens, for a proc macro that lexes the text itself.
    pub fn into_parts(self) -> (String, TokenStream) {
        (self.text, self.tokens)
    }

    /// Everything as `proc_macro2` tokens, the text lexed by proc-macro2 (outside a proc
    /// macro, its own lexer): for tools and tests. Text that does not lex is a bug of
    /// zimerr's, reported as an internal error.
    ///
    /// ```
    /// let input: proc_macro2::TokenStream = r#"bundled = "server""#.parse().unwrap();
    /// let expansion = zimerr_catalog::entry::zim_errors(input);
    /// assert!(expansion.text().contains("pub enum ServerCode"));
    /// let tokens = expansion.into_token_stream().unwrap();
    /// assert!(tokens.to_string().contains("pub enum ServerCode"));
    /// ```
    pub fn into_token_stream(self) -> Result<TokenStream, Error> {
        let mut tokens: TokenStream = self.text.parse().map_err(|e| {
            Error::new(vec![internal_error(&format!(
                "the generated code does not lex as Rust: {e}"
            ))])
        })?;
        tokens.extend(self.tokens);
        Ok(tokens)
    }
}

/// The items `zim_errors!` generates for a valid catalog: the code enum, the category
/// enum and the constants module as text ([`expand_text`]), then the checked-literal macro
/// if asked for as tokens (small, and shared with the stand-in items of a broken catalog).
pub fn expand(
    args: &Args,
    catalog: &Catalog,
    source: &SourceText,
) -> Result<Expansion, Diagnostic> {
    let mut tokens = runtime_alias(args)
        .map(|alias| {
            let rt = &args.runtime;
            let alias = proc_macro2::Ident::new(&alias, proc_macro2::Span::call_site());
            // `use $crate as …;` is an error before Rust 1.9x ("`$crate` may not be
            // imported"); a re-export of the root under `__private` is not.
            quote!(use #rt::__private::root as #alias;)
        })
        .unwrap_or_default();
    tokens.extend(literal::code_macro(args, catalog, source).unwrap_or_default());
    Ok(Expansion {
        text: expand_text(args, catalog, source)?,
        tokens,
    })
}

/// The name the generated text gives the runtime crate when its path cannot be written
/// as text: `$crate`, which the runtime crate's `zim_errors!` wrapper passes, is a token
/// only (lexing the text `$crate` gives `$` and `crate`). [`expand`] then emits
/// `use $crate::__private::root as __zimerr_runtime_CodeEnum;` as tokens (the runtime
/// crate's root, re-exported), and the text names the alias.
/// One alias per code enum, so two catalogs in one module do not collide.
fn runtime_alias(args: &Args) -> Option<String> {
    let rt = &args.runtime;
    quote!(#rt)
        .to_string()
        .contains('$')
        .then(|| format!("__zimerr_runtime_{}", args.code_enum))
}

/// The code enum, the category enum and the constants module as Rust source: what
/// [`expand`] hands to rustc, and what the `expand` bench times as the macro's own work
/// (inside rustc, lexing it runs in the compiler's optimized code).
///
/// ```
/// use zimerr_catalog::{Args, SourceText, check, expand::expand_text};
///
/// let source = SourceText::bundled();
/// let catalog = check(&source).unwrap();
/// let text = expand_text(&Args::default(), &catalog, &source).unwrap();
/// assert!(text.contains("pub enum ZimCode"));
/// assert!(text.contains("pub mod zim_codes"));
/// ```
pub fn expand_text(
    args: &Args,
    catalog: &Catalog,
    source: &SourceText,
) -> Result<String, Diagnostic> {
    let rt = &args.runtime;
    let names = Names {
        e: args.code_enum.to_string(),
        cat: args.category_enum.to_string(),
        m: args.codes_module.to_string(),
        rt: runtime_alias(args).unwrap_or_else(|| quote!(#rt).to_string()),
    };
    // Each description and solution is written about three times (the variant's doc, the
    // constant's doc, a text table); 64 KiB covers the fixed items and the other tables
    // of a small catalog. One allocation instead of a doubling series for large ones.
    let capacity = catalog
        .codes
        .iter()
        .map(|c| c.description.len() + c.solution.as_deref().map_or(0, str::len))
        .sum::<usize>()
        * 3
        + 64 * 1024;
    let mut out = Out::with_capacity(capacity);
    if let Some(path) = source.absolute_path.as_deref() {
        // Makes cargo rebuild the invoking crate when the catalog changes: `include_str!`
        // puts the file in rustc's dep-info. As the doc of a statement, the text is neither
        // evaluated nor written into the crate's metadata; `const _: &[u8] =
        // include_bytes!(…)` was both, and at 10,000 codes (a 3.2 MB catalog) cost 6.6 MB
        // of rlib and 14 MB of rustc's peak memory, where this costs 0 and about 11 MB
        // (docs/performance-history.md, lower bounds). The loader has already read the file as UTF-8.
        // No `#[allow(unused_doc_comments)]`: the lint is not reported in another crate's
        // macro output (`tests/ui/pass/strict_lints.rs` forbids it), and an allow would be
        // an error where the lint is forbidden.
        write!(
            out,
            "const _: () = {{ #[doc = ::core::include_str!({path:?})] let _ = (); }};"
        );
    }
    let enum_doc = docs::code_enum(args, catalog, source).join("\n");
    code_enum::expand(&mut out, args, &names, catalog, &enum_doc)
        .map_err(|e| internal_error(&format!("cannot build the code lookup table: {e}")))?;
    category_enum::expand(&mut out, &names, catalog);
    constants::expand(&mut out, args, &names, catalog);
    aliases::expand(&mut out, args, &names, catalog);
    Ok(out.into_string())
}

/// A failure of zimerr itself, not of the catalog: the user can only report it.
fn internal_error(what: &str) -> Diagnostic {
    Diagnostic::whole_file(format!("internal error of zimerr: {what}"))
        .with_help("please report this with the catalog")
}

/// Builds the perfect hash over `codes` and returns its table size: what the `expand`
/// bench times on its own. Not part of the API.
#[doc(hidden)]
pub fn phf_build_for_bench(codes: &[u32]) -> Option<usize> {
    phf::Phf::build(codes).ok().map(|phf| phf.slots.len())
}
