//! One flat record of an error for logs and telemetry: the `zimerr` command's `--json`
//! record (same keys, same meaning) plus the error's message.

use crate::{Action, Error, ErrorCategory, ErrorCode};

/// An [`Error`] with the catalog's text, as one flat record: what a log line, a
/// telemetry event or an alert should carry. Made by [`Error::record`].
///
/// It has exactly the keys of the `zimerr` command's `--json` record, in the same
/// order, with the same values (`null` where the catalog says nothing, and for a code
/// the catalog does not know everything but `code`, `known` and the category its range
/// gives), plus `message`, the message that came with the error. A test of the
/// repository runs both over every code of both bundled catalogs and compares them, so
/// the CLI and the library cannot drift.
///
/// With the `serde` feature it serializes as a map with every key present, whatever the
/// error: one shape for every log line. It borrows the error's message, so logging it
/// copies nothing.
///
/// ```
/// use zimerr::{Action, ZimError};
///
/// let err = ZimError::new(6000106, "token expired");
/// let record = err.record();
/// assert_eq!(record.code, 6000106);
/// assert!(record.known);
/// assert_eq!(record.name, Some("TokenExpired"));
/// assert_eq!(record.category, Some("login"));
/// assert_eq!(record.action, Some(Action::RenewToken));
/// assert_eq!(record.retryable, Some(true));
/// assert_eq!(record.message, Some("token expired"));
///
/// // A code the catalog does not know: only its number and the category of its range.
/// let newer = ZimError::from(6000199);
/// let record = newer.record();
/// assert_eq!((record.known, record.name, record.category), (false, None, Some("login")));
/// ```
///
/// ```
/// # #[cfg(feature = "serde")] {
/// let err = zimerr::server::ServerError::new(100000004, "signature expired");
/// let line = serde_json::to_value(err.record())?;
/// assert_eq!(line["name"], "SignatureExpired");
/// assert_eq!(line["action"], "sign_again");
/// assert_eq!(line["message"], "signature expired");
/// assert_eq!(line.as_object().unwrap().len(), 23);
/// # }
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ErrorRecord<'a> {
    /// The numeric code, as received.
    pub code: u32,
    /// Whether the catalog knows the code.
    pub known: bool,
    /// The variant's name, e.g. `TokenExpired`.
    pub name: Option<&'static str>,
    /// The official SDK's name for the code, where recorded.
    pub sdk_name: Option<&'static str>,
    /// The category's key, e.g. `login`; for an unknown code, the category of its range.
    pub category: Option<&'static str>,
    /// The category's title, e.g. `Login errors`.
    pub category_title: Option<&'static str>,
    /// What went wrong.
    pub description: Option<&'static str>,
    /// Why it happens, where the catalog gives a cause apart from the description.
    pub cause: Option<&'static str>,
    /// What to do, in the source's words.
    pub solution: Option<&'static str>,
    /// What the application should do (serialized as its key, `renew_token`).
    pub action: Option<Action>,
    /// The action in words, e.g. `renew the token`.
    pub action_description: Option<&'static str>,
    /// Whether the same request, unchanged, can succeed later (after the action).
    pub retryable: Option<bool>,
    /// Whether this is the catalog's success code.
    pub success: Option<bool>,
    /// The product version the code appeared in, where a source states it.
    pub since: Option<&'static str>,
    /// Why the code is deprecated, if it is.
    pub deprecated: Option<&'static str>,
    /// A defect of the source table recorded for the code.
    pub errata: Option<&'static str>,
    /// The original Chinese description, where the source gives one.
    pub description_zh: Option<&'static str>,
    /// The original Chinese solution, where the source gives one.
    pub solution_zh: Option<&'static str>,
    /// The language of `description` and `solution` (the catalog's main `language`).
    pub language: Option<&'static str>,
    /// The code's own text in each of the catalog's other languages (serialized as a map
    /// from language tag to `{"description": …, "solution": …}`, with only the
    /// languages that have text for this code).
    pub texts: Option<Translations>,
    /// The description as the catalog writes it, for a catalog with `markdown: true`.
    pub description_markdown: Option<&'static str>,
    /// The solution as the catalog writes it, for a catalog with `markdown: true`.
    pub solution_markdown: Option<&'static str>,
    /// The message that came with the error (an SDK callback's, a server answer's
    /// `Message`), if any.
    pub message: Option<&'a str>,
}

/// A language's own `(description, solution)` for a code, if it has one.
type OwnText = Option<(&'static str, Option<&'static str>)>;

/// A known code's own texts in its catalog's other languages: a field of
/// [`ErrorRecord`]. A language in which the code has no text of its own (where
/// `description_in` falls back to the main language) is left out.
#[derive(Clone, Copy)]
pub struct Translations {
    code: u32,
    languages: &'static [&'static str],
    own_text: fn(u32, &str) -> OwnText,
}

impl Translations {
    fn new<C: ErrorCode>(code: C) -> Self {
        Translations {
            code: code.code(),
            languages: C::LANGUAGES.get(1..).unwrap_or_default(),
            own_text: own_text::<C>,
        }
    }

    /// The `(language, description, solution)` of every language the code has its own
    /// text in, in the catalog's order; `solution` is `None` where that language gives
    /// none.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static str, Option<&'static str>)> {
        let (code, own_text) = (self.code, self.own_text);
        self.languages.iter().filter_map(move |&language| {
            own_text(code, language)
                .map(|(description, solution)| (language, description, solution))
        })
    }
}

/// A code's own text in `language`, told apart from the fallback by identity: the
/// generated `description_in` returns `description()` itself, the same `&'static str`,
/// when the language has no text for the code, and a slice of that language's own table
/// otherwise.
fn own_text<C: ErrorCode>(
    code: u32,
    language: &str,
) -> Option<(&'static str, Option<&'static str>)> {
    let code = C::from_code(code)?;
    let description = code.description_in(language);
    if core::ptr::eq(description, code.description()) {
        return None;
    }
    let solution = code.solution_in(language);
    let own_solution = match (solution, code.solution()) {
        (Some(translated), Some(main)) if core::ptr::eq(translated, main) => None,
        (solution, _) => solution,
    };
    Some((description, own_solution))
}

impl core::fmt::Debug for Translations {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq for Translations {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Translations {}

impl core::hash::Hash for Translations {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        for text in self.iter() {
            text.hash(state);
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Translations {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap as _, SerializeStruct as _};

        struct Text(&'static str, Option<&'static str>);
        impl serde::Serialize for Text {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Text", 2)?;
                s.serialize_field("description", self.0)?;
                s.serialize_field("solution", &self.1)?;
                s.end()
            }
        }

        let mut map = serializer.serialize_map(None)?;
        for (language, description, solution) in self.iter() {
            map.serialize_entry(language, &Text(description, solution))?;
        }
        map.end()
    }
}

impl<'a> ErrorRecord<'a> {
    pub(crate) fn new<C: ErrorCode>(err: &'a Error<C>) -> Self {
        let known = err.kind();
        let category = err.category();
        ErrorRecord {
            code: err.code(),
            known: known.is_some(),
            name: known.map(ErrorCode::name),
            sdk_name: known.and_then(ErrorCode::sdk_name),
            category: category.map(ErrorCategory::key),
            category_title: category.map(ErrorCategory::title),
            description: known.map(ErrorCode::description),
            cause: known.and_then(ErrorCode::cause),
            solution: known.and_then(ErrorCode::solution),
            action: known.map(ErrorCode::action),
            action_description: known.map(|c| c.action().description()),
            retryable: known.map(ErrorCode::is_retryable),
            success: known.map(ErrorCode::is_success),
            since: known.and_then(ErrorCode::since),
            deprecated: known.and_then(ErrorCode::deprecation),
            errata: known.and_then(ErrorCode::errata),
            description_zh: known.and_then(ErrorCode::description_zh),
            solution_zh: known.and_then(ErrorCode::solution_zh),
            language: known.map(|_| C::LANGUAGE),
            texts: known.map(Translations::new),
            description_markdown: known
                .filter(|_| C::MARKDOWN)
                .map(ErrorCode::description_markdown),
            solution_markdown: known
                .filter(|_| C::MARKDOWN)
                .and_then(ErrorCode::solution_markdown),
            message: err.message(),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for ErrorRecord<'_> {
    /// A map (a struct named `ErrorRecord`) with every key, `null` where the value is
    /// `None`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;

        let mut s = serializer.serialize_struct("ErrorRecord", 23)?;
        s.serialize_field("code", &self.code)?;
        s.serialize_field("known", &self.known)?;
        s.serialize_field("name", &self.name)?;
        s.serialize_field("sdk_name", &self.sdk_name)?;
        s.serialize_field("category", &self.category)?;
        s.serialize_field("category_title", &self.category_title)?;
        s.serialize_field("description", &self.description)?;
        s.serialize_field("cause", &self.cause)?;
        s.serialize_field("solution", &self.solution)?;
        s.serialize_field("action", &self.action)?;
        s.serialize_field("action_description", &self.action_description)?;
        s.serialize_field("retryable", &self.retryable)?;
        s.serialize_field("success", &self.success)?;
        s.serialize_field("since", &self.since)?;
        s.serialize_field("deprecated", &self.deprecated)?;
        s.serialize_field("errata", &self.errata)?;
        s.serialize_field("description_zh", &self.description_zh)?;
        s.serialize_field("solution_zh", &self.solution_zh)?;
        s.serialize_field("language", &self.language)?;
        s.serialize_field("texts", &self.texts)?;
        s.serialize_field("description_markdown", &self.description_markdown)?;
        s.serialize_field("solution_markdown", &self.solution_markdown)?;
        s.serialize_field("message", &self.message)?;
        s.end()
    }
}
