//! The ZIM **server API**'s return codes: what a backend gets back as `Code` (and
//! `Message`) when it calls the ZEGOCLOUD ZIM server API — public codes (`0` success,
//! `1` server busy, …), the API gateway's codes (`100000004` signature expired, …) and
//! ZIM service codes (`6600xxxxx`).
//!
//! It is a different table from the client SDK's ([`ZimCode`](crate::ZimCode)):
//! the same number means different things in the two (`1` is "server busy" here and a
//! generic failure there), so the two catalogs are separate types and nothing guesses
//! which table a bare number belongs to. The catalog, `zim-server.yaml`, says in its
//! header which sections are complete and which are partial.
//!
//! ```
//! use zimerr::Action;
//! use zimerr::server::{self, ServerCategory, ServerCode};
//!
//! /// What a server API answer carries: a `Code` (0 is success) and a `Message`.
//! fn handle(code: u32, message: &str) -> server::Result<()> {
//!     server::check_with(code, message)
//! }
//!
//! let err = handle(100000004, "signature expired").unwrap_err();
//! match err.kind() {
//!     Some(ServerCode::SignatureExpired) => { /* sign again with a fresh timestamp */ }
//!     Some(_) | None => {}
//! }
//! assert_eq!(err.action(), Some(Action::SignAgain));
//! assert!(err.is_retryable());
//! assert_eq!(err.category(), Some(ServerCategory::ApiGateway));
//! assert_eq!(err.reason(), Some("Signature expired."));
//! assert!(handle(0, "success").is_ok());
//!
//! // Codes are checked at compile time, and unknown ones keep their number and category.
//! const EXPIRED: ServerCode = zimerr::server::code!(100000004);
//! assert_eq!(EXPIRED, ServerCode::SignatureExpired);
//! let newer = server::ServerError::from(660000099);
//! assert_eq!((newer.code(), newer.kind()), (660000099, None));
//! assert_eq!(newer.category(), Some(ServerCategory::ZimService));
//! // Numbers outside the server numbering (a client code, a year) have no category.
//! assert_eq!(ServerCategory::of_code(6000106), None);
//! assert_eq!(ServerCategory::of_code(2025), None);
//! ```
//!
//! # Retrying
//!
//! [`is_retryable`](crate::Error::is_retryable) promises that the same request, with the
//! same `Action` and parameters, can succeed later after the code's
//! [`action`](crate::Error::action): back off for [`Retry`](crate::Action::Retry),
//! compute a fresh `Signature` (new `Timestamp` and `SignatureNonce`) for
//! [`SignAgain`](crate::Action::SignAgain). No retryable code asks for the request to be
//! changed, and codes this catalog does not know are not retryable, so a loop can follow
//! the hints as they are:
//!
//! ```
//! use zimerr::Action;
//! use zimerr::server::{self, ServerError};
//!
//! /// What to do after a failed call, from the catalog alone.
//! fn next(err: &ServerError) -> &'static str {
//!     match err.action() {
//!         _ if !err.is_retryable() => "give up and log it",
//!         Some(Action::SignAgain) => "sign again, then resend",
//!         _ => "back off, then resend",
//!     }
//! }
//!
//! assert_eq!(next(&server::check(100000004).unwrap_err()), "sign again, then resend");
//! assert_eq!(next(&server::check(1).unwrap_err()), "back off, then resend");
//! assert_eq!(next(&server::check(51102).unwrap_err()), "give up and log it");
//! assert_eq!(next(&server::check(100000005).unwrap_err()), "give up and log it");
//! ```

// `ServerCode`, `ServerCategory`, `server_codes`, `ServerError` and `ServerResult`: the
// bundled server catalog's prefix is `Server`.
crate::zim_errors!(bundled = "server");

/// `Result` with [`ServerError`] as the default error: the server API's twin of
/// [`zimerr::Result`](crate::Result).
pub type Result<T, E = ServerError> = core::result::Result<T, E>;

/// `Ok(())` for the server API's success code `0`, the error otherwise: the server API's
/// twin of [`zimerr::check`](crate::check), which reads the number as a *client SDK*
/// code (where `1` is a generic failure, not "server busy").
///
/// ```
/// # fn main() -> zimerr::server::Result<()> {
/// zimerr::server::check(0)?;
/// let err = zimerr::server::check(1).unwrap_err();
/// assert_eq!(err.description(), Some("Request failed."));
/// assert_eq!(err.reason(), Some("Server busy."));
/// # Ok(())
/// # }
/// ```
pub fn check(code: u32) -> Result<()> {
    ServerError::check(code)
}

/// `Ok(())` for the server API's success code `0`, otherwise the error with the answer's
/// `Message` copied in: the server API's twin of [`zimerr::check_with`](crate::check_with).
/// Needs `std`, like [`Error::from_parts`](crate::Error::from_parts).
///
/// ```
/// use zimerr::server::{self, ServerCode};
///
/// /// A server API answer's `Code` and `Message`.
/// fn on_answer(code: u32, message: &str) -> server::Result<()> {
///     server::check_with(code, message)
/// }
///
/// assert!(on_answer(0, "success").is_ok());
/// let err = on_answer(7, "rate limited").unwrap_err();
/// assert_eq!(err.kind(), Some(ServerCode::RateLimitExceeded));
/// assert_eq!(err.message(), Some("rate limited"));
/// assert!(err.is_retryable());
/// ```
#[cfg(feature = "std")]
pub fn check_with(code: u32, message: &str) -> Result<()> {
    ServerError::check_with(code, message)
}

/// A variant of [`ServerCode`] from its number, checked at compile time.
///
/// Expands to the variant's path, so it works in `const` items and patterns. A number the
/// server catalog does not know is a compile error naming the nearest known codes.
///
/// ```
/// use zimerr::server::{ServerCode, code};
///
/// match ServerCode::from_code(100000005) {
///     Some(code!(100000005)) => {}
///     _ => unreachable!(),
/// }
/// ```
///
/// ```compile_fail
/// // error: `6000106` is not a code of the ZIM server API catalog; nearest known codes: ...
/// let code = zimerr::server::code!(6000106);
/// ```
#[doc(inline)]
pub use crate::__server_code as code;

/// `server::code!`, exported at the crate root under a hidden name (a `macro_rules!`
/// macro exported to other crates lives there) and re-exported in this module.
#[doc(hidden)]
#[macro_export]
macro_rules! __server_code {
    ($($code:tt)*) => {
        $crate::__private::server_code!($crate; $($code)*)
    };
}
