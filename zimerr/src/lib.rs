//! Typed, documented ZEGOCLOUD ZIM error codes.
//!
//! The ZIM in-app chat SDK reports failures as numbers (`6000106`). This crate turns
//! its error-code table — bundled as `errors.yaml`, the single source of truth — into
//! Rust at compile time:
//!
//! - [`ZimCode`]: one variant per code, with its number as discriminant, its
//!   description and solution in the docs (hover it in your IDE), and `const`
//!   accessors; rustdoc search finds a code by number or by the official SDK name.
//! - [`ZimCategory`]: the table's sections, with the ranges that place unknown codes.
//! - [`zim_codes`]: every code as a `u32` constant, for matching raw integers.
//! - [`ZimError`]: the runtime error value — any `u32` kept losslessly, plus the SDK's
//!   message — with [`action`](Error::action), [`is_retryable`](Error::is_retryable) and
//!   a readable `Display`; [`check_with`] turns a callback's code and message into a
//!   `Result` ([`ZimResult`], or [`Result`] for short).
//! - [`code!`]: a code literal checked at compile time.
//! - [`server`]: the same for the ZIM **server API**'s return codes (`ServerCode`,
//!   `ServerCategory`, `server_codes`, `ServerError`, `server::Result`,
//!   `server::check_with`, `server::code!`), for backends.
//! - [`ErrorRecord`]: an error as one flat record for logs and telemetry (the
//!   `zimerr` command's `--json` keys plus the message).
//! - [`zim_errors!`]: the same for a catalog of your own.
//!
//! # Quickstart
//!
//! ```
//! use zimerr::{Action, ZimCode};
//!
//! /// What a ZIM callback gives you: a code (0 is success) and a message.
//! fn on_login_result(code: u32, message: &str) -> zimerr::Result<()> {
//!     zimerr::check_with(code, message)
//! }
//!
//! let err = on_login_result(6000106, "token expired").unwrap_err();
//! match err.kind() {
//!     Some(ZimCode::TokenExpired | ZimCode::TokenInvalid) => { /* renew */ }
//!     Some(_) | None => {}
//! }
//! assert_eq!(err.action(), Some(Action::RenewToken));
//! assert!(err.is_retryable());
//! assert_eq!(err.to_string(), "6000106: Token has expired. (SDK message: token expired)");
//! assert!(on_login_result(0, "").is_ok());
//! ```
//!
//! Codes are checked at compile time:
//!
//! ```
//! const EXPIRED: zimerr::ZimCode = zimerr::code!(6000106);
//! assert_eq!(EXPIRED.name(), "TokenExpired");
//! assert_eq!(zimerr::zim_codes::TOKEN_EXPIRED, 6000106);
//! ```
//!
//! ```compile_fail
//! // error: `6000105` is not a code of the ZIM catalog; nearest known codes: ...
//! let code = zimerr::code!(6000105);
//! ```
//!
//! # Your own catalog
//!
//! `zim_errors!("path.yaml")` reads a catalog of the same schema (documented in
//! [the catalog format](docs::catalog), `docs/catalog.md` of the repository), relative
//! to your crate's `Cargo.toml`, and generates the same five items, named after the file: `errors/billing.yaml` gives
//! `BillingCode`, `BillingCategory`, `billing_codes`, and the aliases `BillingError`
//! ([`Error<BillingCode>`](Error), with the same runtime API) and `BillingResult`;
//! `BillingError::check_with(code, message)` is your catalog's `check_with`. The
//! top-level [`check`], [`check_with`], [`Result`] and [`ZimError`] are the ZIM client
//! SDK's: they read every number as a ZIM code. Options, all optional, after the path:
//!
//! | option | default | what it names or does |
//! |---|---|---|
//! | `bundled = "…"` | none | instead of a path: a catalog of this crate's own, `"client"` (`errors.yaml`, what `zim_errors!()` expands) or `"server"` (`zim-server.yaml`, behind [`server`]) |
//! | `code_enum = "…"` | `{P}Code` | the code enum |
//! | `category_enum = "…"` | `{P}Category` | the category enum |
//! | `codes_module = "…"` | `{p}_codes` (`P` in `snake_case`) | the module of `u32` constants |
//! | `code_macro = "…"` | none | a `macro_rules!` that checks code literals at compile time, like [`code!`] (catalog files only) |
//! | `code_macro_export = "…"` | none | export the `code_macro` for other crates: the path of the invoking module from the crate root (`"errors"`, or `"crate"` for the root); other crates then write `your_crate::errors::billing_code!(4031)` without imports |
//! | `crate = "…"` | this crate, by `$crate` (renaming it in `Cargo.toml` works) | the path of this crate, if you re-export it and call `zimerr_macros::zim_errors!` directly |
//! | `error_type = "…"` | `{P}Error` | the `Error<Code>` alias (none when that name is an enum's own, as with `code_enum = "AppError"` on `app.yaml`, unless given) |
//! | `result_type = "…"` | `{P}Result` | the `Result<T, E = Error>` alias |
//! | `prefix = "…"` | the file's stem (up to its first `.`) in `UpperCamelCase`: `billing.yaml` → `Billing`, `my-errors.yaml` → `MyErrors`; `Zim` for `bundled = "client"`, `Server` for `"server"` | `P`, which every name above is made of; a file name that gives no type name (`2024-errors.yaml`) is a compile error asking for it |
//! | `doc_aliases = false` | `true` | leaves out each variant's `#[doc(alias("…"))]`: rustdoc's search by number and by SDK name goes (search by variant name stays). For crates that do not need that search: it saved no measurable rustc time or memory at 10,000 codes |
//! | `constants = false` | `true` | leaves out the module of `u32` constants: `{p}_codes::X` goes (write `{P}Code::X.code()`, or match on `{P}Code::from_code(n)`). The largest saving: in the ablation at 50,000 codes 350 of rustc's 1,353 MB and 1.7 of its 20 s |
//! | `docs = "brief"` | `"full"` | each variant's doc is its number and description, each constant's names its variant, and the enum's doc has no table of codes: hover text and rustdoc lose the solution, category, action, SDK name, translations and errata (the accessors still return every text at run time). Saves rustc about 60 MB at 50,000 codes (the ablation) |
//!
//! The macro's `prefix` names Rust items; the catalog's own `prefix:` key (lowercase,
//! `zim`) is the namespace of its diagnostic codes, [`ErrorCode::PREFIX`].
//!
//! For catalogs of tens of thousands of codes, the README's "Large catalogs" section
//! gives `constants = false, docs = "brief"` with `[profile.dev.build-override]
//! opt-level = 3`, and what they save together; `docs/PERFORMANCE.md` has what each
//! saves at 10,000 and 50,000 codes, in one run.
//!
//! ```ignore
//! zimerr::zim_errors!(
//!     "errors/billing.yaml",
//!     category_enum = "BillingArea",
//!     code_macro = "billing_code",
//! );
//!
//! const LOCKED: BillingCode = billing_code!(4031); // an unknown number is a compile error
//!
//! // Generated next to the enum: `BillingError` and `BillingResult`.
//! fn charge(code: u32, message: &str) -> BillingResult<()> {
//!     BillingError::check_with(code, message)
//! }
//! ```
//!
//! The catalog also says how `Display` labels the message an error came with
//! (`message_label`: `SDK message` for ZIM's client SDK, `message` by default), and
//! which extra JSON field names its vendor uses for codes and messages (`wire:`), which
//! deserializing an `Error` then reads: see [`Error`'s wire form](Error#serde).
//!
//! Editing the YAML rebuilds your crate. A broken catalog is a compile error that names
//! `file:line:col`, shows the line, and lists every problem at once, one error per
//! mistake: the items are still generated from what could be read, so your code that
//! names them adds no errors of its own.
//!
//! # Features
//!
//! - `std` (default): owned SDK messages (`String`, `Cow`), and with them [`check_with`],
//!   [`server::check_with`], `Error::check_with`, `Error::from_parts` (which take the
//!   message as `&str`) and deserializing an error. Without it the crate is
//!   `#![no_std]` and messages are `&'static str`: the generated enums, [`check`],
//!   `Error::new`, the other `From` conversions, `Display`, [`core::error::Error`] and
//!   serializing work the same.
//! - `serde`: codes serialize as their number; a [`ZimError`] as
//!   `{"code": …, "message": …}` (`null` without a message), and reads real events and
//!   other vendors' answers (extra fields ignored, string codes, `Code`/`Message`,
//!   `ErrorCode`/`ErrorInfo`, `errcode`/`errmsg` and more, plus the names a catalog
//!   declares); [`Action`] and categories as their
//!   keys; binary formats round-trip. Unknown codes round-trip. Deserializing an error
//!   needs `std`. [`Error`'s docs](Error#serde) give the wire form and its stability.
//! - `miette`: `miette::Diagnostic` for errors: code `zim::6000106` (the catalog's
//!   `prefix`), help from the catalog's solution. It enables `std`.
//!
//! The `zimerr` command (`zimerr explain 6000106`) is the `zimerr-cli` crate.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[doc(hidden)]
pub mod __private;
mod action;
mod codes_iter;
mod error;
#[cfg(feature = "miette")]
mod miette_impl;
mod record;
#[cfg(feature = "serde")]
mod serde_impl;
pub mod server;
mod traits;

/// Guides longer than one item's docs, shipped with the crate so that they match its
/// version.
// Documentation only, and not doctested (rustdoc sets `doc` when it collects doctests
// too): the guides' Rust blocks need catalog files of their own, and
// `tests/walkthrough.rs` compiles and runs them against those files instead.
#[cfg(all(doc, not(doctest)))]
pub mod docs {
    #[doc = include_str!("../docs/catalog.md")]
    pub mod catalog {}
}

pub use action::{Action, ParseActionError};
pub use codes_iter::Codes;
#[cfg(feature = "std")]
pub use error::check_with;
pub use error::{Error, Message, Result, check};
pub use record::{ErrorRecord, Translations};
pub use traits::{ErrorCategory, ErrorCode, ParseCodeError, UnknownCodeError};
/// A variant of [`ZimCode`] from its number, checked at compile time.
///
/// Expands to the variant's path, so it works in `const` items and patterns. A number
/// the catalog does not know is a compile error naming the nearest known codes. The path
/// starts with `$crate`, so it works when your `Cargo.toml` renames this crate.
///
/// ```
/// use zimerr::{ZimCode, code};
///
/// const EXPIRED: ZimCode = code!(6000106);
/// match ZimCode::from_code(6000106) {
///     Some(code!(6000106)) => {}
///     _ => unreachable!(),
/// }
/// assert_eq!(EXPIRED, ZimCode::TokenExpired);
/// ```
#[macro_export]
macro_rules! code {
    ($($code:tt)*) => {
        $crate::__private::bundled_code!($crate; $($code)*)
    };
}

/// Generates a code enum, a category enum and a module of `u32` constants from a YAML
/// catalog; see [the crate docs](crate#your-own-catalog) for options.
///
/// `zim_errors!()` with no argument expands the bundled ZIM catalog (this crate's own
/// [`ZimCode`], [`ZimCategory`], [`zim_codes`], [`ZimError`] and [`ZimResult`] are made
/// that way). The generated code
/// reaches this crate through `$crate`, so it works when your `Cargo.toml` renames it;
/// `crate = "…"` overrides that path.
#[macro_export]
macro_rules! zim_errors {
    ($($args:tt)*) => {
        $crate::__private::zim_errors! { [$crate] $($args)* }
    };
}

zim_errors!();

/// The README's Rust examples, compiled and run as doctests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
