//! The proc macros' entry points over `proc_macro2` tokens; `zimerr-macros` only converts
//! `proc_macro::TokenStream` to and from them.

use proc_macro2::{Span, TokenStream};

use crate::args::{Args, Bundled, CatalogSource};
use crate::expand::{fallback, literal};
use crate::load;

/// What `zim_errors!` expands to: Rust source for the compiler to lex, then tokens.
///
/// The generated items are written as text (see `expand`) so that rustc lexes them in
/// its own optimized code: `zimerr-macros` hands [`text`](Self::text) to
/// `proc_macro::TokenStream::from_str` directly. Through `proc_macro2` the text would
/// first be checked by proc-macro2's own lexer, in the unoptimized build cargo makes of
/// proc macros: 12 ms of the ZIM catalog's expansion.
#[derive(Debug, Default)]
pub struct Expansion {
    /// The generated items as Rust source; empty when the catalog is broken.
    pub text: String,
    /// What follows the text: the checked-literal macro, or the errors and stand-ins.
    pub tokens: TokenStream,
}

impl Expansion {
    fn tokens(tokens: TokenStream) -> Self {
        Expansion {
            text: String::new(),
            tokens,
        }
    }

    /// Everything as `proc_macro2` tokens, the text lexed by proc-macro2 (outside a proc
    /// macro, its own lexer): for tools and tests.
    ///
    /// ```
    /// let input: proc_macro2::TokenStream = r#"bundled = "server""#.parse().unwrap();
    /// let expansion = zimerr_catalog::entry::zim_errors(input);
    /// assert!(expansion.text.contains("pub enum ZimErrorCode"));
    /// let tokens = expansion.into_token_stream().unwrap();
    /// assert!(tokens.to_string().contains("pub enum ZimErrorCode"));
    /// ```
    pub fn into_token_stream(self) -> Result<TokenStream, proc_macro2::LexError> {
        let mut tokens: TokenStream = self.text.parse()?;
        tokens.extend(self.tokens);
        Ok(tokens)
    }
}

/// `zim_errors!(...)`: the generated items, or on a broken catalog its every problem as a
/// `compile_error!` plus stand-in items.
///
/// ```
/// let input: proc_macro2::TokenStream = r#"bundled = "elsewhere""#.parse().unwrap();
/// let expansion = zimerr_catalog::entry::zim_errors(input);
/// assert!(expansion.text.is_empty(), "nothing is generated from bad arguments");
/// assert!(expansion.tokens.to_string().contains("compile_error"));
/// ```
pub fn zim_errors(input: TokenStream) -> Expansion {
    let args: Args = match syn::parse2(input) {
        Ok(args) => args,
        Err(e) => return Expansion::tokens(e.into_compile_error()),
    };
    let (source, span) = match &args.source {
        CatalogSource::Bundled(which) => (Ok(which.source()), Span::call_site()),
        CatalogSource::File(path) => (load::read::read_file(&path.value()), path.span()),
    };
    let source = match source {
        Ok(source) => source,
        Err(e) => {
            // A file that is not UTF-8 still has lines to learn names from.
            let learned = e.lossy_text.as_deref().map(load::from_lines);
            return Expansion::tokens(fallback::emit(&args, span, &[e.render()], learned.as_ref()));
        }
    };
    let rejected = match crate::check_or_recover(&source) {
        Ok(catalog) => match crate::expand::expand_text(&args, &catalog, &source) {
            Ok(text) => {
                let tokens = literal::code_macro(&args, &catalog, &source).unwrap_or_default();
                return Expansion { text, tokens };
            }
            Err(d) => {
                return Expansion::tokens(fallback::emit(&args, span, &[source.render(&d)], None));
            }
        },
        Err(rejected) => rejected,
    };
    Expansion::tokens(fallback::emit(
        &args,
        span,
        &rejected.messages,
        Some(&rejected.raw),
    ))
}

/// `code!(N)`: the bundled client catalog's variant for a literal, checked at compile time.
pub fn code(input: TokenStream) -> TokenStream {
    syn::parse2(input)
        .and_then(|literal| literal::expand_bundled(Bundled::Client, &literal))
        .unwrap_or_else(syn::Error::into_compile_error)
}

/// `server::code!(N)`: the same for the bundled server API catalog.
pub fn server_code(input: TokenStream) -> TokenStream {
    syn::parse2(input)
        .and_then(|literal| literal::expand_bundled(Bundled::Server, &literal))
        .unwrap_or_else(syn::Error::into_compile_error)
}

/// `__catalog_code!(path, Enum, N)`: what a generated `code_macro` expands to.
pub fn catalog_code(input: TokenStream) -> TokenStream {
    syn::parse2(input)
        .and_then(|input| literal::expand_file(&input))
        .unwrap_or_else(syn::Error::into_compile_error)
}

#[cfg(test)]
mod tests {
    use super::zim_errors;
    use crate::SourceText;
    use crate::args::Args;

    /// The macro's text and tokens are the engine's expansion of the same catalog.
    #[test]
    fn the_expansion_is_the_engines() {
        let expansion = zim_errors(quote::quote!(bundled = "server"));
        assert!(expansion.text.contains("pub enum ZimErrorCode"));
        let args: Args = syn::parse_quote!(bundled = "server");
        let expected = crate::expand_source(&args, &SourceText::bundled_server()).unwrap();
        let tokens = expansion.into_token_stream().unwrap();
        assert_eq!(tokens.to_string(), expected.to_string());
    }

    /// Bad arguments and broken catalogs come as tokens only: the errors and stand-ins.
    #[test]
    fn errors_are_tokens_without_text() {
        let expansion = zim_errors(quote::quote!(bundled = "neither"));
        assert!(expansion.text.is_empty());
        assert!(expansion.tokens.to_string().contains("compile_error"));
        let expansion = zim_errors(quote::quote!("no/such/catalog.yaml"));
        assert!(expansion.text.is_empty());
        let tokens = expansion.tokens.to_string();
        assert!(tokens.contains("compile_error"), "{tokens}");
        assert!(tokens.contains("enum ZimErrorCode"), "stand-ins: {tokens}");
    }
}
