//! `code!(6000106)`: a literal checked against the bundled catalog at compile time.

use std::sync::OnceLock;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::LitInt;

use crate::load::{self, SourceText};
use crate::validate::{self, Catalog};

/// The bundled catalog, parsed once per compiler process however many `code!` calls a
/// crate makes.
fn bundled() -> &'static Result<Catalog, String> {
    static CATALOG: OnceLock<Result<Catalog, String>> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let source = SourceText::bundled();
        let (raw, locations) = load::parse(&source.text).map_err(|d| source.render(&d))?;
        validate::validate(raw, &locations).map_err(|ds| source.render(&ds[0]))
    })
}

pub(crate) fn expand(literal: &LitInt) -> syn::Result<TokenStream> {
    let catalog = bundled()
        .as_ref()
        .map_err(|e| syn::Error::new(literal.span(), e))?;
    let value: u32 = literal.base10_parse().map_err(|_| {
        syn::Error::new(
            literal.span(),
            format!("`{literal}` is not a ZIM code: expected an integer from 0 to 4294967295"),
        )
    })?;
    if let Some(code) = catalog.codes.iter().find(|c| c.code == value) {
        let name = format_ident!("{}", code.name, span = literal.span());
        return Ok(quote! { ::zimerr::ZimErrorCode::#name });
    }
    Err(syn::Error::new(
        literal.span(),
        unknown_message(catalog, value),
    ))
}

/// Names the nearest known codes on either side, so a typo is one look away from its fix.
fn unknown_message(catalog: &Catalog, value: u32) -> String {
    let below = catalog
        .codes
        .iter()
        .filter(|c| c.code < value)
        .max_by_key(|c| c.code);
    let above = catalog
        .codes
        .iter()
        .filter(|c| c.code > value)
        .min_by_key(|c| c.code);
    let nearest: Vec<String> = [below, above]
        .into_iter()
        .flatten()
        .map(|c| format!("`{}` (`{}`)", c.code, c.name))
        .collect();
    format!(
        "`{value}` is not a code of the ZIM catalog; nearest known codes: {}",
        nearest.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_catalog_is_valid() {
        assert!(bundled().is_ok(), "{:?}", bundled().as_ref().err());
    }

    #[test]
    fn unknown_codes_name_their_neighbours() {
        let catalog = bundled().as_ref().unwrap();
        let message = unknown_message(catalog, 6_000_105);
        assert_eq!(
            message,
            "`6000105` is not a code of the ZIM catalog; nearest known codes: `6000104` (`NetworkError`), `6000106` (`TokenExpired`)"
        );
    }
}
