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
/// the catalog's absolute path, the code enum's path, and the literal; or, from an
/// exported code macro's last arm, the catalog's file name, the enum's path, the literal
/// and the catalog's codes as text (`"1001 CardDeclined\n…"`), since another crate may
/// not see the file.
pub(crate) struct CatalogCode {
    path: LitStr,
    code_enum: Path,
    literal: LitInt,
    table: Option<LitStr>,
}

impl std::fmt::Debug for CatalogCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let code_enum = &self.code_enum;
        f.debug_struct("CatalogCode")
            .field("path", &self.path.value())
            .field("code_enum", &quote!(#code_enum).to_string())
            .field("literal", &self.literal.to_string())
            .field("table", &self.table.as_ref().map(LitStr::value))
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
        let table = if input.is_empty() {
            None
        } else {
            input.parse::<Token![,]>()?;
            Some(input.parse()?)
        };
        Ok(CatalogCode {
            path,
            code_enum,
            literal,
            table,
        })
    }
}

/// A catalog as parsed for code lookups, shared between calls.
type Parsed = Arc<Result<Catalog, String>>;

/// The input of `code!` and `server::code!`: the literal, after the runtime crate's path
/// and a `;` when the runtime crate's `macro_rules!` wrapper passes its `$crate`.
pub(crate) struct BundledCode {
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
pub(crate) fn expand_bundled(which: Bundled, input: &BundledCode) -> syn::Result<TokenStream> {
    static CLIENT: OnceLock<Result<Catalog, String>> = OnceLock::new();
    static SERVER: OnceLock<Result<Catalog, String>> = OnceLock::new();
    let literal = &input.literal;
    let runtime = input
        .runtime
        .as_ref()
        .map_or_else(|| quote!(::zimerr), |r| quote!(#r));
    let (cell, name, code_enum) = match which {
        Bundled::Client => (&CLIENT, "the ZIM catalog", quote!(#runtime::ZimCode)),
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
pub(crate) fn expand_file(input: &CatalogCode) -> syn::Result<TokenStream> {
    static CACHE: OnceLock<Mutex<HashMap<u64, Parsed>>> = OnceLock::new();
    if let Some(table) = &input.table {
        return expand_table(input, &table.value());
    }
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

/// A literal the exported code macro's arms did not match, against the catalog's codes as
/// the macro carries them: the variant when the literal is a known code written another
/// way (`0x3E9`, `1_001`), else the error naming the nearest codes, as `code!` does.
fn expand_table(input: &CatalogCode, table: &str) -> syn::Result<TokenStream> {
    let known: Vec<(u32, &str)> = table
        .lines()
        .filter_map(|line| {
            let (code, name) = line.split_once(' ')?;
            Some((code.parse().ok()?, name))
        })
        .collect();
    let literal = &input.literal;
    let value = parse_literal(literal)?;
    let code_enum = &input.code_enum;
    if let Some((_, name)) = known.iter().find(|(code, _)| *code == value) {
        let name = format_ident!("{}", name, span = literal.span());
        Ok(quote! { #code_enum::#name })
    } else {
        let name = format!("the catalog `{}`", input.path.value());
        Err(syn::Error::new(
            literal.span(),
            unknown_message(&known, &name, value),
        ))
    }
}

/// The value of a code literal, or the error saying what a code is.
fn parse_literal(literal: &LitInt) -> syn::Result<u32> {
    literal.base10_parse().map_err(|_| {
        syn::Error::new(
            literal.span(),
            format!("`{literal}` is not an error code: expected an integer from 0 to 4294967295"),
        )
    })
}

/// The catalog, or every problem of it, rendered (the same as `zim_errors!` reports).
fn parse(source: &SourceText) -> Result<Catalog, String> {
    crate::check(source).map_err(|error| error.to_string())
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
    // Any other literal goes to `__catalog_code!`, re-exported next to the enum (a crate
    // calling the macro may not depend on the runtime crate), with the codes as one
    // string: one token however many codes, parsed only when a literal is unknown.
    let (fallback, lookup) = if let Some(catalog_name) = catalog_name {
        let mut table = String::new();
        for code in &catalog.codes {
            let _ = writeln!(table, "{} {}", code.code, code.name);
        }
        let rt = &args.runtime;
        let lookup = call_site(&format_ident!("__zimerr_unknown_{}", strip_raw(name)));
        (
            quote! { ($code:literal) => { #krate #(:: #module)* :: #lookup!(#catalog_name, #enum_path, $code, #table) }; },
            quote! {
                #[doc(hidden)]
                pub use #rt::__private::catalog_code as #lookup;
            },
        )
    } else {
        let first = format_ident!("{}", catalog.codes[0].name);
        (
            quote! { ($code:literal) => { #enum_path::#first }; },
            TokenStream::new(),
        )
    };
    quote! {
        #lookup
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
        let segment = strip_raw(segment);
        let _ = write!(hidden, "{}{segment}_", segment.len());
    }
    hidden.push_str(&strip_raw(name));
    hidden
}

/// An identifier's text without `r#`: `r#type` and `type` name the same module.
fn strip_raw(ident: &syn::Ident) -> String {
    let text = ident.to_string();
    match text.strip_prefix("r#") {
        Some(bare) => bare.to_owned(),
        None => text,
    }
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
    // Named like a generated type (reported by the arguments' check), the re-export would
    // clash with it: the macro then stays in textual scope only.
    let clashes = args.type_names().iter().any(|(_, n)| n == name);
    let reexport = (!clashes).then(|| {
        let reexport = call_site(name);
        quote! { pub(crate) use #reexport; }
    });
    quote! {
        #[doc = #doc]
        macro_rules! #name {
            #(#arms)*
            ($code:literal) => { #e::#first };
        }
        #reexport
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
    let value = parse_literal(literal)?;
    if let Some(code) = catalog.codes.iter().find(|c| c.code == value) {
        let name = format_ident!("{}", code.name, span = literal.span());
        Ok(quote! { #code_enum::#name })
    } else {
        let known: Vec<(u32, &str)> = catalog
            .codes
            .iter()
            .map(|c| (c.code, c.name.as_str()))
            .collect();
        Err(syn::Error::new(
            literal.span(),
            unknown_message(&known, catalog_name, value),
        ))
    }
}

/// Names the nearest known codes on either side, so a typo is one look away from its fix.
fn unknown_message(known: &[(u32, &str)], catalog_name: &str, value: u32) -> String {
    let codes: Vec<u32> = known.iter().map(|(code, _)| *code).collect();
    let nearest: Vec<String> = nearest_codes(&codes, value, 2)
        .into_iter()
        .filter_map(|code| known.iter().find(|(c, _)| *c == code))
        .map(|(code, name)| format!("`{code}` (`{name}`)"))
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

    /// Reads a hidden name back into its module path and macro name: that this works for
    /// every input is what makes the mangling injective.
    fn unmangle(hidden: &str) -> (Vec<String>, String) {
        let mut rest = hidden.strip_prefix("__zimerr_code_").expect("the prefix");
        let mut module = Vec::new();
        while rest.starts_with(|c: char| c.is_ascii_digit()) {
            let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap();
            let len: usize = rest[..digits].parse().unwrap();
            let segment = &rest[digits..digits + len];
            module.push(segment.to_owned());
            rest = rest[digits + len..]
                .strip_prefix('_')
                .expect("a `_` after a segment");
        }
        (module, rest.to_owned())
    }

    /// Exhaustive over small inputs: every module path of up to three segments and every
    /// macro name drawn from identifiers made of `a`, `b`, `_` and `1` (the characters
    /// that could blur a boundary) gives a distinct hidden name, which reads back to its
    /// input, is an identifier, and is the same on every call.
    #[test]
    fn hidden_names_are_injective() {
        let idents: Vec<String> = [
            "a", "b", "a_b", "_a", "a_", "b_a", "a1", "a_1", "_1", "a__b", "ab",
        ]
        .map(String::from)
        .to_vec();
        let ident = |s: &str| syn::Ident::new(s, proc_macro2::Span::call_site());
        let mut modules: Vec<Vec<String>> = vec![Vec::new()];
        for depth in 1..=3 {
            let longer: Vec<Vec<String>> = modules
                .iter()
                .filter(|m| m.len() == depth - 1)
                .flat_map(|m| {
                    idents.iter().map(move |s| {
                        let mut m = m.clone();
                        m.push(s.clone());
                        m
                    })
                })
                .collect();
            modules.extend(longer);
        }
        let mut seen = HashMap::new();
        for module in &modules {
            let path: Vec<syn::Ident> = module.iter().map(|s| ident(s)).collect();
            for name in &idents {
                let hidden = hidden_name(&path, &ident(name));
                assert_eq!(hidden, hidden_name(&path, &ident(name)), "deterministic");
                assert!(syn::parse_str::<syn::Ident>(&hidden).is_ok(), "{hidden}");
                assert_eq!(unmangle(&hidden), (module.clone(), name.clone()));
                if let Some(other) = seen.insert(hidden.clone(), (module.clone(), name.clone())) {
                    panic!("{hidden} for both {other:?} and {:?}", (module, name));
                }
            }
        }
        assert_eq!(seen.len(), (1 + 11 + 121 + 1331) * 11);
        // Non-ASCII identifiers: the length counts bytes, and reads back the same way.
        let path = [ident("модуль")];
        assert_eq!(
            unmangle(&hidden_name(&path, &ident("код"))),
            (vec!["модуль".to_owned()], "код".to_owned())
        );
    }

    /// The exported macro's last arm: an unknown literal names its nearest codes, a known
    /// code written another way resolves, and the macro's text holds the table once.
    #[test]
    fn exported_macros_name_the_nearest_codes() {
        let table = "1001 CardDeclined\n1201 GatewayTimeout\n";
        let input: CatalogCode = syn::parse_quote!("shop.yaml", my::ShopCode, 1002, #table);
        assert_eq!(
            expand_file(&input).unwrap_err().to_string(),
            "`1002` is not a code of the catalog `shop.yaml`; nearest known codes: `1001` (`CardDeclined`), `1201` (`GatewayTimeout`)"
        );
        let input: CatalogCode = syn::parse_quote!("shop.yaml", my::ShopCode, 0x4B1, #table);
        assert_eq!(
            expand_file(&input).unwrap().to_string(),
            "my :: ShopCode :: GatewayTimeout"
        );
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/errors.yaml");
        let source = SourceText {
            display_path: path.to_owned(),
            text: std::fs::read_to_string(path).unwrap(),
            absolute_path: None,
        };
        let catalog = parse(&source).unwrap();
        let args =
            Args::parse(r#""errors.yaml", code_macro = "zim_code", code_macro_export = "errors""#)
                .unwrap();
        let tokens = code_macro(&args, &catalog, &source).unwrap().to_string();
        assert!(
            tokens.contains(
                "pub use :: zimerr :: __private :: catalog_code as __zimerr_unknown_zim_code ;"
            ),
            "{tokens}"
        );
        assert!(
            tokens.contains("$ crate :: errors :: __zimerr_unknown_zim_code ! (\"errors.yaml\" , $ crate :: errors :: ErrorsCode , $ code , \"0 Success\\n1 Failed\\n"),
            "{tokens}"
        );
        assert_eq!(tokens.matches("6000106 TokenExpired").count(), 1);
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
        let catalog = bundled();
        let known: Vec<(u32, &str)> = catalog
            .codes
            .iter()
            .map(|c| (c.code, c.name.as_str()))
            .collect();
        let message = unknown_message(&known, "the ZIM catalog", 6_000_105);
        assert_eq!(
            message,
            "`6000105` is not a code of the ZIM catalog; nearest known codes: `6000104` (`NetworkError`), `6000106` (`TokenExpired`)"
        );
        let message = unknown_message(&known, "x", u32::MAX);
        assert!(
            message.ends_with("nearest known codes: `6000816` (`BlacklistRemoveFailed`)"),
            "{message}"
        );
    }

    #[test]
    fn known_literals_become_variant_paths() {
        let literal: BundledCode = syn::parse_quote!(6000106);
        let tokens = expand_bundled(Bundled::Client, &literal).unwrap();
        assert_eq!(tokens.to_string(), ":: zimerr :: ZimCode :: TokenExpired");
        let renamed: BundledCode = syn::parse_quote!(zz; 6000106);
        let tokens = expand_bundled(Bundled::Client, &renamed).unwrap();
        assert_eq!(tokens.to_string(), "zz :: ZimCode :: TokenExpired");
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
