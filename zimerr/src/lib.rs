//! Typed, documented ZEGOCLOUD ZIM error codes.
//!
//! The ZIM in-app chat SDK reports failures as numbers (`6000106`). This crate turns
//! its error-code table — bundled as `errors.yaml`, the single source of truth — into
//! Rust at compile time:
//!
//! - [`ZimErrorCode`]: one variant per code, with its number as discriminant, its
//!   description and solution in the docs (hover it in your IDE), and `const`
//!   accessors; rustdoc search finds a code by number or by the official SDK name.
//! - [`Category`]: the table's sections, with the ranges that place unknown codes.
//! - [`codes`]: every code as a `u32` constant, for matching raw integers.
//! - [`ZimError`]: the runtime error value — any `u32` kept losslessly, plus the SDK's
//!   message — with [`action`](Error::action), [`is_retryable`](Error::is_retryable) and
//!   a readable `Display`; [`check_with`] turns a callback's code and message into a
//!   `Result`.
//! - [`code!`]: a code literal checked at compile time.
//! - [`server`]: the same for the ZIM **server API**'s return codes (`ServerCode`,
//!   `ServerError`, `server::Result`, `server::check_with`, `server::code!`), for
//!   backends.
//! - [`ErrorRecord`]: an error as one flat record for logs and telemetry (the
//!   `zimerr` command's `--json` keys plus the message).
//! - [`zim_errors!`]: the same for a catalog of your own.
//!
//! # Quickstart
//!
//! ```
//! use zimerr::{Action, ZimErrorCode};
//!
//! /// What a ZIM callback gives you: a code (0 is success) and a message.
//! fn on_login_result(code: u32, message: &str) -> zimerr::Result<()> {
//!     zimerr::check_with(code, message)
//! }
//!
//! let err = on_login_result(6000106, "token expired").unwrap_err();
//! match err.kind() {
//!     Some(ZimErrorCode::TokenExpired | ZimErrorCode::TokenInvalid) => { /* renew */ }
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
//! const EXPIRED: zimerr::ZimErrorCode = zimerr::code!(6000106);
//! assert_eq!(EXPIRED.name(), "TokenExpired");
//! assert_eq!(zimerr::codes::TOKEN_EXPIRED, 6000106);
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
//! [the catalog format](https://github.com/zimerr/zimerr/blob/main/docs/catalog.md),
//! `docs/catalog.md` of the repository), relative to your crate's `Cargo.toml`, and
//! generates the same items, plus your catalog's own error and result aliases:
//! `BillingError` is [`Error<BillingCode>`](Error), with the same runtime API, and
//! `BillingError::check_with(code, message)` is your catalog's `check_with`. The
//! top-level [`check`], [`check_with`], [`Result`] and [`ZimError`] are the ZIM client
//! SDK's: they read every number as a ZIM code. Options, all optional, after the path:
//!
//! | option | default | what it names |
//! |---|---|---|
//! | `bundled = "…"` | none | instead of a path: a catalog of this crate's own, `"client"` (`errors.yaml`, what `zim_errors!()` expands) or `"server"` (`zim-server.yaml`, behind [`server`]) |
//! | `code_enum = "…"` | `ZimErrorCode` | the code enum |
//! | `category_enum = "…"` | `Category` | the category enum |
//! | `codes_module = "…"` | `codes` | the module of `u32` constants |
//! | `code_macro = "…"` | none | a `macro_rules!` that checks code literals at compile time, like [`code!`] (catalog files only) |
//! | `code_macro_export = "…"` | none | export the `code_macro` for other crates: the path of the invoking module from the crate root (`"errors"`, or `"crate"` for the root); other crates then write `your_crate::errors::billing_code!(4031)` without imports |
//! | `crate = "…"` | this crate, by `$crate` (renaming it in `Cargo.toml` works) | the path of this crate, if you re-export it and call `zimerr_macros::zim_errors!` directly |
//! | `error_type = "…"` | the code enum's name with `Code` replaced by `Error` (`BillingCode` → `BillingError`; `Error` appended otherwise) | the `Error<Code>` alias (none unless given for bundled catalogs, or when the derived name is an enum's own, as with `code_enum = "AppError"`) |
//! | `result_type = "…"` | likewise with `Result` (`BillingResult`) | the `Result<T, E = Error>` alias |
//!
//! ```ignore
//! zimerr::zim_errors!(
//!     "errors/billing.yaml",
//!     code_enum = "BillingCode",
//!     category_enum = "BillingArea",
//!     codes_module = "billing_codes",
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
//! - `std` (default): owned SDK messages (`String`), and with them [`check_with`],
//!   `Error::check_with`, `Error::from_parts` (which take the message as `&str`) and
//!   deserializing an error. Without it the crate is `#![no_std]` and messages are
//!   `&'static str`: the generated enums, [`check`], `Error::new`, the `From`
//!   conversions, `Display`, [`core::error::Error`] and serializing work the same.
//! - `serde`: codes serialize as their number; a [`ZimError`] as
//!   `{"code": …, "message": …}` (`null` without a message), and reads real events and
//!   other vendors' answers (extra fields ignored, string codes, `Code`/`Message`,
//!   `ErrorCode`/`ErrorInfo`, `errcode`/`errmsg` and more, plus the names a catalog
//!   declares); [`Action`] and categories as their
//!   keys; binary formats round-trip. Unknown codes round-trip. Deserializing an error
//!   needs `std`. [`Error`'s docs](Error#serde) give the wire form and its stability.
//! - `miette`: `miette::Diagnostic` for errors: code `zim::6000106` (the catalog's
//!   `prefix`), help from the catalog's solution.
//!
//! The `zimerr` command (`zimerr explain 6000106`) is the `zimerr-cli` crate.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
// `deny`, not `forbid`: `__private::text` holds the crate's one `unsafe` block, allowed
// there alone (its docs give the invariant and why the safe form is not used yet).
#![deny(unsafe_code)]
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

pub use action::{Action, ParseActionError};
pub use codes_iter::Codes;
#[cfg(feature = "std")]
pub use error::check_with;
pub use error::{Error, Message, Result, ZimError, check};
pub use record::{ErrorRecord, Translations};
pub use traits::{ErrorCategory, ErrorCode, ParseCodeError, UnknownCode};
/// A variant of [`ZimErrorCode`] from its number, checked at compile time.
///
/// Expands to the variant's path, so it works in `const` items and patterns. A number
/// the catalog does not know is a compile error naming the nearest known codes. The path
/// starts with `$crate`, so it works when your `Cargo.toml` renames this crate.
///
/// ```
/// use zimerr::{ZimErrorCode, code};
///
/// const EXPIRED: ZimErrorCode = code!(6000106);
/// match ZimErrorCode::from_code(6000106) {
///     Some(code!(6000106)) => {}
///     _ => unreachable!(),
/// }
/// assert_eq!(EXPIRED, ZimErrorCode::TokenExpired);
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
/// [`ZimErrorCode`], [`Category`] and [`codes`] are made that way). The generated code
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
