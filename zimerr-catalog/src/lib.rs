//! The catalog engine of [zimerr](https://docs.rs/zimerr): reads a ZIM-style error-code
//! catalog (YAML), checks every rule, and expands it into Rust.
//!
//! The `zim_errors!` proc macro, the `zimerr` CLI, the fuzz target and the benchmarks
//! all run this one pipeline, data flowing one way:
//!
//! ```text
//! args ──► load ──► validate ──► expand
//!          (read,    (every rule,  (code enum, category enum,
//!           locate)   all at once)  constants, docs, perfect hash)
//! ```
//!
//! - [`SourceText`]: a catalog's text and the name diagnostics give it;
//! - [`check`] (load + validate): the text → a checked [`Catalog`] of [`Code`]s and
//!   [`Category`]s, or an [`Error`] holding every problem as a located [`Diagnostic`]
//!   (`file:line:col`, the line, how to fix it);
//! - [`expand()`] and [`expand_source`] (feature `expand`, on by default): a checked
//!   catalog and the macro's [`Args`] → the Rust `zim_errors!` generates ([`Expansion`]).
//!
//! A [`Catalog`] can only come out of [`check`], so everything that reads one (the
//! expansion included) can rely on every rule of the catalog format holding: at least one
//! category and one code, unique numbers and names, names that are Rust identifiers, at
//! most 255 categories. Its fields are read through methods, and the public structs are
//! `#[non_exhaustive]`: a field added to the catalog format adds a method and breaks no
//! caller.
//!
//! A reader of catalogs at run time (the CLI) turns `expand` off and compiles neither
//! syn nor quote:
//!
//! ```
//! use zimerr_catalog::{SourceText, check};
//!
//! let catalog = check(&SourceText::bundled()).expect("the bundled catalog is valid");
//! let expired = catalog.find(6000106).unwrap();
//! assert_eq!(expired.name(), "TokenExpired");
//! assert_eq!(expired.action().key(), "renew_token");
//! assert_eq!(catalog.category_of(expired).key(), "login");
//!
//! let broken = SourceText::from_text("mine.yaml", "categories: []\ncodes: []\n");
//! let error = check(&broken).unwrap_err();
//! assert_eq!(error.diagnostics().len(), 2);
//! assert!(error.diagnostics()[0].message().starts_with("`categories` is empty"));
//! assert!(error.to_string().contains("--> mine.yaml:1:1"));
//! ```
//!
//! Modules and items hidden from these docs serve the workspace's own crates (the proc
//! macros' entry points, the CLI's suggestions, the benchmarks) and carry no stability
//! promise.

#![forbid(unsafe_code)]

#[doc(hidden)]
#[cfg(feature = "expand")]
pub mod args;
#[doc(hidden)]
pub mod diag;
#[doc(hidden)]
#[cfg(feature = "expand")]
pub mod entry;
#[doc(hidden)]
#[cfg(feature = "expand")]
pub mod expand;
#[doc(hidden)]
pub mod load;
pub mod markdown;
#[doc(hidden)]
pub mod model;
#[doc(hidden)]
pub mod suggest;
#[doc(hidden)]
pub mod validate;
pub mod wire;

#[cfg(all(test, feature = "expand"))]
mod tests;

#[cfg(feature = "expand")]
pub use args::{Args, Bundled};
pub use diag::{Diagnostic, Error, Pos};
#[cfg(feature = "expand")]
pub use expand::Expansion;
pub use load::SourceText;
pub use model::{Action, Catalog, Category, CategoryId, Code, Translation};

/// load → validate: the checked catalog, or every problem, each located in the catalog's
/// text (what `zim_errors!` reports for the same text).
///
/// A catalog without a `prefix` gets one from its file name (`billing.yaml` → `billing`).
///
/// ```
/// use zimerr_catalog::{SourceText, check};
///
/// let yaml = "
/// categories:
///   - { key: billing, name: Billing, title: Billing errors,
///       ranges: [{ first: 100, last: 199 }] }
/// codes:
///   - { code: 101, name: CardDeclined, category: billing,
///       description: The card was declined., action: fix_request, retryable: false }
/// ";
/// let catalog = check(&SourceText::from_text("billing.yaml", yaml))?;
/// assert_eq!(catalog.prefix(), "billing");
/// assert_eq!(catalog.codes()[0].name(), "CardDeclined");
/// assert_eq!(catalog.place(150).map(|c| c.name()), Some("Billing"));
/// # Ok::<(), zimerr_catalog::Error>(())
/// ```
pub fn check(source: &SourceText) -> Result<Catalog, Error> {
    check_or_recover(source).map_err(|rejected| rejected.error)
}

/// A catalog with problems: every problem, and what could still be read of it.
#[derive(Debug)]
pub(crate) struct Rejected {
    /// Every problem, located in the catalog: first those of reading the YAML (syntax,
    /// structure, types), then those of the rules.
    pub(crate) error: Error,
    /// The entries that could be read or learned from the text: what the macro's
    /// stand-in items are made of, so code naming them still compiles.
    #[cfg_attr(not(feature = "expand"), allow(dead_code))]
    pub(crate) raw: Box<model::raw::RawCatalog>,
}

/// [`check`], keeping on failure what could be read of the catalog.
///
/// Every mistake is reported once: the load stage reports each entry's and field's own
/// problems, and the rules of the validate stage skip what it could not read.
pub(crate) fn check_or_recover(source: &SourceText) -> Result<Catalog, Rejected> {
    let load::Loaded { raw, problems } = load::load(&source.text);
    let located = |problems: Vec<Diagnostic>| -> Error {
        Error::new(
            problems
                .into_iter()
                .map(|mut d| {
                    load::add_hint(&source.text, &mut d);
                    source.locate(d)
                })
                .collect(),
        )
    };
    if raw.from_lines {
        return Err(Rejected {
            error: located(problems),
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
            error: located(problems),
            raw: kept.unwrap_or_default(),
        }),
        Err((found, raw)) => {
            let mut all = problems;
            all.extend(found);
            Err(Rejected {
                error: located(all),
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

/// The Rust `zim_errors!(args)` generates for a checked catalog: the code enum, the
/// category enum, the constants module and the aliases as source text, then the
/// checked-literal macro if `args` asks for one.
///
/// `source` is the text `catalog` was checked from: its path goes into the generated
/// docs, and a file's absolute path ([`SourceText::with_absolute_path`]) makes cargo
/// rebuild when the file changes. Never panics: a [`Catalog`] holds every rule the
/// expansion relies on. An `Err` is either a `code_macro` asked of a catalog given as
/// text (such a macro reads the file at each call; its message says what to do) or a bug
/// of zimerr's (the message says so); never a problem of the catalog.
///
/// ```
/// use zimerr_catalog::{Args, SourceText, check, expand};
///
/// let source = SourceText::bundled_server();
/// let catalog = check(&source)?;
/// let args = Args::parse(r#"bundled = "server", code_enum = "ServerCode""#)?;
/// let expansion = expand(&args, &catalog, &source)?;
/// assert!(expansion.text().contains("pub enum ServerCode"));
/// # Ok::<(), zimerr_catalog::Error>(())
/// ```
#[cfg(feature = "expand")]
pub fn expand(args: &Args, catalog: &Catalog, source: &SourceText) -> Result<Expansion, Error> {
    // The macro's own sources always have a file here; a caller's text may not, and the
    // code macro would be left out without a word.
    if args.code_macro.is_some()
        && args.code_macro_export.is_none()
        && source.absolute_path.is_none()
    {
        return Err(Error::new(vec![
            Diagnostic::whole_file(
                "`code_macro` reads the catalog file at each call, and this catalog was given as text",
            )
            .with_help(
                "name the file with `SourceText::with_absolute_path`, export the macro with `code_macro_export` (its codes are written into it), or leave `code_macro` out",
            )
            .located(&source.display_path, None),
        ]));
    }
    expand::expand(args, catalog, source).map_err(|d| Error::new(vec![source.locate(d)]))
}

/// load → validate → expand over text already read: the whole `zim_errors!` as a plain
/// function, so tests, the fuzzer and benchmarks run it without a compiler.
///
/// ```
/// use zimerr_catalog::{Args, SourceText, expand_source};
///
/// let tokens = expand_source(&Args::default(), &SourceText::bundled())?;
/// assert!(tokens.to_string().contains("TokenExpired"));
///
/// let broken = SourceText::from_text("mine.yaml", "codes: 7\n");
/// let error = expand_source(&Args::default(), &broken).unwrap_err();
/// assert!(error.diagnostics()[0].to_string().contains("--> mine.yaml:1:"));
/// # Ok::<(), zimerr_catalog::Error>(())
/// ```
#[cfg(feature = "expand")]
pub fn expand_source(args: &Args, source: &SourceText) -> Result<proc_macro2::TokenStream, Error> {
    let catalog = check(source)?;
    expand(args, &catalog, source)?.into_token_stream()
}

#[cfg(test)]
mod prefix_tests {
    use super::{SourceText, check_or_recover, default_prefix};

    /// A catalog the load stage has a problem with is rejected even when what it could
    /// read passes every rule (`code: -0` is read as 0 by the lenient re-read), and the
    /// rejection keeps what was read for the macro's stand-ins.
    #[test]
    fn a_load_problem_rejects_and_keeps_what_was_read() {
        let text = "categories:\n- key: c\n  name: C\n  title: C\ncodes:\n- code: -0\n  name: Zero\n  category: c\n  description: Zero.\n  action: none\n  retryable: false\n";
        let rejected = check_or_recover(&SourceText::from_text("neg.yaml", text))
            .expect_err("`-0` is not a code");
        assert_eq!(rejected.error.diagnostics().len(), 1, "{}", rejected.error);
        let names: Vec<&str> = rejected.raw.codes.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Zero"], "the stand-ins' entries");
    }

    #[test]
    fn prefixes_come_from_the_file_name() {
        assert_eq!(default_prefix("errors/billing.yaml"), "billing");
        assert_eq!(default_prefix("C:\\x\\My Errors.yml"), "my-errors");
        assert_eq!(default_prefix("7up.yaml"), "catalog");
        assert_eq!(default_prefix(""), "catalog");
    }
}
