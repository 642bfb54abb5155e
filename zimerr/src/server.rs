//! The ZIM **server API**'s return codes: what a backend gets back as `Code` (and
//! `Message`) when it calls the ZEGOCLOUD ZIM server API — public codes (`0` success,
//! `1` server busy, …), the API gateway's codes (`100000004` signature expired, …) and
//! ZIM service codes (`6600xxxxx`).
//!
//! It is a different table from the client SDK's ([`ZimErrorCode`](crate::ZimErrorCode)):
//! the same number means different things in the two (`1` is "server busy" here and a
//! generic failure there), so the two catalogs are separate types and nothing guesses
//! which table a bare number belongs to. The catalog, `zim-server.yaml`, says in its
//! header which sections are complete and which are partial.
//!
//! ```
//! use zimerr::Action;
//! use zimerr::server::{ServerCategory, ServerCode, ServerError};
//!
//! // What a server API answer carries: a code and a message.
//! let err = ServerError::check_with(100000004, "signature expired").unwrap_err();
//! match err.kind() {
//!     Some(ServerCode::SignatureExpired) => { /* sign again with a fresh timestamp */ }
//!     Some(_) | None => {}
//! }
//! assert_eq!(err.action(), Some(Action::Retry));
//! assert_eq!(err.category(), Some(ServerCategory::ApiGateway));
//! assert_eq!(ServerCode::SignatureExpired.cause(), Some("Signature expired."));
//!
//! // Codes are checked at compile time, and unknown ones keep their number and category.
//! const EXPIRED: ServerCode = zimerr::server::code!(100000004);
//! assert_eq!(EXPIRED, ServerCode::SignatureExpired);
//! let newer = ServerError::from(660000099);
//! assert_eq!((newer.code(), newer.kind()), (660000099, None));
//! assert_eq!(newer.category(), Some(ServerCategory::ZimService));
//! assert!(ServerError::check(0).is_ok());
//! ```

crate::zim_errors!(
    bundled = "server",
    code_enum = "ServerCode",
    category_enum = "ServerCategory",
    codes_module = "codes",
);

/// The error value of the server API catalog: any code, lossless, plus the answer's
/// `Message`.
pub type ServerError = crate::Error<ServerCode>;

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
