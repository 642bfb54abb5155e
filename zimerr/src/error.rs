//! The runtime error value: any numeric code, lossless, plus the SDK's message.

use core::fmt;
use core::marker::PhantomData;

use crate::{Action, ErrorCategory, ErrorCode, ErrorRecord, ZimErrorCode};

#[cfg(feature = "std")]
type MessageRepr = std::borrow::Cow<'static, str>;
#[cfg(not(feature = "std"))]
type MessageRepr = &'static str;

// Per-feature twins so that neither build carries a no-op conversion.
#[cfg(feature = "std")]
const fn static_repr(text: &'static str) -> MessageRepr {
    std::borrow::Cow::Borrowed(text)
}
#[cfg(not(feature = "std"))]
const fn static_repr(text: &'static str) -> MessageRepr {
    text
}

fn repr_text(repr: &MessageRepr) -> &str {
    repr
}

/// The message an SDK returned with an error code; empty means none.
///
/// Built from a `&'static str`, and with the `std` feature from a `String` or a
/// `Cow<'static, str>`. A callback's borrowed `&str` goes through
/// [`Error::from_parts`], [`Error::check_with`] or [`check_with`], which copy it.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Message(MessageRepr);

impl Message {
    /// The text, or `None` when the SDK gave no (or an empty) message.
    ///
    /// ```
    /// use zimerr::Message;
    ///
    /// assert_eq!(Message::from("token expired").as_str(), Some("token expired"));
    /// assert_eq!(Message::from("").as_str(), None);
    /// assert_eq!(Message::default().as_str(), None);
    /// ```
    pub fn as_str(&self) -> Option<&str> {
        let text = repr_text(&self.0);
        (!text.is_empty()).then_some(text)
    }
}

impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_str(), f)
    }
}

impl From<&'static str> for Message {
    fn from(text: &'static str) -> Self {
        Message(static_repr(text))
    }
}

impl From<Option<&'static str>> for Message {
    fn from(text: Option<&'static str>) -> Self {
        Message(static_repr(text.unwrap_or_default()))
    }
}

#[cfg(feature = "std")]
impl From<String> for Message {
    fn from(text: String) -> Self {
        Message(text.into())
    }
}

#[cfg(feature = "std")]
impl From<std::borrow::Cow<'static, str>> for Message {
    fn from(text: std::borrow::Cow<'static, str>) -> Self {
        Message(text)
    }
}

/// An error code from a ZIM SDK callback or the server API, with the SDK's message.
///
/// Any `u32` is kept as is — a code newer than the catalog keeps its number and is
/// still displayed, placed in a category by range, and serialized. `C` is the catalog:
/// [`ZimError`] is this type for the bundled ZIM catalog; a catalog of your own made
/// with [`zim_errors!`](crate::zim_errors) gets the same API as `Error<YourCode>`.
///
/// ```
/// use zimerr::{Action, Category, ZimError, ZimErrorCode};
///
/// // What an SDK callback hands you: a number and a message.
/// let err = ZimError::new(6000106, "token expired");
/// assert_eq!(err.kind(), Some(ZimErrorCode::TokenExpired));
/// assert_eq!(err.category(), Some(Category::Login));
/// assert_eq!(err.action(), Some(Action::RenewToken));
/// assert!(err.is_retryable());
/// // `SDK message` is the ZIM catalog's `message_label`; other catalogs say their own.
/// assert_eq!(err.to_string(), "6000106: Token has expired. (SDK message: token expired)");
///
/// // A code the catalog does not know keeps its number.
/// let newer = ZimError::from(6000199);
/// assert_eq!((newer.code(), newer.kind()), (6000199, None));
/// assert_eq!(newer.category(), Some(Category::Login));
/// assert_eq!(newer.to_string(), "6000199: unknown error code (in the range of Login errors)");
/// ```
///
/// # Serde
///
/// With the `serde` feature, `Error` (reading needs `std` too), the code enums,
/// [`Action`] and the category enums implement `Serialize` and `Deserialize`. The
/// written shapes are stable: changing one is a breaking release; reading may become
/// more lenient in a minor one.
///
/// In human-readable formats (`is_human_readable()`: JSON, YAML, TOML, …):
///
/// | type | written as | also read from |
/// |---|---|---|
/// | `Error` | `{"code": 6000106, "message": "…"}`, with `"message": null` when there is none: one shape, so a log pipeline that types a field on first sight keeps every later record | a bare number or numeric string, `"6000106"`; a map with the code and the message under any of the names below, the code as a number or a numeric string, the message a string, `null` or absent; any other field, ignored; `[code, message]` |
/// | code enum | `6000106` | `"6000106"`; its name, `"TokenExpired"` |
/// | [`Action`] | its key, `"renew_token"` | |
/// | category enum | its key, `"login"` | |
///
/// Reading takes the code and the message from these fields, every catalog alike, and
/// first from the names the catalog declares (its `wire:` key, e.g. `SendMsgResult`;
/// [`ErrorCode::WIRE_CODE_NAMES`]):
///
/// | | names, in precedence order |
/// |---|---|
/// | code | `ErrorCode`, `errorCode`, `error_code`, `errCode`, `errcode`, `err_code`, `code`, `Code`, `ResultCode`, `retcode`, `ret` |
/// | message | `ErrorMessage`, `errorMessage`, `error_message`, `ErrorInfo`, `errorInfo`, `errMsg`, `errmsg`, `err_msg`, `error_msg`, `message`, `Message`, `ResultInfo`, `retmsg`, `msg`, `desc` |
///
/// When a map holds several of them, the first in this order wins, whatever their order
/// in the map: declared names, then names that say "error", then the generic
/// `code`/`message`, then result names. So `{"code": 200, "errcode": 40001}` reads as
/// 40001. A field that loses may hold anything, and a `null` code counts as absent.
/// The lists leave out names that usually mean something else: `status` (an HTTP
/// status), `error` (an object or an OAuth error key), `result`/`data` (the payload),
/// `errno`, `sub_code` (a textual sub-code) and `description`; a catalog declares any it
/// needs.
///
/// so SDK events, server answers and other vendors' replies read as they come, nested
/// in your own types or `#[serde(flatten)]`ed into them (for per-item lists, a two-field
/// struct of the item's key and the flattened error: `examples/per_item_results.rs`).
/// Decode each with its own catalog: a client SDK event as a [`ZimError`], a server API
/// answer as a [`ServerError`](crate::server::ServerError) (code `1` is a generic failure
/// in one and "server busy" in the other):
///
/// ```
/// # #[cfg(all(feature = "serde", feature = "std"))] {
/// use zimerr::ZimError;
/// use zimerr::server::ServerError;
///
/// let event = r#"{"code":"6000106","message":"token expired","timestamp":1733046000000}"#;
/// let err: ZimError = serde_json::from_str(event)?;
/// assert_eq!(err, ZimError::new(6000106, "token expired"));
///
/// let reply = r#"{"ActionStatus":"FAIL","ErrorCode":"6000106","ErrorInfo":"expired"}"#;
/// assert_eq!(serde_json::from_str::<ZimError>(reply)?, ZimError::new(6000106, "expired"));
///
/// let answer = r#"{"Code":0,"Message":"success","RequestId":"abc"}"#;
/// assert!(serde_json::from_str::<ServerError>(answer)?.into_result().is_ok());
///
/// assert_eq!(serde_json::to_string(&err)?, r#"{"code":6000106,"message":"token expired"}"#);
/// assert_eq!(
///     serde_json::to_string(&ZimError::from(6000106))?,
///     r#"{"code":6000106,"message":null}"#,
/// );
/// # }
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// Reading an `Error` keeps codes the catalog does not know, and rejects a map with no
/// code field, the same field twice, and a winning code outside `0..=4294967295`
/// (negative ones included) or a winning message that is not a string. Writing is not
/// affected by the names read: it always uses `code` and `message`.
///
/// For logs that should carry the catalog's text too (name, category, action,
/// retryable…), serialize [`Error::record`] instead: an [`ErrorRecord`].
///
/// Binary formats (`is_human_readable() == false`: postcard, bincode, …) are never asked
/// for `deserialize_any`, which most cannot serve: an `Error` is the same struct
/// `(code: u32, message: Option<str>)`, a code enum a `u32`, and [`Action`] and category
/// enums their key strings — a key survives variants being added or reordered, an index
/// would not.
pub struct Error<C: ErrorCode = ZimErrorCode> {
    code: u32,
    message: Message,
    catalog: PhantomData<fn() -> C>,
}

/// The error value of the bundled ZIM client SDK catalog. A catalog of your own gets its
/// own alias from [`zim_errors!`](crate::zim_errors) (`BillingError`), and the server API
/// catalog has [`ServerError`](crate::server::ServerError).
pub type ZimError = Error<ZimErrorCode>;

/// `Result` with [`ZimError`], the ZIM client SDK's error, as the default error.
pub type Result<T, E = ZimError> = core::result::Result<T, E>;

/// `Ok(())` for the catalog's success code (ZIM: `0`), the error otherwise: the first line
/// of every SDK callback.
///
/// The number is read as a **client SDK** code. For a server API answer use
/// [`server::check`](crate::server::check): the same number means different things in
/// the two catalogs.
///
/// For a catalog of your own use its error type, `BillingError::check(code)` (generated
/// next to its enum by [`zim_errors!`](crate::zim_errors)).
///
/// ```
/// # fn main() -> zimerr::Result<()> {
/// zimerr::check(0)?;
/// let err = zimerr::check(6000106).unwrap_err();
/// assert_eq!(err.code(), 6000106);
/// # Ok(())
/// # }
/// ```
pub fn check(code: u32) -> Result<()> {
    ZimError::check(code)
}

/// `Ok(())` for the catalog's success code (ZIM: `0`), otherwise the error with the
/// callback's message copied in: a whole SDK callback in one call. Needs `std`, like
/// [`Error::from_parts`].
///
/// The number is read as a **client SDK** code (`1` is "Request execution failed.");
/// a server API answer's `Code` and `Message` go to
/// [`server::check_with`](crate::server::check_with) (`1` is "server busy" there).
///
/// Another catalog's is `BillingError::check_with(code, message)`, through the alias
/// [`zim_errors!`](crate::zim_errors) generates.
///
/// ```
/// /// What a ZIM callback gives you: a code (0 is success) and a borrowed message.
/// fn on_send_result(code: u32, message: &str) -> zimerr::Result<()> {
///     zimerr::check_with(code, message)
/// }
///
/// assert!(on_send_result(0, "").is_ok());
/// let err = on_send_result(6000106, "token expired").unwrap_err();
/// assert_eq!((err.code(), err.message()), (6000106, Some("token expired")));
/// ```
#[cfg(feature = "std")]
pub fn check_with(code: u32, message: &str) -> Result<()> {
    ZimError::check_with(code, message)
}

impl<C: ErrorCode> Error<C> {
    /// An error with the SDK's message (an empty message counts as none).
    ///
    /// ```
    /// let err = zimerr::ZimError::new(6000001, "userID is empty");
    /// assert_eq!(err.message(), Some("userID is empty"));
    /// assert_eq!(zimerr::ZimError::new(6000001, "").message(), None);
    /// ```
    pub fn new(code: u32, message: impl Into<Message>) -> Self {
        Error {
            code,
            message: message.into(),
            catalog: PhantomData,
        }
    }

    /// An error from what an SDK callback hands over: a code and a borrowed message,
    /// copied into the error (an empty message counts as none).
    ///
    /// Needs `std`: without it a message is a `&'static str`, and a callback's borrowed
    /// one cannot be kept; use [`Error::new`] with a `'static` message or [`Error::from`]
    /// with the code alone there.
    ///
    /// ```
    /// fn on_error(code: u32, message: &str) -> zimerr::ZimError {
    ///     zimerr::ZimError::from_parts(code, message)
    /// }
    ///
    /// let text = String::from("token expired");
    /// let err = on_error(6000106, &text);
    /// drop(text);
    /// assert_eq!(err.message(), Some("token expired"));
    /// ```
    #[cfg(feature = "std")]
    pub fn from_parts(code: u32, message: &str) -> Self {
        Error::new(code, message.to_owned())
    }

    /// `Ok(())` when `code` is the catalog's success code, otherwise the error.
    ///
    /// ```
    /// assert!(zimerr::ZimError::check(0).is_ok());
    /// assert!(zimerr::ZimError::check(1).is_err());
    /// ```
    pub fn check(code: u32) -> core::result::Result<(), Self> {
        if is_success_code::<C>(code) {
            Ok(())
        } else {
            Err(Error::from(code))
        }
    }

    /// `Ok(())` when `code` is the catalog's success code, otherwise the error with
    /// `message` copied in, as [`Error::from_parts`] does. The message is copied only on
    /// failure. Needs `std`.
    ///
    /// ```
    /// use zimerr::ZimError;
    ///
    /// assert_eq!(ZimError::check_with(0, "success"), Ok(()));
    /// let err = ZimError::check_with(6000106, "token expired").unwrap_err();
    /// assert_eq!(err, ZimError::new(6000106, "token expired"));
    /// ```
    #[cfg(feature = "std")]
    pub fn check_with(code: u32, message: &str) -> core::result::Result<(), Self> {
        if is_success_code::<C>(code) {
            Ok(())
        } else {
            Err(Error::from_parts(code, message))
        }
    }

    /// `Ok(())` when this is the catalog's success code, otherwise `Err(self)`: for an
    /// error that was decoded (from JSON, say) rather than handed to [`check`](Error::check).
    /// A success's message is dropped.
    ///
    /// ```
    /// use zimerr::ZimError;
    ///
    /// assert_eq!(ZimError::new(0, "success").into_result(), Ok(()));
    /// let err = ZimError::new(6000106, "token expired");
    /// assert_eq!(err.clone().into_result(), Err(err));
    /// ```
    pub fn into_result(self) -> core::result::Result<(), Self> {
        if self.is_success() { Ok(()) } else { Err(self) }
    }

    /// Whether the code is the catalog's success code (ZIM: `0`); `false` for unknown
    /// codes.
    ///
    /// ```
    /// use zimerr::ZimError;
    ///
    /// assert!(ZimError::from(0).is_success());
    /// assert!(!ZimError::from(6000106).is_success());
    /// assert!(!ZimError::from(6000105).is_success());
    /// ```
    pub fn is_success(&self) -> bool {
        is_success_code::<C>(self.code)
    }

    /// The numeric code, exactly as received.
    ///
    /// ```
    /// assert_eq!(zimerr::ZimError::from(4_000_000_000).code(), 4_000_000_000);
    /// ```
    pub fn code(&self) -> u32 {
        self.code
    }

    /// The catalog's variant for the code, or `None` for a code it does not know.
    ///
    /// ```
    /// use zimerr::{ZimError, ZimErrorCode};
    /// assert_eq!(ZimError::from(6000001).kind(), Some(ZimErrorCode::InvalidParameter));
    /// assert_eq!(ZimError::from(6000105).kind(), None);
    /// ```
    pub fn kind(&self) -> Option<C> {
        C::from_code(self.code)
    }

    /// The error with `message` in place of the one it had (an empty message counts as
    /// none): for a code that arrived in one place and its message in another.
    ///
    /// ```
    /// use zimerr::ZimError;
    ///
    /// let err = ZimError::from(6000106).with_message("token expired");
    /// assert_eq!(err, ZimError::new(6000106, "token expired"));
    /// assert_eq!(err.with_message("").message(), None);
    /// ```
    #[must_use]
    pub fn with_message(self, message: impl Into<Message>) -> Self {
        Error::new(self.code, message)
    }

    /// The SDK's message, if it gave a non-empty one.
    ///
    /// ```
    /// use zimerr::ZimError;
    ///
    /// assert_eq!(ZimError::new(6000106, "token expired").message(), Some("token expired"));
    /// assert_eq!(ZimError::from(6000106).message(), None);
    /// ```
    pub fn message(&self) -> Option<&str> {
        self.message.as_str()
    }

    /// The code's category; an unknown code is placed by the catalog's ranges.
    ///
    /// ```
    /// use zimerr::{Category, ZimError};
    /// assert_eq!(ZimError::from(6000523).category(), Some(Category::Group));
    /// assert_eq!(ZimError::from(6000599).category(), Some(Category::Group));
    /// assert_eq!(ZimError::from(42).category(), None);
    /// ```
    pub fn category(&self) -> Option<C::Category> {
        C::category_of_code(self.code)
    }

    /// Whether the same request, unchanged (same call, same parameters), can succeed
    /// later, after the [`action`](Error::action) if there is one; `false` for unknown
    /// codes.
    ///
    /// The action never requires changing the request: it renews state kept outside it
    /// (a token the SDK holds, a per-attempt signature, the login, the connection) or
    /// waits. A retry loop can follow it as it is: do the action, send the same request;
    /// stop on any code that is not retryable. Both bundled catalogs are tested for it.
    ///
    /// ```
    /// assert!(zimerr::ZimError::from(6000104).is_retryable());
    /// assert!(!zimerr::ZimError::from(6000001).is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        self.kind().is_some_and(ErrorCode::is_retryable)
    }

    /// What the application should do, or `None` for a code the catalog does not know.
    ///
    /// ```
    /// use zimerr::{Action, ZimError};
    /// assert_eq!(ZimError::from(6000121).action(), Some(Action::Login));
    /// assert_eq!(ZimError::from(6000999).action(), None);
    /// ```
    pub fn action(&self) -> Option<Action> {
        self.kind().map(ErrorCode::action)
    }

    /// The catalog's description, or `None` for an unknown code.
    ///
    /// ```
    /// assert_eq!(zimerr::ZimError::from(6000106).description(), Some("Token has expired."));
    /// ```
    pub fn description(&self) -> Option<&'static str> {
        self.kind().map(ErrorCode::description)
    }

    /// The catalog's solution, or `None` when it gives none or the code is unknown.
    ///
    /// ```
    /// let solution = zimerr::ZimError::from(6000106).solution().unwrap();
    /// assert!(solution.contains("renewToken"));
    /// ```
    pub fn solution(&self) -> Option<&'static str> {
        self.kind().and_then(ErrorCode::solution)
    }

    /// The variant's name, or `None` for an unknown code.
    ///
    /// ```
    /// assert_eq!(zimerr::ZimError::from(6000106).name(), Some("TokenExpired"));
    /// assert_eq!(zimerr::ZimError::from(6000105).name(), None);
    /// ```
    pub fn name(&self) -> Option<&'static str> {
        self.kind().map(ErrorCode::name)
    }

    /// The official SDK's name for the code, where the catalog records one.
    ///
    /// ```
    /// assert_eq!(
    ///     zimerr::ZimError::from(6000106).sdk_name(),
    ///     Some("ZIMErrorCodeNetworkModuleTokenExpired"),
    /// );
    /// ```
    pub fn sdk_name(&self) -> Option<&'static str> {
        self.kind().and_then(ErrorCode::sdk_name)
    }

    /// Why the error happens, where the catalog gives a cause apart from the description
    /// (the server API table's "Possible reasons" column).
    ///
    /// Named `reason`, not `cause`: `std::error::Error::cause` is a deprecated trait
    /// method that returns the *source error* (`None` here), and an inherent `cause` would
    /// mean the catalog's text on `Error` but the source error through `&dyn Error`, so
    /// the same call would silently change meaning with the receiver's type.
    ///
    /// ```
    /// use zimerr::server::ServerError;
    ///
    /// assert_eq!(ServerError::from(1).reason(), Some("Server busy."));
    /// assert_eq!(ServerError::from(100000014).reason(), None);
    /// ```
    pub fn reason(&self) -> Option<&'static str> {
        self.kind().and_then(ErrorCode::cause)
    }

    /// A defect of the source table the catalog records for the code, if any.
    ///
    /// ```
    /// let errata = zimerr::server::ServerError::from(100000005).errata().unwrap();
    /// assert!(errata.contains("copied from 100000004"));
    /// ```
    pub fn errata(&self) -> Option<&'static str> {
        self.kind().and_then(ErrorCode::errata)
    }

    /// What to tell a person to do: the catalog's solution, unless it only says to try
    /// again and the action is not [`Retry`](Action::Retry) (then the action's
    /// [description](Action::description)); see [`Action::help`]. `None` for an unknown
    /// code. miette's `help` is this text.
    ///
    /// ```
    /// use zimerr::server::ServerError;
    ///
    /// // The table says "Please try again." for an invalid signature; it is fix_request.
    /// assert_eq!(
    ///     ServerError::from(100000005).help(),
    ///     Some("fix the request: parameters, IDs, sizes or call order"),
    /// );
    /// assert_eq!(ServerError::from(1).help(), Some("Please try again later."));
    /// ```
    pub fn help(&self) -> Option<&'static str> {
        self.kind().map(|code| code.action().help(code.solution()))
    }

    /// The error as one flat, serializable record for logs and telemetry: the same keys
    /// as the `zimerr` command's `--json` record, plus the message. See [`ErrorRecord`].
    ///
    /// ```
    /// use zimerr::server::ServerError;
    ///
    /// let err = ServerError::new(100000004, "signature expired");
    /// let record = err.record();
    /// assert_eq!(record.name, Some("SignatureExpired"));
    /// assert_eq!(record.category, Some("api_gateway"));
    /// assert_eq!(record.retryable, Some(true));
    /// assert_eq!(record.message, Some("signature expired"));
    /// ```
    pub fn record(&self) -> ErrorRecord<'_> {
        ErrorRecord::new(self)
    }

    /// The catalog's description in `language` (a BCP 47 tag: `zh`, `zh-Hans-CN`,
    /// `ja`), falling back to the main language where the catalog has no such text; `None`
    /// for an unknown code.
    ///
    /// ```
    /// let err = zimerr::ZimError::from(6000210);
    /// assert_eq!(err.description_in("zh-Hans"), Some("文件模块错误。"));
    /// assert_eq!(err.description_in("de"), err.description());
    /// assert_eq!(zimerr::ZimError::from(6000999).description_in("zh"), None);
    /// ```
    pub fn description_in(&self, language: &str) -> Option<&'static str> {
        self.kind().map(|kind| kind.description_in(language))
    }

    /// The catalog's solution in `language`, falling back to the main language's;
    /// `None` when it gives none or the code is unknown.
    pub fn solution_in(&self, language: &str) -> Option<&'static str> {
        self.kind().and_then(|kind| kind.solution_in(language))
    }
}

fn is_success_code<C: ErrorCode>(code: u32) -> bool {
    C::from_code(code).is_some_and(ErrorCode::is_success)
}

impl<C: ErrorCode> From<u32> for Error<C> {
    fn from(code: u32) -> Self {
        Error::new(code, Message::default())
    }
}

impl<C: ErrorCode> From<C> for Error<C> {
    fn from(code: C) -> Self {
        Error::from(code.code())
    }
}

impl<C: ErrorCode> Clone for Error<C> {
    fn clone(&self) -> Self {
        Error::new(self.code, self.message.clone())
    }
}

impl<C: ErrorCode> PartialEq for Error<C> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code && self.message == other.message
    }
}

impl<C: ErrorCode> Eq for Error<C> {}

impl<C: ErrorCode> core::hash::Hash for Error<C> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.code.hash(state);
        self.message.hash(state);
    }
}

impl<C: ErrorCode> fmt::Debug for Error<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("code", &self.code)
            .field("kind", &self.kind())
            .field("message", &self.message)
            .finish()
    }
}

impl<C: ErrorCode> fmt::Display for Error<C> {
    /// `6000106: Token has expired. (SDK message: …)`, or for a code the catalog does not
    /// know `6000199: unknown error code (in the range of Login errors)`. The message's
    /// label is the catalog's [`ErrorCode::MESSAGE_LABEL`]. A message that
    /// only repeats the description (ASCII case, trailing punctuation and whitespace
    /// aside) is left out.
    ///
    /// ```
    /// use zimerr::server::ServerError;
    ///
    /// let err = ServerError::new(
    ///     7,
    ///     "The number of requests per second exceeds the system setting value",
    /// );
    /// assert_eq!(
    ///     err.to_string(),
    ///     "7: The number of requests per second exceeds the system setting value.",
    /// );
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(known) = self.kind() {
            write!(f, "{}: {}", self.code, known.description())?;
        } else {
            write!(f, "{}: unknown error code", self.code)?;
            if let Some(category) = C::category_of_code(self.code) {
                write!(f, " (in the range of {})", category.title())?;
            }
        }
        if let Some(message) = self.message() {
            if !self.description().is_some_and(|d| same_text(d, message)) {
                write!(f, " ({}: {message})", C::MESSAGE_LABEL)?;
            }
        }
        Ok(())
    }
}

impl<C: ErrorCode> core::error::Error for Error<C> {}

/// Whether a message only repeats the description: equal ignoring ASCII case, trailing
/// whitespace and trailing punctuation (`The number … value.` vs `the number … value`).
fn same_text(description: &str, message: &str) -> bool {
    fn core_text(text: &str) -> &str {
        text.trim()
            .trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
    }
    core_text(description).eq_ignore_ascii_case(core_text(message))
}
