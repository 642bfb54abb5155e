//! The catalog engine of [zimerr](https://docs.rs/zimerr): reads a ZIM-style error-code
//! catalog (YAML), checks every rule, and expands it into Rust.
//!
//! The `zim_errors!` proc macro, the `zimerr` CLI, the fuzz target and the benchmarks
//! all run this one pipeline, one module per stage, data flowing one way:
//!
//! ```text
//! args ──► load ──► validate ──► expand
//!          (read,    (every rule,  (code enum, category enum,
//!           locate)   all at once)  constants, docs, perfect hash)
//! ```
//!
//! - [`load`]: the text of a catalog ([`SourceText`]) → the raw model
//!   ([`model::raw::RawCatalog`]), each entry carrying its position;
//! - [`validate`]: raw model → checked [`Catalog`], or every problem as a located
//!   [`Diagnostic`];
//! - `expand` (feature `expand`, on by default): checked catalog → Rust source, and the
//!   proc macros' entry points in `entry`.
//!
//! A reader of catalogs at run time (the CLI) turns `expand` off and compiles neither
//! syn nor quote:
//!
//! ```
//! use zimerr_catalog::{SourceText, check};
//!
//! let catalog = check(&SourceText::bundled()).expect("the bundled catalog is valid");
//! let expired = catalog.find(6000106).unwrap();
//! assert_eq!(expired.name, "TokenExpired");
//! assert_eq!(expired.action.key(), "renew_token");
//!
//! let broken = SourceText::from_text("mine.yaml", "categories: []\ncodes: []\n");
//! let problems = check(&broken).unwrap_err();
//! assert_eq!(problems.len(), 2);
//! assert!(problems[0].starts_with("`categories` is empty"));
//! assert!(problems[0].contains("--> mine.yaml:1:1"));
//! ```

#![forbid(unsafe_code)]

#[cfg(feature = "expand")]
pub mod args;
pub mod diag;
#[cfg(feature = "expand")]
pub mod entry;
#[cfg(feature = "expand")]
pub mod expand;
pub mod load;
pub mod markdown;
pub mod model;
pub mod suggest;
pub mod validate;
pub mod wire;

#[cfg(all(test, feature = "expand"))]
mod tests;

pub use diag::{Diagnostic, Pos};
pub use load::SourceText;
pub use model::{Action, Catalog, Category, CategoryId, Code};

/// load → validate: the checked catalog, or every problem rendered with the catalog's
/// path, line and caret (what `zim_errors!` reports for the same text).
///
/// A catalog without a `prefix` gets one from its file name (`billing.yaml` → `billing`).
pub fn check(source: &SourceText) -> Result<Catalog, Vec<String>> {
    check_or_recover(source).map_err(|rejected| rejected.messages)
}

/// A catalog with problems: every problem rendered, and what could still be read of it.
#[derive(Debug)]
pub struct Rejected {
    /// Every problem, rendered with the catalog's path, line and caret: first those of
    /// reading the YAML (syntax, structure, types), then those of the rules.
    pub messages: Vec<String>,
    /// The entries that could be read or learned from the text: what the macro's
    /// stand-in items are made of, so code naming them still compiles.
    pub raw: Box<model::raw::RawCatalog>,
}

/// [`check`], keeping on failure what could be read of the catalog.
///
/// Every mistake is reported once: the load stage reports each entry's and field's own
/// problems, and the rules of the validate stage skip what it could not read.
pub fn check_or_recover(source: &SourceText) -> Result<Catalog, Rejected> {
    let load::Loaded { raw, problems } = load::load(&source.text);
    let render = |problems: &[Diagnostic]| -> Vec<String> {
        problems
            .iter()
            .map(|d| {
                let mut d = d.clone();
                load::add_hint(&source.text, &mut d);
                source.render(&d)
            })
            .collect()
    };
    if raw.from_lines {
        return Err(Rejected {
            messages: render(&problems),
            raw: Box::new(raw),
        });
    }
    // Entries the load stage could not read fail validation later only if it has
    // problems of its own; keep a copy for the stand-ins (the failure path only).
    let kept = (!problems.is_empty()).then(|| Box::new(raw.clone()));
    match validate::validate_or_return(raw) {
        Ok(mut catalog) if problems.is_empty() => {
            if catalog.prefix.is_empty() {
                catalog.prefix = default_prefix(&source.display_path);
            }
            Ok(catalog)
        }
        Ok(_) => Err(Rejected {
            messages: render(&problems),
            raw: kept.unwrap_or_default(),
        }),
        Err((found, raw)) => {
            let mut all = problems;
            all.extend(found);
            Err(Rejected {
                messages: render(&all),
                raw: kept.unwrap_or(raw),
            })
        }
    }
}

/// `errors/billing.yaml` → `billing`: the file's stem, lowercase, with anything outside
/// the prefix alphabet turned into `-`; `catalog` when nothing is left.
fn default_prefix(path: &str) -> String {
    let file = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = file.split('.').next().unwrap_or(file);
    let prefix: String = stem
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if prefix.starts_with(|c: char| c.is_ascii_lowercase()) {
        prefix
    } else {
        "catalog".to_owned()
    }
}

/// load → validate → expand over text already read: the whole `zim_errors!` as a plain
/// function, so tests, the fuzzer and benchmarks run it without a compiler.
#[cfg(feature = "expand")]
pub fn expand_source(
    args: &args::Args,
    source: &SourceText,
) -> Result<proc_macro2::TokenStream, Vec<String>> {
    let catalog = check(source)?;
    expand::expand(args, &catalog, source)
        .and_then(expand::Expansion::into_token_stream)
        .map_err(|d| vec![source.render(&d)])
}

#[cfg(test)]
mod prefix_tests {
    use super::default_prefix;

    #[test]
    fn prefixes_come_from_the_file_name() {
        assert_eq!(default_prefix("errors/billing.yaml"), "billing");
        assert_eq!(default_prefix("C:\\x\\My Errors.yml"), "my-errors");
        assert_eq!(default_prefix("7up.yaml"), "catalog");
        assert_eq!(default_prefix(""), "catalog");
    }
}
