//! The runtime error value: any numeric code, lossless, plus the SDK's message.

use core::fmt;
use core::marker::PhantomData;

use crate::{Action, ErrorCategory, ErrorCode, ZimErrorCode};

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
/// | `Error` without message | `6000106` | `"6000106"`; a map as below |
/// | `Error` with a message | `{"code": 6000106, "message": "…"}` | the code as a string; `Code`/`Message`, the ZIM server API's spelling; `"message": null` or none; any other field, ignored; `[code, message]` |
/// | code enum | `6000106` | `"6000106"`; its name, `"TokenExpired"` |
/// | [`Action`] | its key, `"renew_token"` | |
/// | category enum | its key, `"login"` | |
///
/// so SDK events and server answers read as they come, nested in your own types or
/// `#[serde(flatten)]`ed into them:
///
/// ```
/// # #[cfg(all(feature = "serde", feature = "std"))] {
/// use zimerr::ZimError;
///
/// let event = r#"{"code":"6000106","message":"token expired","timestamp":1733046000000}"#;
/// let err: ZimError = serde_json::from_str(event)?;
/// assert_eq!(err, ZimError::new(6000106, "token expired"));
///
/// let answer = r#"{"Code":0,"Message":"success","RequestId":"abc"}"#;
/// assert!(serde_json::from_str::<ZimError>(answer)?.into_result().is_ok());
///
/// assert_eq!(serde_json::to_string(&err)?, r#"{"code":6000106,"message":"token expired"}"#);
/// assert_eq!(serde_json::to_string(&ZimError::from(6000106))?, "6000106");
/// # }
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// Reading an `Error` keeps codes the catalog does not know, and rejects a missing or
/// repeated `code`, a repeated `message`, and codes outside `0..=4294967295`; `code` and
/// `Code` are one field, as are `message` and `Message`. A message-less `Error` in a
/// `#[serde(flatten)]` field cannot be *written*: it is a number, and serde flattens
/// only maps.
///
/// Binary formats (`is_human_readable() == false`: postcard, bincode, …) are never asked
/// for `deserialize_any`, which most cannot serve: an `Error` is always the struct
/// `(code: u32, message: Option<str>)`, a code enum a `u32`, and [`Action`] and category
/// enums their key strings — a key survives variants being added or reordered, an index
/// would not.
pub struct Error<C: ErrorCode = ZimErrorCode> {
    code: u32,
    message: Message,
    catalog: PhantomData<fn() -> C>,
}

/// The error value of the bundled ZIM catalog.
pub type ZimError = Error<ZimErrorCode>;

/// `Result` with [`ZimError`] as the default error.
pub type Result<T, E = ZimError> = core::result::Result<T, E>;

/// `Ok(())` for the catalog's success code (ZIM: `0`), the error otherwise: the first line
/// of every SDK callback.
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

    /// Whether repeating the same request later can succeed; `false` for unknown codes.
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
    /// know `6000199: unknown error code (in the range of Login errors)`.
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
            write!(f, " (SDK message: {message})")?;
        }
        Ok(())
    }
}

impl<C: ErrorCode> core::error::Error for Error<C> {}
