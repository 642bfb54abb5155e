//! The proc macros' entry points over `proc_macro2` tokens; `zimerr-macros` only converts
//! `proc_macro::TokenStream` to and from them.

use proc_macro2::{Span, TokenStream};

use crate::args::{Args, Bundled, CatalogSource};
use crate::expand::{Expansion, fallback, literal};
use crate::load;

/// `zim_errors!(...)`: the generated items, or on a broken catalog its every problem as a
/// `compile_error!` plus stand-in items.
///
/// ```
/// let input: proc_macro2::TokenStream = r#"bundled = "elsewhere""#.parse().unwrap();
/// let expansion = zimerr_catalog::entry::zim_errors(input);
/// assert!(expansion.text().is_empty(), "nothing is generated from bad arguments");
/// assert!(expansion.tokens().to_string().contains("compile_error"));
/// ```
pub fn zim_errors(input: TokenStream) -> Expansion {
    zim_errors_in(input, None)
}

/// `zim_errors!` as the runtime crate's `macro_rules!` wrapper calls it:
/// `[$crate] args…`. The bracketed path is where the generated code finds the runtime
/// crate unless the arguments say `crate = "…"`: `$crate` resolves to the runtime crate
/// whatever name the caller's `Cargo.toml` gives it (`zz = { package = "zimerr" }`).
pub fn zim_errors_with_runtime(input: TokenStream) -> Expansion {
    let mut tokens = input.into_iter();
    let runtime = match tokens.next() {
        Some(proc_macro2::TokenTree::Group(group))
            if group.delimiter() == proc_macro2::Delimiter::Bracket =>
        {
            group.stream()
        }
        _ => {
            return Expansion::tokens_only(
                syn::Error::new(
                    Span::call_site(),
                    "internal error of zimerr: `__zim_errors!` expects `[runtime path]` first",
                )
                .into_compile_error(),
            );
        }
    };
    let args: TokenStream = tokens.collect();
    let names_runtime = args.clone().into_iter().collect::<Vec<_>>().windows(2).any(|w| {
        matches!((&w[0], &w[1]), (proc_macro2::TokenTree::Ident(i), proc_macro2::TokenTree::Punct(p))
            if (i == "crate" || i == "r#crate") && p.as_char() == '=')
    });
    zim_errors_in(args, (!names_runtime).then_some(runtime))
}

/// `zim_errors!(...)` with `runtime` (tokens of a path) in place of the default
/// `::zimerr` when given.
fn zim_errors_in(input: TokenStream, runtime: Option<TokenStream>) -> Expansion {
    let (mut args, wrong) = match syn::parse::Parser::parse2(Args::parse_lenient, input) {
        Ok(parsed) => parsed,
        Err(e) => return Expansion::tokens_only(e.into_compile_error()),
    };
    if let Some(runtime) = runtime {
        match syn::parse2(runtime) {
            Ok(path) => args.runtime = path,
            Err(e) => return Expansion::tokens_only(e.into_compile_error()),
        }
    }
    match wrong {
        None => expand_args(&args),
        Some(wrong) => Expansion::tokens_only(stand_ins_for_wrong_args(&args, &wrong)),
    }
}

/// Wrong arguments: their errors, and the stand-in items of what the arguments ask for
/// (with a default in place of each wrong value), made of the catalog as far as it can be
/// read, so later uses of the enum or of the code macro add no errors of their own. The
/// catalog's own problems are reported too: every mistake at once.
fn stand_ins_for_wrong_args(args: &Args, wrong: &syn::Error) -> TokenStream {
    let errors = wrong.to_compile_error();
    let (source, span) = match &args.source {
        CatalogSource::Bundled(which) => (Ok(which.source()), Span::call_site()),
        CatalogSource::File(path) => (load::read::read_file(&path.value()), path.span()),
    };
    let (messages, raw) = match source {
        // The path's own error is no news if the path was wrong too.
        Err(e) => (
            vec![e.render()],
            e.lossy_text.as_deref().map(load::from_lines),
        ),
        Ok(source) => match crate::check_or_recover(&source) {
            Ok(_) => (Vec::new(), Some(load::load(&source.text).raw)),
            Err(rejected) => (rejected.error.rendered(), Some(*rejected.raw)),
        },
    };
    let stand_ins = fallback::emit(args, span, &messages, raw.as_ref());
    quote::quote! { #errors #stand_ins }
}

/// The expansion of arguments that are right.
fn expand_args(args: &Args) -> Expansion {
    let (source, span) = match &args.source {
        CatalogSource::Bundled(which) => (Ok(which.source()), Span::call_site()),
        CatalogSource::File(path) => (load::read::read_file(&path.value()), path.span()),
    };
    let source = match source {
        Ok(source) => source,
        Err(e) => {
            // A file that is not UTF-8 still has lines to learn names from.
            let learned = e.lossy_text.as_deref().map(load::from_lines);
            return Expansion::tokens_only(fallback::emit(
                args,
                span,
                &[e.render()],
                learned.as_ref(),
            ));
        }
    };
    let rejected = match crate::check_or_recover(&source) {
        Ok(catalog) => match crate::expand::expand(args, &catalog, &source) {
            Ok(expansion) => return expansion,
            Err(d) => {
                return Expansion::tokens_only(fallback::emit(
                    args,
                    span,
                    &[source.render(&d)],
                    None,
                ));
            }
        },
        Err(rejected) => rejected,
    };
    Expansion::tokens_only(fallback::emit(
        args,
        span,
        &rejected.error.rendered(),
        Some(&rejected.raw),
    ))
}

/// `code!(N)`: the bundled client catalog's variant for a literal, checked at compile time.
/// Through the runtime crate's wrapper the input is `$crate; N`, and the variant's path
/// starts with that `$crate`; a bare `N` gives a `::zimerr` path.
pub fn code(input: TokenStream) -> TokenStream {
    syn::parse2(input)
        .and_then(|input| literal::expand_bundled(Bundled::Client, &input))
        .unwrap_or_else(syn::Error::into_compile_error)
}

/// `server::code!(N)`: the same for the bundled server API catalog.
pub fn server_code(input: TokenStream) -> TokenStream {
    syn::parse2(input)
        .and_then(|input| literal::expand_bundled(Bundled::Server, &input))
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

    /// `bundled = "server"` expands the server catalog: its codes, not the client's, under
    /// the default names, and the tokens lex.
    #[test]
    fn a_bundled_catalog_is_expanded_as_text() {
        let expansion = zim_errors(quote::quote!(bundled = "server"));
        assert!(expansion.text.contains("pub enum ServerCode"));
        assert!(expansion.text.contains("pub mod server_codes"));
        assert!(expansion.text.contains("pub type ServerResult"));
        assert!(expansion.text.contains("ServerBusy"), "a server code");
        assert!(!expansion.text.contains("TokenExpired"), "a client code");
        assert!(expansion.tokens.is_empty(), "no code macro was asked for");
        assert!(expansion.into_token_stream().is_ok());
    }

    /// Wrong arguments are reported, each once, with the stand-ins of what they ask for,
    /// made of the catalog: later uses of its variants compile.
    #[test]
    fn wrong_arguments_come_with_stand_ins() {
        let expansion = zim_errors(quote::quote!(
            code_enum = "",
            category_enum = "Area",
            codes_module = "Area"
        ));
        let tokens = expansion.tokens.to_string();
        assert_eq!(tokens.matches("compile_error").count(), 2, "{tokens}");
        assert!(tokens.contains("`code_enum` is empty"), "{tokens}");
        assert!(tokens.contains("`codes_module` and `category_enum` are both `Area`"));
        assert!(tokens.contains("enum ZimCode"), "the default name");
        assert!(tokens.contains("enum Area"), "the name that was right");
        assert!(tokens.contains("TokenExpired"), "the catalog's variants");
        assert!(
            !tokens.contains("mod Area"),
            "no module named like the enum"
        );
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
        // The stand-ins are named after the file, as the real items would be.
        assert!(tokens.contains("enum CatalogCode"), "stand-ins: {tokens}");
    }
}
