//! Text that YAML drops without a word (part of the load stage): in a plain (unquoted)
//! value, ` #` starts a comment, and a leading `!` or `&` is a tag or an anchor, so
//! `description: Press # to confirm` loads as `Press`. Such a value is valid YAML, and
//! what was lost is visible only by comparing what was loaded with the line it came
//! from: this module does that, for every text field, and reports each loss where it
//! happens with the fix (quote the value).
//!
//! A valid catalog pays almost nothing: lines are looked at only when the text holds
//! ` #`, `: !` or `: &` at all, and a line only when its value is plain and holds one of
//! them. A loss is reported only when the loaded value of a field of the same name in
//! the same entry is exactly what YAML makes of the line, so a line inside a block
//! scalar or a quoted text over several lines (whose value holds the whole line) is never
//! taken for one.

use super::outline::char_col;
use crate::diag::{Diagnostic, Pos};
use crate::model::raw::RawCatalog;

/// The keys whose values are prose: a comment after them, or a leading `!`/`&`, cuts
/// text a reader needs. Keys holding names (`name`, `key`, `category`, `action`,
/// `sdk_name`) are left out: a comment after an identifier loses nothing, and is common.
/// Translations (`zh` and any language map) hold `description` and `solution` too.
const TEXT_KEYS: [&str; 8] = [
    "description",
    "solution",
    "cause",
    "note",
    "title",
    "errata",
    "since",
    "deprecated",
];

/// Every text field of `raw` whose loaded value lost part of its line in `text`.
pub(super) fn check(text: &str, raw: &RawCatalog) -> Vec<Diagnostic> {
    if !may_lose_text(text) {
        return Vec::new();
    }
    let mut problems = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if !(line.contains('#') || line.contains('!') || line.contains('&')) {
            continue;
        }
        let line = line.strip_suffix('\r').unwrap_or(line);
        let Some(loss) = Loss::of_line(line, text) else {
            continue;
        };
        let line_no = index + 1;
        if entry_values(raw, line_no, loss.key).contains(&loss.loaded.as_str()) {
            problems.push(loss.diagnostic(line, line_no));
        }
    }
    problems
}

/// Whether `text` holds ` #`, `\t#`, `: !` or `: &` at all. Searched as single
/// characters, each `#`, `!` and `&` then checked against the bytes before it: a `char`
/// pattern is a memchr, which runs at full speed in the unoptimized build cargo makes of
/// proc macros, where a `&str` pattern's two-way search is compiled unoptimized into this
/// crate (four of them took as long as the location scan at 10,000 codes).
fn may_lose_text(text: &str) -> bool {
    let bytes = text.as_bytes();
    let before = |at: usize, n: usize| bytes.get(at.wrapping_sub(n)..at);
    text.match_indices('#')
        .any(|(at, _)| matches!(before(at, 1), Some(b" " | b"\t")))
        || text
            .match_indices('!')
            .chain(text.match_indices('&'))
            .any(|(at, _)| before(at, 2) == Some(b": "))
}

/// What YAML makes of a plain text value that loses something.
#[derive(Debug, PartialEq, Eq)]
struct Loss<'a> {
    key: &'a str,
    /// The value as written, from its first character to the line's end.
    written: &'a str,
    /// Byte offset of `written` in the line.
    value_at: usize,
    /// Byte offset in the line of what is lost: the ` #`'s `#`, or the `!`/`&`.
    lost_at: usize,
    /// What YAML loads.
    loaded: String,
    kind: Kind,
}

#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Comment,
    Tag,
    Anchor,
}

impl<'a> Loss<'a> {
    /// The loss on `line`, a `key: value` line of a text key with a plain value, if the
    /// value loses text. `text` is the whole catalog: an anchor that an alias elsewhere
    /// uses was meant as one.
    fn of_line(line: &'a str, text: &str) -> Option<Loss<'a>> {
        let mut rest = line.trim_start_matches(' ');
        while let Some(after) = rest.strip_prefix("- ") {
            rest = after.trim_start_matches(' ');
        }
        let key_len = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
            .count();
        let key = &rest[..key_len];
        let after_colon = rest[key_len..].strip_prefix(':')?;
        if !TEXT_KEYS.contains(&key) || !after_colon.starts_with([' ', '\t']) {
            return None;
        }
        let written = after_colon.trim_start_matches([' ', '\t']);
        let value_at = line.len() - written.len();
        let (kind, body) = match written.as_bytes().first()? {
            // Quoted, block, flow, alias, comment only: nothing plain to lose.
            b'"' | b'\'' | b'|' | b'>' | b'[' | b'{' | b'*' | b'#' => return None,
            b'!' if written.starts_with("!!") => return None, // a core tag: chosen
            b'!' => (Kind::Tag, skip_token(written)),
            b'&' => {
                let name = written[1..].split([' ', '\t']).next().unwrap_or_default();
                if !name.is_empty() && text.contains(&format!("*{name}")) {
                    return None; // an anchor an alias uses: chosen
                }
                (Kind::Anchor, skip_token(written))
            }
            _ => (Kind::Comment, written),
        };
        let comment = comment_start(body);
        let kind = match (kind, comment) {
            (Kind::Comment, None) => return None,
            (kind, _) => kind,
        };
        let lost_at = match kind {
            // A comment's `body` is the whole value.
            Kind::Comment => value_at + comment.unwrap_or(0),
            Kind::Tag | Kind::Anchor => value_at,
        };
        let loaded = body[..comment.unwrap_or(body.len())].trim_end_matches([' ', '\t']);
        Some(Loss {
            key,
            written,
            value_at,
            lost_at,
            loaded: loaded.to_owned(),
            kind,
        })
    }

    fn diagnostic(&self, line: &str, line_no: usize) -> Diagnostic {
        let key = self.key;
        let (pos, message) = match self.kind {
            Kind::Comment => (
                self.lost_at,
                format!(
                    "`{key}` loses the text after ` #`: YAML reads ` #` in an unquoted value as the start of a comment"
                ),
            ),
            Kind::Tag | Kind::Anchor => {
                let token = self.written.split([' ', '\t']).next().unwrap_or_default();
                let what = if self.kind == Kind::Tag {
                    "a tag"
                } else {
                    "an anchor"
                };
                (
                    self.value_at,
                    format!(
                        "`{key}` loses `{token}`: YAML reads `{}` at the start of an unquoted value as {what}, not text",
                        &token[..1]
                    ),
                )
            }
        };
        let mut help = format!(
            "put the whole text in quotes: `{key}: {}`",
            quoted(self.written)
        );
        if self.kind == Kind::Comment {
            help.push_str("; or, if it is a comment, move it to a line of its own");
        }
        Diagnostic::at(Pos::new(line_no, char_col(line, pos)), message).with_help(help)
    }
}

/// `value` after its first token (a tag or an anchor) and the blanks after it.
fn skip_token(value: &str) -> &str {
    let end = value.find([' ', '\t']).unwrap_or(value.len());
    value[end..].trim_start_matches([' ', '\t'])
}

/// Where a comment starts in a plain value: the first `#` after a blank.
fn comment_start(value: &str) -> Option<usize> {
    let bytes = value.as_bytes();
    (1..bytes.len()).find(|&i| bytes[i] == b'#' && matches!(bytes[i - 1], b' ' | b'\t'))
}

/// `value` as a double-quoted YAML string; a long one shortened around its middle, since
/// the hint shows the form, and the line itself is shown above it.
fn quoted(value: &str) -> String {
    let escaped = value.replace('\\', "\\\\").replace('"', "\\\"");
    if escaped.chars().count() <= 80 {
        return format!("\"{escaped}\"");
    }
    let head: String = escaped.chars().take(30).collect();
    let tail: String = {
        let mut t: Vec<char> = escaped.chars().rev().take(30).collect();
        t.reverse();
        t.into_iter().collect()
    };
    format!("\"{head} … {tail}\"")
}

/// The loaded values of the fields named `key` of the entry that holds line `line_no`:
/// its own field and the same key in its translations.
fn entry_values<'r>(raw: &'r RawCatalog, line_no: usize, key: &str) -> Vec<&'r str> {
    let code = raw
        .codes
        .iter()
        .rev()
        .find(|c| c.at.entry.line <= line_no && c.at.entry != raw.codes_at);
    let category = raw
        .categories
        .iter()
        .rev()
        .find(|c| c.at.entry.line <= line_no && c.at.entry != raw.categories_at);
    let code_line = code.map_or(0, |c| c.at.entry.line);
    let category_line = category.map_or(0, |c| c.at.entry.line);
    let mut values: Vec<Option<&str>> = Vec::new();
    if let Some(code) = code.filter(|_| code_line >= category_line) {
        let zh = code.zh.as_ref();
        values.extend(match key {
            "description" => vec![code.description.get(), zh.and_then(|z| z.description.get())],
            "solution" => vec![
                code.solution.as_deref(),
                zh.and_then(|z| z.solution.as_deref()),
            ],
            "cause" => vec![code.cause.as_deref()],
            "errata" => vec![code.errata.as_deref()],
            "since" => vec![code.since.as_deref()],
            "deprecated" => vec![code.deprecated.as_deref()],
            _ => Vec::new(),
        });
    } else if let Some(category) = category {
        values.extend(match key {
            "title" => vec![category.title.get()],
            "note" => vec![category.note.as_deref()],
            _ => Vec::new(),
        });
    }
    values.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    /// The quick check agrees with the four substring searches it replaces.
    #[test]
    fn the_quick_check_finds_what_the_substring_searches_find() {
        let slow = |t: &str| {
            t.contains(" #") || t.contains("\t#") || t.contains(": !") || t.contains(": &")
        };
        let pieces = ["", " ", "\t", ":", "#", "!", "&", "a", "é", "\n", ": "];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    assert_eq!(may_lose_text(&text), slow(&text), "{text:?}");
                }
            }
        }
    }

    use super::*;

    fn loss(line: &str) -> Option<(String, usize, Kind)> {
        Loss::of_line(line, line).map(|l| (l.loaded, l.lost_at, l.kind))
    }

    #[test]
    fn plain_values_lose_comments_tags_and_anchors() {
        assert_eq!(
            loss("    description: Press # to confirm"),
            Some(("Press".to_owned(), 23, Kind::Comment))
        );
        assert_eq!(
            loss("  - title: A\t# b"),
            Some(("A".to_owned(), 13, Kind::Comment))
        );
        assert_eq!(
            loss("    solution: !important call us"),
            Some(("call us".to_owned(), 14, Kind::Tag))
        );
        assert_eq!(
            loss("    note: &x y # z"),
            Some(("y".to_owned(), 10, Kind::Anchor))
        );
        assert_eq!(loss("    cause: !x"), Some((String::new(), 11, Kind::Tag)));
    }

    #[test]
    fn what_loses_nothing_is_left_alone() {
        for line in [
            "    description: C# and F#",
            "    description: \"a # b\"",
            "    description: 'a # b'",
            "    description: | # a block's header comment",
            "    description: # nothing",
            "    description: !!str a tagged text",
            "    description: *alias",
            "    description: plain text",
            "    name: Foo # a comment after a name",
            "    action: retry # after an action",
            "    descriptions: a # b",
            "    description:a # b",
            "# description: a # b",
        ] {
            assert_eq!(loss(line), None, "{line}");
        }
        // An anchor some alias uses was meant.
        let text = "    note: &n a\n    title: *n\n";
        assert_eq!(Loss::of_line("    note: &n a", text), None);
    }

    #[test]
    fn quoting_escapes_and_shortens() {
        assert_eq!(quoted("a \"b\" \\ # c"), "\"a \\\"b\\\" \\\\ # c\"");
        let long = "x".repeat(100);
        let q = quoted(&long);
        assert!(q.starts_with(&format!("\"{}", "x".repeat(30))), "{q}");
        assert!(q.contains(" … ") && q.chars().count() == 65, "{q}");
    }
}
