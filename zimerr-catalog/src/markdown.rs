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
    let collapsed = collapse_whitespace(text);
    // Every character that matters is ASCII: walk the bytes and copy the runs between
    // them whole (a 10 MB description stays cheap in the debug build proc macros run in).
    let bytes = collapsed.as_bytes();
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Most bytes are none of the few that matter: skip them with one table lookup
        // (the checks below cost several calls per byte in the unoptimized build).
        if !MAY_ESCAPE[usize::from(b)] {
            i += 1;
            continue;
        }
        if b == b'`' {
            out.push_str(&collapsed[copied..i]);
            let run = bytes[i..].iter().take_while(|&&c| c == b'`').count();
            // A backtick quoted as a character (`'`'`, `"`"`) names the character.
            let quoted = i > 0
                && run == 1
                && matches!(bytes[i - 1], b'\'' | b'"')
                && bytes.get(i + 1) == Some(&bytes[i - 1]);
            if let Some(end) = closing_run(bytes, i + run, run).filter(|_| !quoted) {
                out.push_str(&collapsed[i..end + run]);
                i = end + run;
            } else {
                out.push_str(&"\\`".repeat(run));
                i += run;
            }
            copied = i;
            continue;
        }
        let next = bytes.get(i + 1).copied();
        let previous = i.checked_sub(1).map(|p| bytes[p]);
        if needs_escape(b, i == 0, previous, next) {
            out.push_str(&collapsed[copied..i]);
            out.push('\\');
            copied = i;
        }
        i += 1;
    }
    out.push_str(&collapsed[copied..]);
    // `1. text` or `1) text` at the start would be an ordered list.
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(out.as_bytes().get(digits), Some(b'.' | b')')) {
        out.insert(digits, '\\');
    }
    out
}

/// Whether `b`, between `previous` and `next`, must be escaped (backticks aside).
fn needs_escape(b: u8, at_start: bool, previous: Option<u8>, next: Option<u8>) -> bool {
    match b {
        b'<' | b'>' | b'[' | b']' | b'\\' | b'&' | b'*' | b'_' | b'#' | b'~' | b'\'' | b'"'
        | b'|' => true,
        b'-' => at_start || next == Some(b'-') || previous == Some(b'-'),
        b'+' => at_start,
        b'.' => next == Some(b'.') || previous == Some(b'.'),
        _ => false,
    }
}

/// The bytes [`doc_text`] looks at: a backtick and every byte [`needs_escape`] may answer
/// `true` for (a test checks every byte in every context). A `static`: a `const` array
/// is copied onto the stack at each use in the unoptimized build.
static MAY_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = b"`<>[]\\&*_#~'\"|-+.";
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// `text` with every run of whitespace made one space and none at either end, borrowed
/// when it already is: most catalog text is, and checking bytes is several times cheaper
/// than splitting and joining in the unoptimized build proc macros run in.
fn collapse_whitespace(text: &str) -> std::borrow::Cow<'_, str> {
    if is_collapsed(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    std::borrow::Cow::Owned(words.join(" "))
}

/// Whether `text` has no whitespace but single spaces between other characters.
fn is_collapsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut previous_space = true; // a space at the start is not collapsed
    // An index loop, not `iter().enumerate()`: two calls fewer per byte unoptimized.
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        let space = match b {
            b' ' => true,
            b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => return false,
            // The lead bytes of the non-ASCII whitespace (U+0085, U+00A0, U+1680,
            // U+2000–U+205F, U+3000): decode only there.
            0xC2 | 0xE1 | 0xE2 | 0xE3
                if text[i - 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_whitespace) =>
            {
                return false;
            }
            _ => false,
        };
        if space && previous_space {
            return false;
        }
        previous_space = space;
    }
    !previous_space || bytes.is_empty()
}

/// Where the run of exactly `len` backticks that closes a code span opened before `from`
/// starts, if there is one (`CommonMark`: a longer or shorter run does not close it).
fn closing_run(bytes: &[u8], from: usize, len: usize) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
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
    fn the_skip_table_holds_every_byte_that_may_be_escaped() {
        let contexts = [None, Some(b'-'), Some(b'.'), Some(b'a'), Some(b' ')];
        for b in 0..=u8::MAX {
            for at_start in [false, true] {
                for previous in contexts {
                    for next in contexts {
                        if needs_escape(b, at_start, previous, next) {
                            assert!(MAY_ESCAPE[usize::from(b)], "byte {b:#04x}");
                        }
                    }
                }
            }
        }
        assert!(MAY_ESCAPE[usize::from(b'`')]);
        assert_eq!(MAY_ESCAPE.iter().filter(|&&m| m).count(), 17);
    }

    #[test]
    fn collapsing_agrees_with_split_and_join() {
        let parts = [
            "", " ", "  ", "\t", "\n", "\r\n", "a", "bc", "\u{3000}", "\u{A0}", "\u{85}",
            "\u{2009}", "\u{205F}", "\u{1680}", "\u{3001}", "\u{4E2D}", "\u{E9}", "\u{2014}",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let text = format!("{a}x{b}{c}y{a}");
                    let expected = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    assert_eq!(collapse_whitespace(&text), expected, "{text:?}");
                    let text = format!("{a}{b}{c}");
                    let expected = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    assert_eq!(collapse_whitespace(&text), expected, "{text:?}");
                }
            }
        }
    }

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
