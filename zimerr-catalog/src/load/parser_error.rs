//! What the load stage learns from the YAML parser's errors: the position (moved where a
//! person looks for the mistake) and a hint for the mistakes people make most.

use crate::diag::{Diagnostic, Pos};

pub(super) fn yaml_error(e: &serde_yaml::Error) -> Diagnostic {
    let location = e.location();
    let pos = location
        .as_ref()
        .map_or(Pos::START, |l| Pos::new(l.line(), l.column()));
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
    let help = help_for(&message);
    let diagnostic = Diagnostic::at(pos, message);
    match help {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    }
}

/// A hint for the YAML and type errors people hit most.
fn help_for(message: &str) -> Option<String> {
    if message.contains("repetition limit") || message.contains("recursion limit") {
        return Some("the catalog expands too far (an alias bomb or deep nesting); write entries out plainly".to_owned());
    }
    if message.contains("expected u32") {
        return Some("codes and range bounds are integers from 0 to 4294967295".to_owned());
    }
    if message.contains("mapping values are not allowed") {
        return Some("check the indentation, and quote values that contain `: `".to_owned());
    }
    // serde: "unknown field `retriable`, expected one of `code`, `name`, ..."
    let rest = message.split("unknown field `").nth(1)?;
    let (found, expected) = rest.split_once('`')?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    crate::suggest::closest(found, &candidates).map(|best| format!("did you mean `{best}`?"))
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

/// serde reports a duplicate key at the start of its map; move the position to the second
/// occurrence of the key among that map's own keys (same column, until the map ends).
pub(super) fn locate_duplicate_key(text: &str, diagnostic: &mut Diagnostic) {
    let (Some(pos), Some(rest)) = (
        diagnostic.pos,
        diagnostic.message.split("duplicate field `").nth(1),
    ) else {
        return;
    };
    let Some(key) = rest.split('`').next() else {
        return;
    };
    let mut seen = 0;
    for (index, line) in text.lines().enumerate().skip(pos.line - 1) {
        let chars: Vec<char> = line.chars().collect();
        let column = pos.col - 1;
        let indent = chars
            .iter()
            .take_while(|c| **c == ' ' || **c == '-')
            .count();
        if index + 1 > pos.line && !line.trim().is_empty() && indent < column {
            return;
        }
        let at_column: String = chars.iter().skip(column).collect();
        if at_column
            .strip_prefix(key)
            .is_some_and(|r| r.trim_start().starts_with(':'))
        {
            seen += 1;
            if seen == 2 {
                diagnostic.pos = Some(Pos::new(index + 1, column + 1));
                return;
            }
        }
    }
}
