//! Code literals checked against a catalog at compile time: `code!(6000106)` for the
//! bundled catalog, and the `code_macro` that `zim_errors!` generates for a catalog file
//! (both the `macro_rules!` it generates and the hidden `__catalog_code!` it calls).

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{LitInt, LitStr, Path, Token};

use crate::args::{Args, Bundled};
use crate::load::SourceText;
use crate::model::Catalog;
use crate::suggest::nearest_codes;

/// The input of the hidden `__catalog_code!`, written by the generated `code_macro`:
/// the catalog's absolute path, the code enum's path, and the literal.
pub struct CatalogCode {
    path: LitStr,
    code_enum: Path,
    literal: LitInt,
}

impl std::fmt::Debug for CatalogCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let code_enum = &self.code_enum;
        f.debug_struct("CatalogCode")
            .field("path", &self.path.value())
            .field("code_enum", &quote!(#code_enum).to_string())
            .field("literal", &self.literal.to_string())
            .finish()
    }
}

impl Parse for CatalogCode {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let path = input.parse()?;
        input.parse::<Token![,]>()?;
        let code_enum = input.parse()?;
        input.parse::<Token![,]>()?;
        let literal = input.parse()?;
        Ok(CatalogCode {
            path,
            code_enum,
            literal,
        })
    }
}

/// A catalog as parsed for code lookups, shared between calls.
type Parsed = Arc<Result<Catalog, String>>;

/// The input of `code!` and `server::code!`: the literal, after the runtime crate's path
/// and a `;` when the runtime crate's `macro_rules!` wrapper passes its `$crate`.
pub struct BundledCode {
    runtime: Option<Path>,
    literal: LitInt,
}

impl std::fmt::Debug for BundledCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let runtime = self.runtime.as_ref().map(|r| quote!(#r).to_string());
        f.debug_struct("BundledCode")
            .field("runtime", &runtime)
            .field("literal", &self.literal.to_string())
            .finish()
    }
}

impl Parse for BundledCode {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let runtime = if input.peek(LitInt) {
            None
        } else {
            let path = input.parse()?;
            input.parse::<Token![;]>()?;
            Some(path)
        };
        Ok(BundledCode {
            runtime,
            literal: input.parse()?,
        })
    }
}

/// `code!(N)` and `server::code!(N)`: a bundled catalog, parsed once per compiler
/// process, resolved to the facade's enum for it.
pub fn expand_bundled(which: Bundled, input: &BundledCode) -> syn::Result<TokenStream> {
    static CLIENT: OnceLock<Result<Catalog, String>> = OnceLock::new();
    static SERVER: OnceLock<Result<Catalog, String>> = OnceLock::new();
    let literal = &input.literal;
    let runtime = input
        .runtime
        .as_ref()
        .map_or_else(|| quote!(::zimerr), |r| quote!(#r));
    let (cell, name, code_enum) = match which {
        Bundled::Client => (&CLIENT, "the ZIM catalog", quote!(#runtime::ZimErrorCode)),
        Bundled::Server => (
            &SERVER,
            "the ZIM server API catalog",
            quote!(#runtime::server::ServerCode),
        ),
    };
    let catalog = cell
        .get_or_init(|| parse(&which.source()))
        .as_ref()
        .map_err(|e| syn::Error::new(literal.span(), e))?;
    resolve(catalog, name, &code_enum, literal)
}

/// `__catalog_code!("/abs/catalog.yaml", Enum, N)`: a catalog file, cached by content so
/// many calls parse it once and an edited file is never served stale (rust-analyzer keeps
/// one process for hours).
pub fn expand_file(input: &CatalogCode) -> syn::Result<TokenStream> {
    static CACHE: OnceLock<Mutex<HashMap<u64, Parsed>>> = OnceLock::new();
    let path = input.path.value();
    let text = std::fs::read_to_string(&path).map_err(|e| {
        syn::Error::new(
            input.literal.span(),
            format!("cannot read catalog `{path}`: {e}"),
        )
    })?;
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    let key = hasher.finish();
    let cache = CACHE.get_or_init(Mutex::default);
    let cached = cache.lock().ok().and_then(|map| map.get(&key).cloned());
    let catalog = cached.unwrap_or_else(|| {
        let source = SourceText {
            display_path: path.clone(),
            text,
            absolute_path: None,
        };
        let parsed = Arc::new(parse(&source));
        if let Ok(mut map) = cache.lock() {
            map.insert(key, Arc::clone(&parsed));
        }
        parsed
    });
    let catalog = catalog
        .as_ref()
        .as_ref()
        .map_err(|e| syn::Error::new(input.literal.span(), e))?;
    let code_enum = &input.code_enum;
    let name = format!("the catalog `{}`", file_name(&path));
    resolve(catalog, &name, &quote!(#code_enum), &input.literal)
}

/// The catalog, or every problem of it, rendered (the same as `zim_errors!` reports).
fn parse(source: &SourceText) -> Result<Catalog, String> {
    crate::check(source).map_err(|problems| problems.join("\n\n"))
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// `code_macro = "name"`: a `name!(N)` that resolves a literal against the catalog file at
/// compile time (through the runtime crate's re-export of `__catalog_code!`), usable
/// crate-wide as `crate::path::name!` where the code enum is in scope. With
/// `code_macro_export`, the macro is exported instead (see [`exported`]).
pub(crate) fn code_macro(
    args: &Args,
    catalog: &Catalog,
    source: &SourceText,
) -> Option<TokenStream> {
    let name = args.code_macro.as_ref()?;
    if args.code_macro_export.is_some() {
        let literals: Vec<Option<u32>> = catalog.codes.iter().map(|c| Some(c.code)).collect();
        let catalog_name = file_name(&source.display_path).to_owned();
        let e = &args.code_enum;
        let doc = format!(
            "A variant of [`{e}`] from its number, checked at compile time against `{}`: an \
             unknown number is a compile error. Expands to the variant's full path, so it \
             works in `const` items and patterns, in this crate and in crates that depend on \
             it, without importing `{e}`.",
            crate::markdown::doc_text(&catalog_name)
        );
        return Some(exported(
            args,
            name,
            catalog,
            &literals,
            &doc,
            Some(&catalog_name),
        ));
    }
    let doc = super::docs::code_macro(args, source);
    let path = source.absolute_path.as_deref()?;
    let Args {
        code_enum: e,
        runtime: rt,
        ..
    } = args;
    let reexport = call_site(name);
    Some(quote! {
        #[doc = #doc]
        macro_rules! #name {
            ($code:literal) => { #rt::__private::catalog_code!(#path, #e, $code) };
        }
        pub(crate) use #reexport;
    })
}

/// `code_macro_export = "module"`: the code macro for other crates. A `#[macro_export]`
/// macro lives at the crate root, so it gets a hidden name unique to its module and is
/// re-exported under the asked name where the enum is (`other_crate::errors::app_code!`).
/// Its arms are the catalog's codes, resolved here, with `$crate` paths to the enum: it
/// works in a crate that neither imports the enum nor depends on the runtime crate. Any
/// other literal is a compile error naming the catalog (`catalog`), or, for the stand-in
/// of a broken catalog (`None`), the first variant: the catalog's errors are reported.
pub(crate) fn exported(
    args: &Args,
    name: &syn::Ident,
    catalog: &Catalog,
    literals: &[Option<u32>],
    doc: &str,
    catalog_name: Option<&str>,
) -> TokenStream {
    let module = args.code_macro_export.as_deref().unwrap_or_default();
    let e = &args.code_enum;
    // `$crate` spanned like the user's `code_macro = "…"`: it resolves by its span's
    // origin, and a call-site span would be inside the runtime crate's `zim_errors!`
    // wrapper, making it the runtime crate instead of the user's.
    let krate = quote::quote_spanned! {name.span()=> $crate };
    let enum_path = quote! { #krate #(:: #module)* :: #e };
    let hidden = format_ident!("{}", hidden_name(module, name));
    let arms = literal_arms(catalog, literals, &enum_path);
    let fallback = if let Some(catalog_name) = catalog_name {
        let message =
            format!(" is not a code of the catalog `{catalog_name}`; `{e}::all()` lists its codes");
        quote! { ($code:literal) => { ::core::compile_error!(::core::concat!("`", ::core::stringify!($code), "`", #message)) }; }
    } else {
        let first = format_ident!("{}", catalog.codes[0].name);
        quote! { ($code:literal) => { #enum_path::#first }; }
    };
    quote! {
        #[doc(hidden)]
        #[macro_export]
        macro_rules! #hidden {
            #(#arms)*
            #fallback
        }
        #[doc = #doc]
        #[doc(inline)]
        pub use #hidden as #name;
    }
}

/// The crate-root name of the exported macro `name` of `module`: each module segment
/// written with its length first, so different modules never meet (`a_b::c` gives
/// `__zimerr_code_3a_b_1c_name`, `a::b_c` gives `__zimerr_code_1a_3b_c_name`; a name
/// cannot start with a digit, so where the segments end is never in doubt).
fn hidden_name(module: &[syn::Ident], name: &syn::Ident) -> String {
    let mut hidden = String::from("__zimerr_code_");
    for segment in module {
        let segment = segment.to_string();
        let segment = segment.strip_prefix("r#").unwrap_or(&segment);
        let _ = write!(hidden, "{}{segment}_", segment.len());
    }
    hidden.push_str(
        name.to_string()
            .strip_prefix("r#")
            .unwrap_or(&name.to_string()),
    );
    hidden
}

/// One `macro_rules!` arm per code whose number is known: `(N) => { path::Variant };`.
fn literal_arms<'a>(
    catalog: &'a Catalog,
    literals: &'a [Option<u32>],
    enum_path: &'a TokenStream,
) -> impl Iterator<Item = TokenStream> + 'a {
    catalog
        .codes
        .iter()
        .zip(literals)
        .filter_map(move |(code, literal)| {
            let literal = proc_macro2::Literal::u32_unsuffixed((*literal)?);
            let variant = format_ident!("{}", code.name);
            Some(quote! { (#literal) => { #enum_path::#variant }; })
        })
}

/// The stand-in `code_macro` of a broken catalog: each code that could be read resolves
/// to its variant, any other literal to the first variant, so calls compile and the
/// catalog's own errors are the only ones.
pub(crate) fn stand_in_macro(
    args: &Args,
    name: &syn::Ident,
    catalog: &Catalog,
    literals: &[Option<u32>],
) -> TokenStream {
    let doc = "Checked code literals; the catalog has errors, see the errors above.";
    if args.code_macro_export.is_some() {
        return exported(args, name, catalog, literals, doc, None);
    }
    let e = &args.code_enum;
    let enum_path = quote!(#e);
    let arms = literal_arms(catalog, literals, &enum_path);
    let first = format_ident!("{}", catalog.codes[0].name);
    let reexport = call_site(name);
    quote! {
        #[doc = #doc]
        macro_rules! #name {
            #(#arms)*
            ($code:literal) => { #e::#first };
        }
        pub(crate) use #reexport;
    }
}

/// `name` for the crate-wide re-export of a crate-local code macro, spanned at the call
/// site. The re-export is unused when the macro is only called in its own scope: with the
/// span of the user's literal rustc reports `unused_imports` there, with a call-site span
/// it treats the `use` as another crate's macro output and does not. An
/// `#[allow(unused_imports)]` instead would be an error (E0453) in a crate that forbids
/// the lint (`tests/ui/pass/strict_lints.rs` checks both).
fn call_site(name: &syn::Ident) -> syn::Ident {
    let mut reexport = name.clone();
    reexport.set_span(proc_macro2::Span::call_site());
    reexport
}

/// The variant's path for a known literal; otherwise an error naming the nearest codes.
fn resolve(
    catalog: &Catalog,
    catalog_name: &str,
    code_enum: &TokenStream,
    literal: &LitInt,
) -> syn::Result<TokenStream> {
    let value: u32 = literal.base10_parse().map_err(|_| {
        syn::Error::new(
            literal.span(),
            format!("`{literal}` is not an error code: expected an integer from 0 to 4294967295"),
        )
    })?;
    match catalog.codes.iter().find(|c| c.code == value) {
        Some(code) => {
            let name = format_ident!("{}", code.name, span = literal.span());
            Ok(quote! { #code_enum::#name })
        }
        None => Err(syn::Error::new(
            literal.span(),
            unknown_message(catalog, catalog_name, value),
        )),
    }
}

/// Names the nearest known codes on either side, so a typo is one look away from its fix.
fn unknown_message(catalog: &Catalog, catalog_name: &str, value: u32) -> String {
    let known: Vec<u32> = catalog.codes.iter().map(|c| c.code).collect();
    let nearest: Vec<String> = nearest_codes(&known, value, 2)
        .into_iter()
        .filter_map(|code| catalog.find(code))
        .map(|c| format!("`{}` (`{}`)", c.code, c.name))
        .collect();
    format!(
        "`{value}` is not a code of {catalog_name}; nearest known codes: {}",
        nearest.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_names_of_different_modules_differ() {
        let ident = |s: &str| syn::Ident::new(s, proc_macro2::Span::call_site());
        let path = |p: &str| p.split("::").map(ident).collect::<Vec<_>>();
        let name = ident("app_code");
        assert_eq!(
            hidden_name(&path("a_b::c"), &name),
            "__zimerr_code_3a_b_1c_app_code"
        );
        assert_eq!(
            hidden_name(&path("a::b_c"), &name),
            "__zimerr_code_1a_3b_c_app_code"
        );
        assert_eq!(hidden_name(&[], &name), "__zimerr_code_app_code");
        // Every split of the same letters gives its own name.
        let mut seen = std::collections::BTreeSet::new();
        for module in ["a_b_c", "a::b_c", "a_b::c", "a::b::c"] {
            assert!(
                seen.insert(hidden_name(&path(module), &ident("x"))),
                "{module}"
            );
        }
        assert!(seen.insert(hidden_name(&path("a"), &ident("b_c_x"))));
        assert_eq!(
            hidden_name(
                &[syn::Ident::new_raw("type", proc_macro2::Span::call_site())],
                &name
            ),
            "__zimerr_code_4type_app_code"
        );
    }

    #[test]
    fn server_literals_resolve_against_the_server_catalog() {
        let literal: BundledCode = syn::parse_quote!(100000004);
        let tokens = expand_bundled(Bundled::Server, &literal)
            .unwrap()
            .to_string();
        assert!(
            tokens.starts_with(":: zimerr :: server :: ServerCode ::"),
            "{tokens}"
        );
        let client_only: BundledCode = syn::parse_quote!(6000106);
        let err = expand_bundled(Bundled::Server, &client_only)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("is not a code of the ZIM server API catalog"),
            "{err}"
        );
    }

    fn bundled() -> Catalog {
        parse(&SourceText::bundled()).expect("the bundled catalog is valid")
    }

    #[test]
    fn unknown_codes_name_their_neighbours() {
        let message = unknown_message(&bundled(), "the ZIM catalog", 6_000_105);
        assert_eq!(
            message,
            "`6000105` is not a code of the ZIM catalog; nearest known codes: `6000104` (`NetworkError`), `6000106` (`TokenExpired`)"
        );
        let message = unknown_message(&bundled(), "x", u32::MAX);
        assert!(
            message.ends_with("nearest known codes: `6000816` (`BlacklistRemoveFailed`)"),
            "{message}"
        );
    }

    #[test]
    fn known_literals_become_variant_paths() {
        let literal: BundledCode = syn::parse_quote!(6000106);
        let tokens = expand_bundled(Bundled::Client, &literal).unwrap();
        assert_eq!(
            tokens.to_string(),
            ":: zimerr :: ZimErrorCode :: TokenExpired"
        );
        let renamed: BundledCode = syn::parse_quote!(zz; 6000106);
        let tokens = expand_bundled(Bundled::Client, &renamed).unwrap();
        assert_eq!(tokens.to_string(), "zz :: ZimErrorCode :: TokenExpired");
        let too_big: BundledCode = syn::parse_quote!(5000000000);
        assert!(
            expand_bundled(Bundled::Client, &too_big)
                .unwrap_err()
                .to_string()
                .contains("is not an error code")
        );
    }

    #[test]
    fn catalog_files_are_read_and_checked() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/errors.yaml");
        let input: CatalogCode = syn::parse_quote!(#path, my::Codes, 6000106);
        assert_eq!(
            expand_file(&input).unwrap().to_string(),
            "my :: Codes :: TokenExpired"
        );
        let input: CatalogCode = syn::parse_quote!(#path, Codes, 7);
        let err = expand_file(&input).unwrap_err().to_string();
        assert!(err.starts_with("`7` is not a code of the catalog `errors.yaml`; nearest known codes: `1` (`Failed`), `6000001`"), "{err}");
        let input: CatalogCode = syn::parse_quote!("/nonexistent/x.yaml", Codes, 7);
        assert!(
            expand_file(&input)
                .unwrap_err()
                .to_string()
                .starts_with("cannot read catalog `/nonexistent/x.yaml`")
        );
    }
}
