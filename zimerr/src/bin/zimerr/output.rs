//! Writing: the colored (or stripped) stdout, styles, text layout, JSON records.

use std::fmt::Display;
use std::io::{self, BufWriter, StdoutLock, Write};

use anstream::{AutoStream, ColorChoice};
use anstyle::{AnsiColor, Style};
use serde_json::{Map, Value, json};
use zimerr::ZimErrorCode;

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

/// Buffered stdout that strips styles where colors are off.
pub(crate) struct Out {
    inner: BufWriter<AutoStream<StdoutLock<'static>>>,
}

impl Out {
    pub(crate) fn stdout(choice: ColorChoice) -> Self {
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

/// Splits `text` into lines of at most `width` columns at spaces. A longer word keeps
/// its own line, except that text in a wide script (Chinese, which has no spaces) is
/// broken between characters.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0;
    for word in text.split_whitespace() {
        let word_width = text_width(word);
        if line_width > 0 && line_width + 1 + word_width > width {
            lines.push(std::mem::take(&mut line));
            line_width = 0;
        }
        if line_width > 0 {
            line.push(' ');
            line_width += 1;
        }
        if line_width + word_width <= width || !word.chars().any(|c| char_width(c) == 2) {
            line.push_str(word);
            line_width += word_width;
            continue;
        }
        for c in word.chars() {
            if line_width + char_width(c) > width && line_width > 0 {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
            }
            line.push(c);
            line_width += char_width(c);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The columns `text` takes in a terminal (wide East Asian characters take two).
pub(crate) fn text_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

fn char_width(c: char) -> usize {
    match u32::from(c) {
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

/// The spaces that pad `text` to `width` columns.
pub(crate) fn padding(text: &str, width: usize) -> String {
    " ".repeat(width.saturating_sub(text_width(text)))
}

/// The JSON object of a catalog code; every subcommand prints these.
pub(crate) fn code_record(code: ZimErrorCode) -> Map<String, Value> {
    let category = code.category();
    let action = code.action();
    let value = json!({
        "code": code.code(),
        "known": true,
        "name": code.name(),
        "category": category.key(),
        "category_title": category.title(),
        "description": code.description(),
        "solution": code.solution(),
        "action": action.key(),
        "action_description": action.description(),
        "retryable": code.is_retryable(),
        "success": code.is_success(),
        "sdk_name": code.sdk_name(),
        "errata": code.errata(),
        "description_zh": code.description_zh(),
        "solution_zh": code.solution_zh(),
    });
    match value {
        Value::Object(map) => map,
        _ => unreachable!("json! of an object literal is an object"),
    }
}

/// The JSON object of a number in the ZIM range that the catalog does not know: the
/// fields of [`code_record`] with `null`, plus the category whose range it lies in.
pub(crate) fn unknown_record(code: u32) -> Map<String, Value> {
    let value = json!({
        "code": code,
        "known": false,
        "name": null,
        "category": null,
        "category_title": null,
        "description": null,
        "solution": null,
        "action": null,
        "action_description": null,
        "retryable": null,
        "success": null,
        "sdk_name": null,
        "errata": null,
        "description_zh": null,
        "solution_zh": null,
        "range_category": zimerr::Category::of_code(code).map(zimerr::Category::key),
    });
    match value {
        Value::Object(map) => map,
        _ => unreachable!("json! of an object literal is an object"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("toolongword x", 4), ["toolongword", "x"]);
        assert_eq!(wrap("  a\n b ", 80), ["a b"]);
        assert!(wrap("", 10).is_empty());
        assert_eq!(wrap("文件模块错误。", 6), ["文件模", "块错误", "。"]);
        assert_eq!(wrap("ab 文件", 5), ["ab", "文件"]);
        assert_eq!(text_width("ab文件"), 6);
    }

    #[test]
    fn io_reasons_are_lowercase_without_os_error() {
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(io_reason(&e), "no such file or directory");
    }

    #[test]
    fn records_have_the_same_fields() {
        let known = code_record(ZimErrorCode::TokenExpired);
        let unknown = unknown_record(6000105);
        assert!(known.keys().all(|k| unknown.contains_key(k)));
        assert_eq!(unknown["range_category"], "login");
    }
}
