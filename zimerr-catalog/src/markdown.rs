//! The Markdown of catalog texts: for catalogs that opt in (`markdown: true`), a small
//! subset of Markdown read from the text; [`plain_text`] gives the text for everything
//! that shows plain text (the generated `description()`, `Display`, the CLI). The
//! generated docs render the subset, and every other text renders exactly as written.
//!
//! The subset is inline only: links to absolute `http(s)://` or `mailto:` addresses
//! (`[text](url)`), emphasis (`*x*`, `_x_`), strong emphasis (`**x**`, `__x__`), code
//! spans and backslash escapes. Everything else, including syntax that does not close
//! (`[x](`, `**x`), raw HTML, headings, lists, relative and intra-doc links, stays text.

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
#[doc(hidden)]
pub fn doc_text(text: &str) -> String {
    let collapsed = collapse_whitespace(text);
    let mut out = escape(&collapsed, true, true);
    // `1. text` or `1) text` at the start would be an ordered list.
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(out.as_bytes().get(digits), Some(b'.' | b')')) {
        out.insert(digits, '\\');
    }
    out
}

/// [`doc_text`]'s escaping of collapsed text, which starts the paragraph when `at_start`;
/// closed code spans are kept when `code_spans`, otherwise every backtick is literal.
fn escape(collapsed: &str, at_start: bool, code_spans: bool) -> String {
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
            if let Some(end) = closing_run(bytes, i + run, run).filter(|_| !quoted && code_spans) {
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
        if needs_escape(b, at_start && i == 0, previous, next) {
            out.push_str(&collapsed[copied..i]);
            out.push('\\');
            copied = i;
        }
        i += 1;
    }
    out.push_str(&collapsed[copied..]);
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

/// Markdown catalog text (`markdown: true`) for a doc comment: the supported subset
/// (see the module docs) written back in a canonical form rustdoc reads the same way,
/// everything else escaped as [`doc_text`] escapes it. Whitespace is collapsed first.
#[doc(hidden)]
pub fn doc_markdown(text: &str) -> String {
    let collapsed = collapse_whitespace(text);
    let mut out = String::with_capacity(collapsed.len() + collapsed.len() / 8);
    write_doc(&mut out, &parse(&collapsed), true);
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(out.as_bytes().get(digits), Some(b'.' | b')')) {
        out.insert(digits, '\\');
    }
    out
}

/// Markdown catalog text (`markdown: true`) as plain text, for `description()`,
/// `Display` and the CLI's text output: a link reads `text (url)` (just the address when
/// the text is the address), emphasis loses its markers, a code span its backticks, a
/// backslash escape its backslash. Everything outside the subset is kept as written, and
/// so is the text's whitespace.
///
/// ```
/// use zimerr_catalog::markdown::plain_text;
///
/// let text = "See [the docs](https://example.com/e) and *retry* `later`.";
/// assert_eq!(plain_text(text), "See the docs (https://example.com/e) and retry later.");
/// assert_eq!(plain_text("**unclosed"), "**unclosed");
/// ```
pub fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    write_plain(&mut out, &parse(text));
    out
}

/// A piece of inline Markdown.
#[derive(Debug, PartialEq)]
enum Inline<'a> {
    /// Literal text, backslash escapes resolved.
    Text(String),
    /// A code span, backticks included.
    Code(&'a str),
    /// A link to an absolute address.
    Link(Vec<Inline<'a>>, &'a str),
    /// `*x*` or `_x_`.
    Emphasis(Vec<Inline<'a>>),
    /// `**x**` or `__x__`.
    Strong(Vec<Inline<'a>>),
}

/// Reads the supported subset from `s`; whatever does not match it is [`Inline::Text`].
fn parse(s: &str) -> Vec<Inline<'_>> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut text = String::new();
    let mut copied = 0;
    let mut i = 0;
    let flush = |text: &mut String, out: &mut Vec<Inline<'_>>| {
        if !text.is_empty() {
            out.push(Inline::Text(std::mem::take(text)));
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if !matches!(b, b'\\' | b'`' | b'[' | b'*' | b'_') {
            i += 1;
            continue;
        }
        text.push_str(&s[copied..i]);
        match b {
            b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                text.push(char::from(bytes[i + 1]));
                i += 2;
            }
            b'`' => {
                let run = bytes[i..].iter().take_while(|&&c| c == b'`').count();
                if let Some(end) = closing_run(bytes, i + run, run) {
                    flush(&mut text, &mut out);
                    out.push(Inline::Code(&s[i..end + run]));
                    i = end + run;
                } else {
                    text.push_str(&s[i..i + run]);
                    i += run;
                }
            }
            b'[' => {
                if let Some((label_end, url)) = link_at(s, i) {
                    flush(&mut text, &mut out);
                    out.push(Inline::Link(parse(&s[i + 1..label_end]), url));
                    i = label_end + 2 + url.len() + 1;
                } else {
                    text.push('[');
                    i += 1;
                }
            }
            b'*' | b'_' => {
                let run = bytes[i..].iter().take_while(|&&c| c == b).count();
                if let Some(close) = emphasis_at(s, i, run) {
                    flush(&mut text, &mut out);
                    let inner = parse(&s[i + run..close]);
                    out.push(if run == 1 {
                        Inline::Emphasis(inner)
                    } else {
                        Inline::Strong(inner)
                    });
                    i = close + run;
                } else {
                    text.push_str(&s[i..i + run]);
                    i += run;
                }
            }
            _ => {
                text.push('\\');
                i += 1;
            }
        }
        copied = i;
    }
    text.push_str(&s[copied..]);
    flush(&mut text, &mut out);
    out
}

/// A link starting at the `[` at `open`: where its label ends (the `]`) and its address.
/// Only `[label](address)` with a label holding no brackets and an absolute `http://`,
/// `https://` or `mailto:` address without spaces, quotes, brackets or backslashes:
/// anything else would be a relative, reference or intra-doc link in rustdoc.
fn link_at(s: &str, open: usize) -> Option<(usize, &str)> {
    let rest = &s[open + 1..];
    let close = rest.find([']', '['])?;
    if rest.as_bytes()[close] != b']' || rest[..close].trim().is_empty() {
        return None;
    }
    let label_end = open + 1 + close;
    let after = s[label_end + 1..].strip_prefix('(')?;
    let end = after.find(')')?;
    let url = &after[..end];
    let absolute = ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| url.len() > scheme.len() && url.starts_with(scheme));
    let clean = url.bytes().all(|b| {
        b.is_ascii_graphic()
            && !matches!(
                b,
                b'(' | b'<' | b'>' | b'"' | b'\'' | b'`' | b'\\' | b'[' | b']'
            )
    });
    (absolute && clean).then_some((label_end, url))
}

/// Where the delimiter run that closes emphasis opened by the `run` delimiters at `open`
/// starts, if it does: a run of one or two (`***` stays text), closed by a run of the same
/// character and length, both flanking as `CommonMark` defines (so rustdoc agrees), `_`
/// not inside a word (`snake_case_names` stay text). Code spans and links are skipped.
fn emphasis_at(s: &str, open: usize, run: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let delimiter = bytes[open];
    if run > 2 {
        return None;
    }
    let before = s[..open].chars().next_back();
    let after = s[open + run..].chars().next();
    if !left_flanking(before, after)
        || (delimiter == b'_' && before.is_some_and(char::is_alphanumeric))
    {
        return None;
    }
    let mut i = open + run;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\\' && bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) {
            i += 2;
            continue;
        }
        if b == b'`' {
            let len = bytes[i..].iter().take_while(|&&c| c == b'`').count();
            i = closing_run(bytes, i + len, len).map_or(i + len, |end| end + len);
            continue;
        }
        if b == b'[' {
            if let Some((label_end, url)) = link_at(s, i) {
                i = label_end + 2 + url.len() + 1;
                continue;
            }
        }
        if b == delimiter {
            let len = bytes[i..].iter().take_while(|&&c| c == delimiter).count();
            let before = s[..i].chars().next_back();
            let after = s[i + len..].chars().next();
            if len == run
                && i > open + run
                && right_flanking(before, after)
                && !(delimiter == b'_' && after.is_some_and(char::is_alphanumeric))
            {
                return Some(i);
            }
            i += len;
            continue;
        }
        i += 1;
    }
    None
}

/// `CommonMark`'s left-flanking delimiter run, from the characters around it.
fn left_flanking(before: Option<char>, after: Option<char>) -> bool {
    let Some(after) = after.filter(|c| !c.is_whitespace()) else {
        return false;
    };
    !is_punctuation(after) || before.is_none_or(|c| c.is_whitespace() || is_punctuation(c))
}

/// `CommonMark`'s right-flanking delimiter run, from the characters around it.
fn right_flanking(before: Option<char>, after: Option<char>) -> bool {
    let Some(before) = before.filter(|c| !c.is_whitespace()) else {
        return false;
    };
    !is_punctuation(before) || after.is_none_or(|c| c.is_whitespace() || is_punctuation(c))
}

/// Punctuation as `CommonMark` counts it for flanking: ASCII punctuation, and the common
/// Unicode punctuation of CJK and European text (full-width forms, quotes, dashes).
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c, '\u{2010}'..='\u{2027}' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}' | '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}')
}

/// Writes parsed inline Markdown as doc Markdown: the subset in canonical form, text
/// escaped. `at_start`: the first piece starts the paragraph.
fn write_doc(out: &mut String, pieces: &[Inline<'_>], at_start: bool) {
    for (n, piece) in pieces.iter().enumerate() {
        let at_start = at_start && n == 0;
        match piece {
            Inline::Text(text) => out.push_str(&escape(text, at_start, false)),
            Inline::Code(code) => out.push_str(code),
            Inline::Link(label, url) => {
                out.push('[');
                write_doc(out, label, false);
                out.push_str("](");
                out.push_str(url);
                out.push(')');
            }
            Inline::Emphasis(inner) => {
                out.push('*');
                write_doc(out, inner, false);
                out.push('*');
            }
            Inline::Strong(inner) => {
                out.push_str("**");
                write_doc(out, inner, false);
                out.push_str("**");
            }
        }
    }
}

/// Writes parsed inline Markdown as plain text ([`plain_text`]).
fn write_plain(out: &mut String, pieces: &[Inline<'_>]) {
    for piece in pieces {
        match piece {
            Inline::Text(text) => out.push_str(text),
            Inline::Code(code) => {
                let run = code.bytes().take_while(|&b| b == b'`').count();
                let inner = &code[run..code.len() - run];
                // `CommonMark` strips one space from each side when both have one (so a
                // span can start with a backtick: `` ` `` ).
                let inner = match inner.strip_prefix(' ').and_then(|i| i.strip_suffix(' ')) {
                    Some(stripped) if !stripped.trim().is_empty() => stripped,
                    _ => inner,
                };
                out.push_str(inner);
            }
            Inline::Link(label, url) => {
                let start = out.len();
                write_plain(out, label);
                let address = url.strip_prefix("mailto:").unwrap_or(url);
                if out[start..] != *address && out[start..] != **url {
                    out.push_str(" (");
                    out.push_str(url);
                    out.push(')');
                }
            }
            Inline::Emphasis(inner) | Inline::Strong(inner) => write_plain(out, inner),
        }
    }
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

#[cfg(test)]
mod markdown_tests {
    use super::*;

    #[test]
    fn links_emphasis_and_code_become_plain_text() {
        let text = "See [the console](https://console.example.com/a?b=1) and **retry** with `token`, *now*.";
        assert_eq!(
            plain_text(text),
            "See the console (https://console.example.com/a?b=1) and retry with token, now."
        );
        assert_eq!(plain_text("[https://x.io](https://x.io)"), "https://x.io");
        assert_eq!(plain_text("[a@b.io](mailto:a@b.io)"), "a@b.io");
        assert_eq!(plain_text("a \\*b\\* c"), "a *b* c");
        assert_eq!(plain_text("line one\nline two"), "line one\nline two");
    }

    #[test]
    fn the_subset_renders_and_the_rest_is_escaped() {
        assert_eq!(
            doc_markdown("See [the console](https://x.io/a) and **retry** `now`."),
            "See [the console](https://x.io/a) and **retry** `now`."
        );
        assert_eq!(doc_markdown("_a_ and *b*"), "*a* and *b*");
        // Not links: relative, intra-doc, reference, no address.
        assert_eq!(doc_markdown("[x](Self::A)"), "\\[x\\](Self::A)");
        assert_eq!(doc_markdown("[x](/rel)"), "\\[x\\](/rel)");
        assert_eq!(doc_markdown("[x] and [y][z]"), "\\[x\\] and \\[y\\]\\[z\\]");
        // HTML, headings, lists stay text.
        assert_eq!(doc_markdown("<b>x</b>"), "\\<b\\>x\\</b\\>");
        assert_eq!(doc_markdown("# h"), "\\# h");
        assert_eq!(doc_markdown("- item"), "\\- item");
        assert_eq!(doc_markdown("1. item"), "1\\. item");
    }

    #[test]
    fn broken_syntax_stays_text() {
        for (text, doc, plain) in [
            (
                "[x](https://x.io",
                "\\[x\\](https://x.io",
                "[x](https://x.io",
            ),
            ("**open", "\\*\\*open", "**open"),
            ("a * b * c", "a \\* b \\* c", "a * b * c"),
            ("snake_case_name", "snake\\_case\\_name", "snake_case_name"),
            ("***x***", "\\*\\*\\*x\\*\\*\\*", "***x***"),
            ("`open", "\\`open", "`open"),
            (
                "[a [b](https://x.io)",
                "\\[a [b](https://x.io)",
                "[a b (https://x.io)",
            ),
        ] {
            assert_eq!(doc_markdown(text), doc, "{text}");
            assert_eq!(plain_text(text), plain, "{text}");
        }
    }

    #[test]
    fn nested_emphasis_and_cjk_text() {
        assert_eq!(doc_markdown("*a **b** c*"), "*a **b** c*");
        assert_eq!(plain_text("*a **b** c*"), "a b c");
        assert_eq!(
            plain_text("**注意**：请[提交工单](https://x.cn)。"),
            "注意：请提交工单 (https://x.cn)。"
        );
        assert_eq!(doc_markdown("**注意**：请"), "**注意**：请");
    }
}
