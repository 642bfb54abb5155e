//! Catalog diagnostics: a problem, where it is, and how it renders for `compile_error!`.

use std::fmt::Write as _;

/// A 1-based line and column (in characters) inside the catalog text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    pub(crate) line: usize,
    pub(crate) col: usize,
}

impl Pos {
    pub(crate) const START: Pos = Pos { line: 1, col: 1 };

    pub(crate) fn new(line: usize, col: usize) -> Self {
        Pos {
            line: line.max(1),
            col: col.max(1),
        }
    }

    /// The position of byte `offset` of `text`, clamped to the text.
    pub(crate) fn of_offset(text: &str, offset: usize) -> Self {
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
pub(crate) struct Diagnostic {
    pub(crate) message: String,
    /// `None` when the problem concerns the file as a whole (missing, unreadable).
    pub(crate) pos: Option<Pos>,
    pub(crate) help: Option<String>,
}

impl Diagnostic {
    pub(crate) fn at(pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            pos: Some(pos),
            help: None,
        }
    }

    pub(crate) fn whole_file(message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            pos: None,
            help: None,
        }
    }

    pub(crate) fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Renders the problem the way rustc renders its own: message, `path:line:col`,
    /// the offending line and a caret under the spot.
    pub(crate) fn render(&self, path: &str, text: Option<&str>) -> String {
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
                    // Keep tabs in the caret's indent so the caret lines up with the text.
                    let indent: String = shown
                        .chars()
                        .take(caret_at)
                        .map(|c| if c == '\t' { '\t' } else { ' ' })
                        .collect();
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
pub(crate) struct Ctxt {
    errors: Vec<Diagnostic>,
}

impl Ctxt {
    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        self.errors.push(diagnostic);
    }

    pub(crate) fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.push(Diagnostic::at(pos, message));
    }

    /// Consumes the context: `Ok` only when no problem was recorded.
    pub(crate) fn check(mut self) -> Result<(), Vec<Diagnostic>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            // Report in file order, whatever order the rules ran in.
            self.errors.sort_by_key(|d| d.pos);
            Err(self.errors)
        }
    }
}

/// Help for a value outside a closed set: the likely intended value first, then the set.
pub(crate) fn expected_one_of(found: &str, candidates: &[&str]) -> String {
    let list: Vec<String> = candidates.iter().map(|c| format!("`{c}`")).collect();
    match closest(found, candidates) {
        Some(best) => format!("did you mean `{best}`? expected one of {}", list.join(", ")),
        None => format!("expected one of {}", list.join(", ")),
    }
}

/// The candidate within about a third of its length in edits (case-insensitive), if any.
pub(crate) fn closest<'a>(found: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let lower = found.to_ascii_lowercase();
    candidates
        .iter()
        .filter(|&&c| c != found)
        .map(|c| (edit_distance(&lower, &c.to_ascii_lowercase()), *c))
        .filter(|&(d, c)| d <= c.len().max(lower.len()).div_ceil(3))
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_only() {
        let actions = ["none", "renew_token", "login", "retry"];
        assert_eq!(closest("logn", &actions), Some("login"));
        assert_eq!(closest("Renew_Token", &actions), Some("renew_token"));
        assert_eq!(closest("explode", &actions), None);
        assert_eq!(
            closest("retry", &actions),
            None,
            "an exact match needs no suggestion"
        );
        assert_eq!(
            expected_one_of("retyr", &["retry", "wait"]),
            "did you mean `retry`? expected one of `retry`, `wait`"
        );
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

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
