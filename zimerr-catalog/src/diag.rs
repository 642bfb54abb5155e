//! Catalog diagnostics: a problem, where it is, and how it renders for `compile_error!`.

use std::fmt::Write as _;

/// A 1-based line and column (in characters) inside the catalog text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
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

/// One problem found in a catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// What is wrong: lowercase, no trailing period, names things in backticks.
    pub message: String,
    /// `None` when the problem concerns the file as a whole (missing, unreadable).
    pub pos: Option<Pos>,
    /// How to fix it, when there is something to say.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A problem at `pos`.
    pub fn at(pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            pos: Some(pos),
            help: None,
        }
    }

    /// A problem of the file as a whole.
    pub fn whole_file(message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            pos: None,
            help: None,
        }
    }

    /// The same problem with a hint.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Renders the problem the way rustc renders its own: message, `path:line:col`,
    /// the offending line and a caret under the spot.
    pub fn render(&self, path: &str, text: Option<&str>) -> String {
        let mut out = self.message.clone();
        match self.pos {
            None => {
                let _ = write!(out, "\n --> {path}");
            }
            Some(pos) => {
                let _ = write!(out, "\n --> {path}:{}:{}", pos.line, pos.col);
                if let Some(line) = text.and_then(|t| t.lines().nth(pos.line - 1)) {
                    let line = line.strip_suffix('\r').unwrap_or(line);
                    let gutter = " ".repeat(pos.line.to_string().len());
                    let (shown, caret_at) = window(line, pos.col - 1);
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
        out
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
