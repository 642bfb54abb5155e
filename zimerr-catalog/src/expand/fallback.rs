//! What the macro emits when the catalog is broken: every diagnostic as a
//! `compile_error!`, plus the items it would have generated — for a one-code stand-in
//! catalog — so the invoking crate sees the catalog's problems instead of a flood of
//! "cannot find type", "no method named" and "trait bound not satisfied" errors
//! (thiserror's `fallback.rs` does the same for derives).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use crate::args::Args;
use crate::load::SourceText;
use crate::model::{Action, Catalog, Category, CategoryId, Code};

/// The one variant of the stand-in enums; the leading underscores keep it out of the way
/// of real names, which validation requires to be `UpperCamelCase`.
const STAND_IN: &str = "__CatalogError";

/// `compile_error!` for each message, then stand-ins for every item the catalog would give.
pub(crate) fn emit(args: &Args, span: Span, messages: &[String]) -> TokenStream {
    let errors = messages
        .iter()
        .map(|message| quote_spanned! {span=> ::core::compile_error!(#message); });
    // The real `code_macro` would read the broken catalog again and fail at every call.
    let stand_in_args = Args {
        code_macro: None,
        ..args.clone()
    };
    let source = SourceText {
        display_path: "the invalid catalog".to_owned(),
        text: String::new(),
        absolute_path: None,
    };
    // A one-code catalog always hashes; should it not, the errors alone still stand.
    let items = super::expand(&stand_in_args, &stand_in_catalog(), &source).unwrap_or_default();
    let code_macro = args.code_macro.as_ref().map(|name| {
        let e = &args.code_enum;
        let variant = format_ident!("{}", STAND_IN);
        quote! {
            macro_rules! #name {
                ($code:literal) => { #e::#variant };
            }
            #[allow(unused_imports)]
            pub(crate) use #name;
        }
    });
    quote! {
        #(#errors)*
        #items
        #code_macro
    }
}

fn stand_in_catalog() -> Catalog {
    let text = "the catalog has errors; see the errors above";
    Catalog {
        prefix: "catalog".to_owned(),
        categories: vec![Category {
            key: "catalog_error".to_owned(),
            name: STAND_IN.to_owned(),
            title: text.to_owned(),
            ranges: Vec::new(),
            note: None,
        }],
        codes: vec![Code {
            code: 0,
            name: STAND_IN.to_owned(),
            constant: "__CATALOG_ERROR".to_owned(),
            category: CategoryId::FIRST,
            description: text.to_owned(),
            solution: None,
            action: Action::None,
            retryable: false,
            sdk_name: None,
            success: false,
            zh_description: None,
            zh_solution: None,
            errata: None,
            cause: None,
            since: None,
            deprecated: None,
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_come_with_stand_ins_for_every_generated_item() {
        let args = Args {
            code_macro: Some(format_ident!("my_code")),
            ..Args::default()
        };
        let tokens = emit(
            &args,
            Span::call_site(),
            &["first".to_owned(), "second".to_owned()],
        )
        .to_string();
        assert_eq!(tokens.matches("compile_error").count(), 2);
        for item in [
            "pub enum ZimErrorCode",
            "pub enum Category",
            "pub mod codes",
            "macro_rules ! my_code",
            "impl :: zimerr :: ErrorCode for ZimErrorCode",
        ] {
            assert!(tokens.contains(item), "missing `{item}`");
        }
        assert!(
            !tokens.contains("catalog_code"),
            "the stand-in code macro must not read the catalog again"
        );
    }
}
