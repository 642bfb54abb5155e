//! Catalog text inside Markdown: what rustdoc would reinterpret, neutralized, so the text
//! renders exactly as the catalog writes it.

/// Catalog text made safe for a doc comment: whitespace collapsed to single spaces (no
/// headings, lists or indented blocks that rustdoc would treat as code and test), and
/// outside code spans every character rustdoc would read as markup escaped:
/// - HTML, links, emphasis, headings, strikethrough (`<`, `[`, `*`, `_`, `#`, `~`, …);
/// - smart punctuation, which rustdoc turns on: `'` and `"` would become curly quotes,
///   `--` a dash and `...` an ellipsis;
/// - a backtick without a matching closing run is a literal backtick (a table listing
///   allowed characters as ``'-', '`', ';'``), not the start of a code span that swallows
///   the rest of the sentence;
/// - a leading `-`, `+` or `1.` that would start a list.
///
/// A code span with its closing run (`` `Vec<T>` ``) is kept verbatim: it renders as code.
pub fn doc_text(text: &str) -> String {
    let collapsed: Vec<&str> = text.split_whitespace().collect();
    let chars: Vec<char> = collapsed.join(" ").chars().collect();
    let mut out = String::with_capacity(chars.len() + chars.len() / 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            let run = chars[i..].iter().take_while(|&&b| b == '`').count();
            // A backtick quoted as a character (`'`'`, `"`"`) names the character.
            let quoted = i > 0
                && run == 1
                && matches!(chars[i - 1], '\'' | '"')
                && chars.get(i + 1) == Some(&chars[i - 1]);
            if let Some(end) = closing_run(&chars, i + run, run).filter(|_| !quoted) {
                out.extend(&chars[i..end + run]);
                i = end + run;
            } else {
                for _ in 0..run {
                    out.push_str("\\`");
                }
                i += run;
            }
            continue;
        }
        let next = chars.get(i + 1).copied();
        let previous = i.checked_sub(1).map(|p| chars[p]);
        let escape = match c {
            '<' | '>' | '[' | ']' | '\\' | '&' | '*' | '_' | '#' | '~' | '\'' | '"' | '|' => true,
            '-' => i == 0 || next == Some('-') || previous == Some('-'),
            '+' => i == 0,
            '.' => next == Some('.') || previous == Some('.'),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        i += 1;
    }
    // `1. text` or `1) text` at the start would be an ordered list.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')) {
        out.insert(digits, '\\');
    }
    out
}

/// Where the run of exactly `len` backticks that closes a code span opened before `from`
/// starts, if there is one (CommonMark: a longer or shorter run does not close it).
fn closing_run(chars: &[char], from: usize, len: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        if chars[i] == '`' {
            let run = chars[i..].iter().take_while(|&&b| b == '`').count();
            if run == len {
                return Some(i);
            }
            i += run;
        } else {
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_text_neutralizes_markup_outside_code() {
        assert_eq!(doc_text("a  b\n\n    c"), "a b c");
        assert_eq!(
            doc_text("<script> [x] `Vec<T>`"),
            "\\<script\\> \\[x\\] `Vec<T>`"
        );
    }

    #[test]
    fn a_lone_backtick_stays_a_backtick() {
        assert_eq!(doc_text("`open"), "\\`open");
        assert_eq!(
            doc_text("allowed: '-', '`', ';' and `x`"),
            "allowed: \\'-\\', \\'\\`\\', \\';\\' and `x`"
        );
        // A run closes only a run of the same length.
        assert_eq!(doc_text("``a`b``"), "``a`b``");
        assert_eq!(doc_text("``a`"), "\\`\\`a\\`");
    }

    #[test]
    fn smart_punctuation_and_lists_are_escaped() {
        assert_eq!(doc_text("'~' \"q\""), "\\'\\~\\' \\\"q\\\"");
        assert_eq!(
            doc_text("a -- b ... c - d. e"),
            "a \\-\\- b \\.\\.\\. c - d. e"
        );
        assert_eq!(doc_text("- item"), "\\- item");
        assert_eq!(doc_text("1. first"), "1\\. first");
        assert_eq!(doc_text("2024) x"), "2024\\) x");
    }
}
