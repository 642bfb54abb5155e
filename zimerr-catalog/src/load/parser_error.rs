//! What the load stage learns from the YAML parser's errors: the position (moved where a
//! person looks for the mistake), and a hint for each mistake people make, read from the
//! catalog's own text at that position.

use crate::diag::{Diagnostic, Pos};

pub(super) fn yaml_error(e: &serde_yaml::Error, text: &str) -> Diagnostic {
    let location = e.location();
    let pos = location
        .as_ref()
        .map_or(Pos::START, |l| from_libyaml(text, l.line(), l.column()));
    // serde_yaml states the error's position in the message (" at line L column C"), which
    // the rendered location already says: drop it. Keep any other position: libyaml's
    // context follows the problem's ("found unexpected end of stream at line 14 column 1,
    // while scanning a quoted scalar at line 12 column 18"), and says where to look.
    let full = e.to_string();
    let message = match location {
        Some(l) => {
            let stated = format!(" at line {} column {}", l.line(), l.column());
            match full.strip_suffix(&stated) {
                Some(message) => message.to_owned(),
                None => full.replacen(&stated, "", 1),
            }
        }
        None => full,
    };
    Diagnostic::at(pos, message)
}

/// libyaml's `line:column` of `text` as the rest of the engine counts them. libyaml also
/// breaks lines at NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR (YAML 1.1), which
/// `str::lines` keeps inside a line: walk the text by libyaml's rule to the byte it means,
/// then count that byte's place the engine's way.
fn from_libyaml(text: &str, line: usize, column: usize) -> Pos {
    let (mut at_line, mut at_col) = (1, 1);
    for (offset, c) in text.char_indices() {
        if at_line >= line && at_col >= column {
            return Pos::of_offset(text, offset);
        }
        if matches!(c, '\n' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            if at_line == line {
                // The column is past the end of its line: the line's end.
                return Pos::of_offset(text, offset);
            }
            at_line += 1;
            at_col = 1;
        } else if c != '\r' {
            at_col += 1;
        }
    }
    Pos::of_offset(text, text.len())
}

/// Whether the failure path may set the entry aside and parse on: not for limits, which
/// the rest of the text would only hit again.
pub(super) fn recoverable(d: &Diagnostic) -> bool {
    ![
        "anchors and aliases",
        "repetition limit",
        "recursion limit",
        "nest deeper",
    ]
    .iter()
    .any(|m| d.message.contains(m))
}

/// The line of libyaml's context ("while scanning a quoted scalar at line 12 column 18").
pub(super) fn context_line(message: &str) -> Option<usize> {
    let rest = message.rsplit(" at line ").next()?;
    if rest.len() == message.len() {
        return None;
    }
    rest.split(' ').next()?.parse().ok()
}

/// Adds the hint for `d`'s mistake, read from `text` at `d`'s position, unless it has one.
pub fn add_hint(text: &str, d: &mut Diagnostic) {
    if d.help.is_some() {
        return;
    }
    let Some(pos) = d.pos else { return };
    let line = text.lines().nth(pos.line - 1).unwrap_or_default();
    let line = line.strip_suffix('\r').unwrap_or(line);
    let at: String = line.chars().skip(pos.col - 1).collect();
    d.help = hint(&d.message, line, &at);
}

/// The value written after the first `key: ` of a line (or after `- `).
fn value_of(line: &str) -> &str {
    let t = line.trim_start().trim_start_matches("- ");
    t.find(": ").map_or("", |i| t[i + 2..].trim_start())
}

/// The string serde quotes in "invalid type: string \"…\"".
fn quoted_string(message: &str) -> Option<String> {
    let start = message.find("string \"")? + "string ".len();
    let end = message[start..].find(", expected")? + start;
    serde_yaml::from_str::<String>(&message[start..end]).ok()
}

fn hint(message: &str, line: &str, at: &str) -> Option<String> {
    let first = at.chars().next();
    let indent_tab = line.trim_start_matches(' ').starts_with('\t');
    if message.contains("tab character")
        || (message.contains("cannot start any token") && (first == Some('\t') || indent_tab))
    {
        return Some("YAML does not allow tabs in indentation; indent with spaces".to_owned());
    }
    if message.contains("cannot start any token") {
        if let Some(c) = first.filter(|c| matches!(c, '@' | '`' | '%')) {
            return Some(format!(
                "a plain value cannot start with `{c}` in YAML; put the whole text in quotes"
            ));
        }
    }
    if message.starts_with("unknown anchor") {
        let name: String = at
            .trim_start_matches('*')
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != ',')
            .collect();
        return Some(format!(
            "YAML reads `*{name}` as an alias of an anchor `&{name}`, which is not defined; to write text starting with `*`, put the whole text in quotes"
        ));
    }
    if message.contains("mapping values are not allowed") {
        return Some(if value_of(line).contains(": ") {
            "the text contains `: `, which YAML reads as a new key; put the whole value in quotes"
                .to_owned()
        } else {
            "check the indentation: an entry's keys all start in the same column".to_owned()
        });
    }
    if message.contains("repetition limit") || message.contains("recursion limit") {
        return Some("the catalog expands too far (an alias bomb or deep nesting); write entries out plainly".to_owned());
    }
    if message.contains("while scanning an anchor")
        || message.contains("while scanning an alias")
        || message.contains("while scanning a tag")
    {
        let (c, what) = match () {
            () if message.contains("anchor") => ('&', "an anchor"),
            () if message.contains("alias") => ('*', "an alias"),
            () => ('!', "a tag"),
        };
        return Some(format!(
            "YAML reads `{c}` at the start of a value as {what}, not text; put the whole text in quotes"
        ));
    }
    if message.contains("did not find expected") || message.contains("while parsing a") {
        let value = value_of(line);
        if let Some(c) = value.chars().next().filter(|c| matches!(c, '[' | '{')) {
            return Some(collection_hint(c));
        }
        return Some(
            "check the indentation and the quotes: an entry's keys all start in the same column, and a quoted text ends with its opening quote".to_owned(),
        );
    }
    if message.contains("expected u32") {
        return Some(number_hint(message, at));
    }
    if message.contains("expected a boolean") {
        return Some(boolean_hint(message, at));
    }
    if message.contains("expected a string") {
        if let Some(c) = first.filter(|c| matches!(c, '[' | '{')) {
            return Some(collection_hint(c));
        }
        return Some("write the text on the key's line, in quotes if it holds `: `, ` #` or starts with `[`, `{`, `*`, `&` or `!`".to_owned());
    }
    if message.contains("is missing or null") {
        let value = value_of(line);
        if value.starts_with('#') || line.contains(":#") {
            return Some("` #` starts a comment in YAML, so the value is empty; put the whole text in quotes".to_owned());
        }
        if let Some(c) = value.chars().next().filter(|c| matches!(c, '&' | '!')) {
            let what = if c == '&' { "an anchor" } else { "a tag" };
            return Some(format!(
                "YAML reads `{c}…` at the start of a value as {what}, not text; put the whole text in quotes"
            ));
        }
    }
    if message.contains("duplicate field") {
        return Some("write each key once; remove or rename this one".to_owned());
    }
    None
}

fn collection_hint(c: char) -> String {
    let what = if c == '[' { "a list" } else { "a map" };
    format!(
        "YAML reads a value starting with `{c}` as {what}; to write text that starts with `{c}`, put the whole text in quotes"
    )
}

fn number_hint(message: &str, at: &str) -> String {
    const RANGE: &str = "codes and range bounds are integers from 0 to 4294967295";
    if let Some(s) = quoted_string(message) {
        let digits: String = s.chars().filter(|c| *c != '_').collect();
        let number = digits
            .parse::<u32>()
            .ok()
            .filter(|_| digits.chars().all(|c| c.is_ascii_digit()));
        return match number {
            Some(n) if at.starts_with(['"', '\'']) => format!("remove the quotes: write `{n}`"),
            Some(n) if s.contains('_') => format!("write the number without `_`: `{n}`"),
            Some(n) if s.starts_with('0') => format!(
                "YAML reads `{s}` as text because of its leading zero (YAML 1.1 reads it as an octal number); write `{n}`"
            ),
            _ => RANGE.to_owned(),
        };
    }
    if let Some(value) = message
        .split("floating point `")
        .nth(1)
        .and_then(|r| r.split('`').next())
        .and_then(|v| v.parse::<f64>().ok())
    {
        if value.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&value) {
            return format!("write a whole number: `{value:.0}`");
        }
    }
    RANGE.to_owned()
}

fn boolean_hint(message: &str, at: &str) -> String {
    let Some(s) = quoted_string(message) else {
        return "write `true` or `false`".to_owned();
    };
    let lower = s.to_ascii_lowercase();
    if at.starts_with(['"', '\'']) && (lower == "true" || lower == "false") {
        return format!("remove the quotes: write `{lower}`");
    }
    let meant = match lower.as_str() {
        "yes" | "y" | "on" | "true" => "true",
        "no" | "n" | "off" | "false" => "false",
        _ => return "write `true` or `false`".to_owned(),
    };
    format!("YAML 1.2 reads `{s}` as text, not a boolean; write `{meant}`")
}

/// libyaml reports an error at the end of the text one line past the last; point at the
/// end of the last line instead, so the line can be shown.
pub(super) fn clamp_to_text(text: &str, pos: Pos) -> Pos {
    let lines: Vec<&str> = text.lines().collect();
    match lines.last() {
        Some(last) if pos.line > lines.len() => Pos::new(lines.len(), last.chars().count() + 1),
        _ => pos,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// libyaml breaks lines at U+2028 too; positions are converted so the shown line and
    /// caret are the ones libyaml meant (a proptest found a column past its line's end).
    #[test]
    fn libyaml_positions_count_lines_as_the_engine_does() {
        let text = "a\n\u{2028}\nb: c: d\n";
        // libyaml: line 1 "a", line 2 "", line 3 "" (after U+2028), line 4 "b: c: d".
        assert_eq!(from_libyaml(text, 4, 5), Pos::new(3, 5));
        assert_eq!(from_libyaml("ab\ncd\n", 2, 2), Pos::new(2, 2));
        // A column past its line's end is the line's end; a line past the text its end.
        assert_eq!(from_libyaml("ab\ncd\n", 1, 9), Pos::new(1, 3));
        assert_eq!(from_libyaml("ab\r\ncd", 2, 1), Pos::new(2, 1));
        assert_eq!(from_libyaml("ab", 5, 1), Pos::new(1, 3));
    }

    fn help(message: &str, line: &str, col: usize) -> String {
        let mut d = Diagnostic::at(Pos::new(1, col), message);
        add_hint(line, &mut d);
        d.help.unwrap_or_default()
    }

    #[test]
    fn hints_read_the_text_at_the_spot() {
        assert!(
            help(
                "found character that cannot start any token",
                "\tname: X",
                1
            )
            .contains("tabs")
        );
        assert!(help("unknown anchor", "    solution: *new_token", 15).contains("`*new_token`"));
        assert!(
            help(
                "mapping values are not allowed in this context",
                "    description: Error: bad",
                27
            )
            .contains("`: `")
        );
        assert!(
            help(
                "did not find expected key, while parsing a block mapping at line 1 column 1",
                "    solution: [renewToken] with a token",
                30
            )
            .contains("starting with `[`")
        );
        assert!(
            help(
                "codes[0].code: invalid type: string \"01002033\", expected u32",
                "  - code: 01002033",
                11
            )
            .contains("write `1002033`")
        );
        assert!(
            help(
                "codes[0].code: invalid type: string \"6000106\", expected u32",
                "  - code: \"6000106\"",
                11
            )
            .contains("remove the quotes")
        );
        assert!(
            help(
                "codes[0].retryable: invalid type: string \"yes\", expected a boolean",
                "    retryable: yes",
                16
            )
            .contains("write `true`")
        );
        assert!(
            help(
                "`description` is missing or null; it is required",
                "    description: # x",
                18
            )
            .contains("comment")
        );
        assert_eq!(
            context_line(
                "found x at line 14 column 1, while scanning a quoted scalar at line 12 column 18"
            ),
            Some(12)
        );
        assert_eq!(context_line("unknown anchor"), None);
    }
}
