//! Catalog diagnostics: a problem, where it is, and how it renders for `compile_error!`
//! and the CLI; [`Error`], every problem of a catalog at once.

use std::fmt::Write as _;

/// A 1-based line and column (in characters) inside the catalog text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
}

impl Default for Pos {
    fn default() -> Self {
        Pos::START
    }
}

impl Pos {
    /// The first character of the text.
    pub const START: Pos = Pos { line: 1, col: 1 };

    /// A position; 0 is taken as 1.
    pub fn new(line: usize, col: usize) -> Self {
        Pos {
            line: line.max(1),
            col: col.max(1),
        }
    }

    /// The position of byte `offset` of `text`, clamped to the text.
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = &text[..end];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Pos::new(line, before[line_start..].chars().count() + 1)
    }
}

/// One problem found in a catalog: what is wrong, where (`file:line:col` and the line
/// itself), and how to fix it.
///
/// Its `Display` is the form rustc gives its own errors, which `zim_errors!` and the
/// `zimerr` CLI print:
///
/// ```
/// use zimerr_catalog::{SourceText, check};
///
/// let yaml = "categories:
///   - { key: a, name: A, title: A }
/// codes:
///   - { code: 1, name: One, category: a, description: One., action: none }
/// ";
/// let error = check(&SourceText::from_text("billing.yaml", yaml)).unwrap_err();
/// let first = &error.diagnostics()[0];
/// assert_eq!(first.message(), "codes[0]: missing field `retryable`");
/// assert_eq!(first.path(), Some("billing.yaml"));
/// assert_eq!(first.pos().map(|p| (p.line, p.col)), Some((4, 7)));
/// assert!(first.source_line().unwrap().starts_with("  - { code: 1,"));
/// assert!(first.help().unwrap().starts_with("add a line `retryable: false`"));
/// assert!(first.to_string().starts_with(
///     "codes[0]: missing field `retryable`\n --> billing.yaml:4:7\n  |\n4 |   - { code: 1,"
/// ));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Diagnostic {
    /// What is wrong: lowercase, no trailing period, names things in backticks.
    pub(crate) message: String,
    /// `None` when the problem concerns the file as a whole (missing, unreadable).
    pub(crate) pos: Option<Pos>,
    /// How to fix it, when there is something to say.
    pub(crate) help: Option<String>,
    /// Which catalog, and its line; `None` until the problem is located in one (the
    /// stages report positions only; `SourceText` adds its path and line). Boxed: a
    /// diagnostic travels in `Result`s of the success path too.
    pub(crate) location: Option<Box<Location>>,
}

/// Where a located [`Diagnostic`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Location {
    /// The catalog as the user named it.
    path: String,
    /// The text of line `pos.line`, without its line end.
    line: Option<String>,
}

impl Diagnostic {
    /// A problem at `pos`.
    #[doc(hidden)]
    pub fn at(pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            pos: Some(pos),
            help: None,
            location: None,
        }
    }

    /// A problem of the file as a whole, or of no file (the macro's arguments).
    #[doc(hidden)]
    pub fn whole_file(message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            pos: None,
            help: None,
            location: None,
        }
    }

    /// The same problem with a hint.
    #[doc(hidden)]
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The same problem, placed in the catalog `path` whose text is `text`: its
    /// `Display` then shows the path, the line and a caret.
    #[doc(hidden)]
    #[must_use]
    pub fn located(mut self, path: &str, text: Option<&str>) -> Self {
        let line = self.pos.and_then(|pos| {
            let line = text?.lines().nth(pos.line.saturating_sub(1))?;
            Some(line.strip_suffix('\r').unwrap_or(line).to_owned())
        });
        self.location = Some(Box::new(Location {
            path: path.to_owned(),
            line,
        }));
        self
    }

    /// What is wrong, e.g. ``duplicate code `6000106` ``: lowercase, no trailing period.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where in the catalog: line and column, 1-based, the column counted in
    /// characters. `None` for a problem of the file as a whole (missing, not UTF-8 at
    /// all) or of no file (the macro's arguments).
    pub fn pos(&self) -> Option<Pos> {
        self.pos
    }

    /// The catalog's path as the user wrote it (or a bundled catalog's name); `None` for
    /// a problem of no file.
    pub fn path(&self) -> Option<&str> {
        self.location.as_ref().map(|l| l.path.as_str())
    }

    /// The catalog line the problem is on, without its line end.
    pub fn source_line(&self) -> Option<&str> {
        self.location.as_ref().and_then(|l| l.line.as_deref())
    }

    /// How to fix it, when there is something to say.
    pub fn help(&self) -> Option<&str> {
        self.help.as_deref()
    }

    /// Renders the problem the way rustc renders its own: message, `path:line:col`,
    /// the offending line and a caret under the spot.
    #[doc(hidden)]
    pub fn render(&self, path: &str, text: Option<&str>) -> String {
        self.clone().located(path, text).to_string()
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut out = self.message.clone();
        match (self.path(), self.pos) {
            (None, _) => {}
            (Some(path), None) => {
                let _ = write!(out, "\n --> {path}");
            }
            (Some(path), Some(pos)) => {
                let _ = write!(out, "\n --> {path}:{}:{}", pos.line, pos.col);
                if let Some(line) = self.source_line() {
                    let gutter = " ".repeat(pos.line.to_string().len());
                    let (shown, caret_at) = window(line, pos.col.saturating_sub(1));
                    let indent = caret_indent(&shown, caret_at);
                    let _ = write!(
                        out,
                        "\n{gutter} |\n{} | {shown}\n{gutter} | {indent}^",
                        pos.line
                    );
                }
            }
        }
        if let Some(help) = &self.help {
            let _ = write!(out, "\n = help: {help}");
        }
        f.write_str(&out)
    }
}

impl std::error::Error for Diagnostic {}

/// Everything wrong with a catalog (or with the arguments of `zim_errors!`): every
/// problem at once, each a located [`Diagnostic`], in file order within each stage.
///
/// `Display` shows every diagnostic as rustc would, separated by blank lines;
/// [`diagnostics`](Self::diagnostics) gives them one by one (the `zimerr` CLI prints
/// each after `zimerr: error: `, the macro makes each a `compile_error!`).
///
/// ```
/// use zimerr_catalog::{SourceText, check};
///
/// let source = SourceText::from_text("mine.yaml", "categories: []\ncodes: []\n");
/// let error = check(&source).unwrap_err();
/// assert_eq!(error.diagnostics().len(), 2);
/// let shown = error.to_string();
/// assert!(shown.starts_with("`categories` is empty"));
/// assert!(shown.contains("\n --> mine.yaml:1:1\n"));
/// assert!(shown.contains("\n\n`codes` is empty"));
/// // It is a `std::error::Error`, so `?` takes it into `Box<dyn Error>` or anyhow.
/// let boxed: Box<dyn std::error::Error> = Box::new(error);
/// assert!(boxed.to_string().contains("mine.yaml"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// Never empty.
    diagnostics: Vec<Diagnostic>,
}

impl Error {
    /// An error of `diagnostics`, which are not empty.
    pub(crate) fn new(diagnostics: Vec<Diagnostic>) -> Self {
        debug_assert!(!diagnostics.is_empty(), "an error without a problem");
        Error { diagnostics }
    }

    /// Every problem, each once; never empty.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The problems one by one, as `for diagnostic in &error` gives them.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.diagnostics.iter()
    }

    /// Each problem rendered (its `Display`), as `compile_error!` and the CLI show them.
    #[doc(hidden)]
    pub fn rendered(&self) -> Vec<String> {
        self.diagnostics.iter().map(ToString::to_string).collect()
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, diagnostic) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                f.write_str("\n\n")?;
            }
            std::fmt::Display::fmt(diagnostic, f)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// An error of one problem.
impl From<Diagnostic> for Error {
    fn from(diagnostic: Diagnostic) -> Self {
        Error::new(vec![diagnostic])
    }
}

impl<'a> IntoIterator for &'a Error {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.diagnostics.iter()
    }
}

/// What goes before the caret to put it under character `caret_at` of `shown`: as many
/// columns as the text before it takes on screen (CJK and emoji take two, combining marks
/// none), with its tabs kept so the caret lines up however wide the terminal's tabs are.
/// Positions stay counted in characters; only the drawing is by width.
fn caret_indent(shown: &str, caret_at: usize) -> String {
    let mut indent = String::new();
    for c in shown.chars().take(caret_at) {
        if c == '\t' {
            indent.push('\t');
        } else {
            let width = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            indent.extend(std::iter::repeat_n(' ', width));
        }
    }
    indent
}

/// The part of `line` to show around character `col` (0-based), and where the caret
/// goes in it: a very long line (a 10 MB description) is cut to a window around the
/// spot, marked with `…`, so the diagnostic stays small and the caret stays right.
fn window(line: &str, col: usize) -> (String, usize) {
    const WIDTH: usize = 160;
    let len = line.chars().count();
    if len <= WIDTH {
        return (line.to_owned(), col);
    }
    let start = col.saturating_sub(WIDTH / 2).min(len - WIDTH);
    let mut shown = String::new();
    if start > 0 {
        shown.push_str("… ");
    }
    shown.extend(line.chars().skip(start).take(WIDTH));
    if start + WIDTH < len {
        shown.push_str(" …");
    }
    let caret = col - start + if start > 0 { 2 } else { 0 };
    (shown, caret)
}

/// Collects every problem of a validation pass, so the user sees all of them at once
/// instead of fixing one per build (`serde_derive`'s `Ctxt`).
#[doc(hidden)]
#[derive(Debug, Default)]
pub struct Ctxt {
    errors: Vec<Diagnostic>,
}

impl Ctxt {
    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.errors.push(diagnostic);
    }

    /// Records a problem at `pos`.
    pub fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.push(Diagnostic::at(pos, message));
    }

    /// Consumes the context: `Ok` only when no problem was recorded.
    pub fn check(mut self) -> Result<(), Vec<Diagnostic>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            // Report in file order, whatever order the rules ran in.
            self.errors.sort_by_key(|d| d.pos);
            Err(self.errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_path_line_and_caret() {
        let text = "codes:\n  - code: x\n";
        let d = Diagnostic::at(Pos::new(2, 11), "`code` must be a number");
        let rendered = d.render("my.yaml", Some(text));
        assert_eq!(
            rendered,
            "`code` must be a number\n --> my.yaml:2:11\n  |\n2 |   - code: x\n  |           ^"
        );
    }

    /// A problem of no file (the macro's arguments) is its message and help alone; one
    /// located in a file without its text has the path and position but no line.
    #[test]
    fn unlocated_and_textless_problems_render_what_they_have() {
        let d = Diagnostic::whole_file("`code_enum` is empty").with_help("write a name");
        assert_eq!(d.to_string(), "`code_enum` is empty\n = help: write a name");
        assert_eq!((d.path(), d.source_line()), (None, None));
        let d = Diagnostic::at(Pos::new(3, 2), "m").located("f.yaml", None);
        assert_eq!(d.to_string(), "m\n --> f.yaml:3:2");
        assert_eq!((d.path(), d.source_line()), (Some("f.yaml"), None));
        let d = Diagnostic::whole_file("gone").located("f.yaml", Some("x"));
        assert_eq!(d.to_string(), "gone\n --> f.yaml");
        assert_eq!(d.source_line(), None, "no position, no line");
        let d = Diagnostic::at(Pos::new(2, 1), "m").located("f.yaml", Some("a\r\nb\r\n"));
        assert_eq!(d.source_line(), Some("b"), "without its line end");
    }

    /// An `Error` shows every problem, in order, separated by one blank line; its
    /// iterators and `diagnostics` give the same problems.
    #[test]
    fn an_error_shows_every_problem() {
        let one = Error::from(Diagnostic::whole_file("first"));
        assert_eq!(one.to_string(), "first");
        let two = Error::new(vec![
            Diagnostic::whole_file("first"),
            Diagnostic::at(Pos::new(1, 1), "second").located("f", Some("x")),
        ]);
        assert_eq!(
            two.to_string(),
            "first\n\nsecond\n --> f:1:1\n  |\n1 | x\n  | ^"
        );
        let messages: Vec<&str> = (&two).into_iter().map(Diagnostic::message).collect();
        assert_eq!(messages, ["first", "second"]);
        assert_eq!(two.iter().count(), two.diagnostics().len());
        assert_eq!(two.rendered()[1], two.diagnostics()[1].to_string());
    }

    #[test]
    fn long_lines_are_cut_around_the_spot() {
        let line = format!("description: {}X{}", "a".repeat(5000), "b".repeat(5000));
        let col = line.find('X').unwrap() + 1;
        let rendered = Diagnostic::at(Pos::new(1, col), "m").render("f", Some(&line));
        assert!(rendered.len() < 600, "{} bytes", rendered.len());
        let lines: Vec<&str> = rendered.lines().collect();
        let text_line = lines[3].strip_prefix("1 | ").unwrap();
        let caret = lines[4].strip_prefix("  | ").unwrap();
        assert!(text_line.starts_with("… ") && text_line.ends_with(" …"));
        // The caret sits under the `X`, counted in characters.
        let under: Vec<char> = text_line.chars().collect();
        assert_eq!(under[caret.chars().count() - 1], 'X');
    }

    #[test]
    fn carets_go_by_display_width() {
        // Two CJK characters and an emoji take two columns each; the column stays 5.
        let d = Diagnostic::at(Pos::new(1, 5), "m");
        let rendered = d.render("f", Some("错误😀:x"));
        assert!(rendered.contains(" --> f:1:5"), "{rendered}");
        let caret = format!("| 错误😀:x\n  |{}^", " ".repeat(8));
        assert!(rendered.ends_with(&caret), "{rendered:?}");
        // A combining mark takes no column.
        let d = Diagnostic::at(Pos::new(1, 3), "m");
        assert!(d.render("f", Some("e\u{301}x")).ends_with("|  ^"));
    }

    #[test]
    fn caret_keeps_tabs() {
        let d = Diagnostic::at(Pos::new(1, 3), "m");
        let rendered = d.render("f", Some("\tab"));
        assert!(rendered.ends_with("| \t ^"), "{rendered:?}");
    }

    #[test]
    fn offset_to_position_counts_chars() {
        let text = "ab\nçd\nef";
        assert_eq!(Pos::of_offset(text, 0), Pos::new(1, 1));
        assert_eq!(Pos::of_offset(text, 3), Pos::new(2, 1));
        // 'ç' is two bytes: byte 5 is the third character position of line 2.
        assert_eq!(Pos::of_offset(text, 5), Pos::new(2, 2));
        assert_eq!(Pos::of_offset(text, 999), Pos::new(3, 3));
    }

    #[test]
    fn ctxt_reports_every_error_in_file_order() {
        let mut cx = Ctxt::default();
        cx.error(Pos::new(9, 1), "late");
        cx.error(Pos::new(2, 1), "early");
        let errors = cx.check().unwrap_err();
        let messages: Vec<_> = errors.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages, ["early", "late"]);
        assert!(Ctxt::default().check().is_ok());
    }
}
