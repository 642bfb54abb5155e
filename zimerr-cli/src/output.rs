//! Writing: the colored (or stripped) stdout, styles, text layout, JSON records.

use std::fmt::Display;
use std::io::{self, BufWriter, StdoutLock, Write};

use anstream::AutoStream;
use anstyle::{AnsiColor, Style};
use serde_json::{Map, Value, json};
use unicode_width::UnicodeWidthStr as _;
use zimerr_catalog::Code;

use crate::catalog::Db;

/// Styles of the text output; `anstream` strips them when stdout is not a terminal, when
/// `NO_COLOR` is set, or with `--color never`.
pub(crate) mod style {
    use super::{AnsiColor, Style};

    pub(crate) const CODE: Style = AnsiColor::Yellow.on_default().bold();
    pub(crate) const NAME: Style = Style::new().bold();
    pub(crate) const LABEL: Style = AnsiColor::Cyan.on_default();
    pub(crate) const CATEGORY: Style = AnsiColor::Magenta.on_default();
    pub(crate) const ACTION: Style = AnsiColor::Green.on_default();
    pub(crate) const YES: Style = AnsiColor::Green.on_default();
    pub(crate) const NO: Style = AnsiColor::Red.on_default();
    pub(crate) const COUNT: Style = Style::new().bold();
    pub(crate) const DIM: Style = Style::new().dimmed();
    pub(crate) const HEADING: Style = Style::new().bold().underline();
}

/// `--color` as the output stream understands it.
pub(crate) fn stream_choice(choice: clap::ColorChoice) -> anstream::ColorChoice {
    match choice {
        clap::ColorChoice::Auto => anstream::ColorChoice::Auto,
        clap::ColorChoice::Always => anstream::ColorChoice::Always,
        clap::ColorChoice::Never => anstream::ColorChoice::Never,
    }
}

/// Buffered stdout that strips styles where colors are off.
pub(crate) struct Out {
    inner: BufWriter<AutoStream<StdoutLock<'static>>>,
}

impl std::fmt::Debug for Out {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Out").finish_non_exhaustive()
    }
}

impl Out {
    pub(crate) fn stdout(choice: anstream::ColorChoice) -> Self {
        let stream = AutoStream::new(io::stdout().lock(), choice);
        Out {
            inner: BufWriter::with_capacity(64 * 1024, stream),
        }
    }

    /// Writes `text` in `style` (no escape codes at all for a plain style).
    pub(crate) fn styled(&mut self, style: Style, text: impl Display) -> io::Result<()> {
        if style == Style::new() {
            write!(self.inner, "{text}")
        } else {
            write!(self.inner, "{style}{text}{style:#}")
        }
    }

    /// Writes `value` as pretty JSON and a newline.
    pub(crate) fn json(&mut self, value: &Value) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut self.inner, value).map_err(io::Error::from)?;
        self.inner.write_all(b"\n")
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.inner.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// An I/O error for a one-line message: lowercase, without the `(os error N)` suffix.
pub(crate) fn io_reason(error: &io::Error) -> String {
    let text = error.to_string();
    let text = match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => &text[..at],
        _ => &text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::from("unknown error"),
    }
}

/// Text on one line: every run of whitespace (newlines included) becomes one space.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits `text` into lines of at most `width` terminal columns, where the Unicode
/// line-breaking rules allow a break: between words, and between Chinese characters
/// but never before closing punctuation such as `。`. A longer word keeps its own line.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_with(text, width, textwrap::WordSeparator::UnicodeBreakProperties)
}

/// Splits `text` into lines of at most `width` columns at its spaces only: a list of
/// paths (`logs/app.log:12`) is never broken after a `/`, as the Unicode rules allow.
pub(crate) fn wrap_at_spaces(text: &str, width: usize) -> Vec<String> {
    wrap_with(text, width, textwrap::WordSeparator::AsciiSpace)
}

fn wrap_with(text: &str, width: usize, separator: textwrap::WordSeparator) -> Vec<String> {
    let text = one_line(text);
    if text.is_empty() {
        return Vec::new();
    }
    let options = textwrap::Options::new(width.max(1))
        .word_separator(separator)
        .break_words(false);
    textwrap::wrap(&text, options)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect()
}

/// The columns `text` takes in a terminal (wide East Asian characters take two).
pub(crate) fn text_width(text: &str) -> usize {
    text.width()
}

/// The spaces that pad `text` to `width` columns.
pub(crate) fn padding(text: &str, width: usize) -> String {
    " ".repeat(width.saturating_sub(text_width(text)))
}

/// The JSON record of a number: every subcommand prints these, with the same keys for a
/// known code and an unknown number (`null` where the catalog says nothing). For an
/// unknown number, `category` is the category whose range holds it, if any.
pub(crate) fn record(db: &Db, number: u32) -> Map<String, Value> {
    let value = if let Some(code) = db.code(number) {
        known_record(db, code)
    } else {
        let category = db.catalog.place(number);
        json!({
            "code": number,
            "known": false,
            "name": null,
            "sdk_name": null,
            "category": category.map(zimerr_catalog::Category::key),
            "category_title": category.map(zimerr_catalog::Category::title),
            "description": null,
            "cause": null,
            "solution": null,
            "action": null,
            "action_description": null,
            "retryable": null,
            "success": null,
            "since": null,
            "deprecated": null,
            "errata": null,
            "description_zh": null,
            "solution_zh": null,
            "language": null,
            "texts": null,
            "description_markdown": null,
            "solution_markdown": null,
        })
    };
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

fn known_record(db: &Db, code: &Code) -> Value {
    let category = db.category_of(code);
    let plain = |text: &str| db.plain(text).into_owned();
    let mut texts = Map::new();
    for (i, tag) in db.catalog.languages().iter().enumerate() {
        if let Some(text) = db.catalog.translation(code, i) {
            texts.insert(
                tag.clone(),
                json!({
                    "description": plain(text.description()),
                    "solution": text.solution().map(plain),
                }),
            );
        }
    }
    let markdown = db.catalog.markdown();
    json!({
        "code": code.code(),
        "known": true,
        "name": code.name(),
        "sdk_name": code.sdk_name(),
        "category": category.key(),
        "category_title": category.title(),
        "description": plain(code.description()),
        "cause": code.cause(),
        "solution": code.solution().map(plain),
        "action": code.action().key(),
        "action_description": code.action().summary(),
        "retryable": code.retryable(),
        "success": code.success(),
        "since": code.since(),
        "deprecated": code.deprecated(),
        "errata": code.errata(),
        "description_zh": code.zh_description().map(plain),
        "solution_zh": code.zh_solution().map(plain),
        "language": db.catalog.language(),
        "texts": texts,
        "description_markdown": markdown.then_some(&code.description()),
        "solution_markdown": code.solution().as_ref().filter(|_| markdown),
    })
}

/// The records of some numbers, as one JSON array.
pub(crate) fn records(db: &Db, numbers: impl IntoIterator<Item = u32>) -> Value {
    Value::Array(
        numbers
            .into_iter()
            .map(|n| Value::Object(record(db, n)))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;

    use super::*;

    #[test]
    fn wraps_by_display_width_and_line_break_rules() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("toolongword x", 4), ["toolongword", "x"]);
        assert_eq!(wrap("  a\n b ", 80), ["a b"]);
        assert!(wrap("", 10).is_empty());
        // Chinese breaks between characters, never before the closing "。".
        let lines = wrap("文件模块错误。", 6);
        assert!(lines.iter().all(|l| !l.starts_with('。')), "{lines:?}");
        assert!(lines.iter().all(|l| text_width(l) <= 6), "{lines:?}");
        assert_eq!(lines.concat(), "文件模块错误。");
        assert_eq!(text_width("ab文件"), 6);
    }

    #[test]
    fn paths_are_wrapped_at_spaces_only() {
        let text = "/tmp/t.log:1 /tmp/t.log:2 /tmp/t.log:3";
        assert_eq!(
            wrap_at_spaces(text, 14),
            ["/tmp/t.log:1", "/tmp/t.log:2", "/tmp/t.log:3"]
        );
        assert_eq!(
            wrap_at_spaces(text, 26),
            ["/tmp/t.log:1 /tmp/t.log:2", "/tmp/t.log:3"]
        );
        // The Unicode rules would break after a `/`.
        assert_ne!(wrap(text, 16), wrap_at_spaces(text, 16));
    }

    #[test]
    fn io_reasons_are_lowercase_without_os_error() {
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(io_reason(&e), "no such file or directory");
    }

    #[test]
    fn known_and_unknown_records_have_the_same_keys() {
        let db = Db::load(OsStr::new("client")).unwrap();
        let known = record(&db, 6000106);
        let unknown = record(&db, 6000105);
        assert_eq!(
            known.keys().collect::<Vec<_>>(),
            unknown.keys().collect::<Vec<_>>()
        );
        assert_eq!(known["category"], "login");
        assert_eq!(unknown["category"], "login");
        assert_eq!(unknown["known"], false);
        assert_eq!(record(&db, 42)["category"], Value::Null);
    }
}
