//! What the macro emits when the catalog is broken: every diagnostic as a
//! `compile_error!`, plus the items it would have generated for a stand-in catalog made
//! of everything that could still be read: each code whose name is an identifier is a
//! variant (with its code when that was read, else an unused number), each category a
//! variant, each constant a constant. The invoking crate then sees the catalog's problems
//! and nothing else: no "no variant named `KickedOut`" for every entry its code names, no
//! "cannot find type", "no method named" or "trait bound not satisfied" (thiserror's
//! `fallback.rs` does the same for derives). Only when nothing can be read (an empty or
//! unreadable file) do the enums hold a single `__CatalogError`.

use std::collections::HashSet;

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::args::Args;
use crate::load::SourceText;
use crate::model::raw::{Field, RawCatalog};
use crate::model::{Action, Catalog, Category, CategoryId, Code};
use crate::validate::{RESERVED_CODE_NAMES, is_valid_identifier, screaming_snake};

/// The variant of the stand-in enums when nothing could be read; the leading underscores
/// keep it out of the way of real names, which validation requires to be `UpperCamelCase`.
const STAND_IN: &str = "__CatalogError";

/// What every stand-in item's documentation says.
const STAND_IN_TEXT: &str = "the catalog has errors; see the errors above";

/// `compile_error!` for each message, then stand-ins for every item the catalog would
/// give, made of what could be read of it (`raw`; `None` when nothing could).
pub(crate) fn emit(
    args: &Args,
    span: Span,
    messages: &[String],
    raw: Option<&RawCatalog>,
) -> TokenStream {
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
    let (catalog, literals) = stand_in_catalog(raw);
    // Distinct codes always hash; should they not, the errors alone still stand.
    let items = super::expand(&stand_in_args, &catalog, &source)
        .ok()
        .and_then(|expansion| expansion.into_token_stream().ok())
        .unwrap_or_default();
    let code_macro = args
        .code_macro
        .as_ref()
        .map(|name| super::literal::stand_in_macro(args, name, &catalog, &literals));
    quote! {
        #(#errors)*
        #items
        #code_macro
    }
}

/// The stand-in catalog, and the codes read from the catalog (by variant index), which
/// the stand-in `code_macro` still resolves.
fn stand_in_catalog(raw: Option<&RawCatalog>) -> (Catalog, Vec<Option<u32>>) {
    let mut categories: Vec<Category> = Vec::new();
    let mut category_keys: Vec<&str> = Vec::new();
    let mut codes: Vec<Code> = Vec::new();
    let mut literals: Vec<Option<u32>> = Vec::new();
    let usable = |name: &str| is_valid_identifier(name);
    let usable_code = |name: &str| usable(name) && !RESERVED_CODE_NAMES.contains(&name);
    if let Some(raw) = raw {
        let mut names: HashSet<&str> = HashSet::new();
        for category in &raw.categories {
            let name = category.name.as_str();
            // The category enum's `u8` tables hold at most 255 categories.
            if usable(name) && categories.len() < 255 && names.insert(name) {
                categories.push(stand_in_category(name, category.key.as_str()));
                category_keys.push(category.key.as_str());
            }
        }
        let mut names: HashSet<&str> = HashSet::new();
        let mut constants: HashSet<String> = HashSet::new();
        let mut numbers: HashSet<u32> = HashSet::new();
        for code in &raw.codes {
            let name = code.name.as_str();
            if !usable_code(name) || !names.insert(name) {
                continue;
            }
            let number = Some(code.code)
                .filter(|n| !code.broken.contains(&Field::Code) && numbers.insert(*n));
            let mut constant = screaming_snake(name);
            if !is_valid_identifier(&constant) || !constants.insert(constant.clone()) {
                constant = format!("__CONSTANT_{}", codes.len());
            }
            let category = category_keys
                .iter()
                .position(|k| *k == code.category.as_str())
                .and_then(CategoryId::new)
                .unwrap_or(CategoryId::FIRST);
            codes.push(stand_in_code(
                name,
                &constant,
                number.unwrap_or(0),
                category,
            ));
            literals.push(number);
        }
        // Codes whose number could not be read, or repeats one, take unused numbers.
        let mut next = 0u32;
        for (code, literal) in codes.iter_mut().zip(&literals) {
            if literal.is_none() {
                while numbers.contains(&next) {
                    next += 1;
                }
                code.code = next;
                numbers.insert(next);
            }
        }
    }
    if categories.is_empty() {
        categories.push(stand_in_category(STAND_IN, "catalog_error"));
    }
    if codes.is_empty() {
        codes.push(stand_in_code(
            STAND_IN,
            "__CATALOG_ERROR",
            0,
            CategoryId::FIRST,
        ));
        literals.push(None);
    }
    let catalog = Catalog {
        prefix: "catalog".to_owned(),
        categories,
        codes,
        wire_code_names: Vec::new(),
        wire_message_names: Vec::new(),
        message_label: None,
        language: crate::validate::DEFAULT_LANGUAGE.to_owned(),
        languages: Vec::new(),
        markdown: false,
    };
    (catalog, literals)
}

fn stand_in_category(name: &str, key: &str) -> Category {
    Category {
        key: key.to_owned(),
        name: name.to_owned(),
        title: STAND_IN_TEXT.to_owned(),
        ranges: Vec::new(),
        note: None,
    }
}

fn stand_in_code(name: &str, constant: &str, code: u32, category: CategoryId) -> Code {
    Code {
        code,
        name: name.to_owned(),
        constant: constant.to_owned(),
        category,
        description: STAND_IN_TEXT.to_owned(),
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
        texts: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::format_ident;

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
            None,
        )
        .to_string();
        assert_eq!(tokens.matches("compile_error").count(), 2);
        for item in [
            "pub enum ZimCode",
            "pub enum ZimCategory",
            "pub mod zim_codes",
            "pub type ZimError",
            "macro_rules ! my_code",
            "impl :: zimerr :: ErrorCode for ZimCode",
        ] {
            assert!(tokens.contains(item), "missing `{item}`");
        }
        assert!(
            !tokens.contains("catalog_code"),
            "the stand-in code macro must not read the catalog again"
        );
    }
}
