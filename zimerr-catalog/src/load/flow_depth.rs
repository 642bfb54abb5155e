//! A lexical pre-scan that refuses deeply nested flow collections before the YAML
//! parser sees them (part of the load stage).

use crate::diag::{Diagnostic, Pos};

/// How deep flow collections (`[…]`, `{…}`) may nest. The schema needs three levels;
/// libyaml's time grows with the square of the depth (a 200 KB `[[[[…` takes minutes in
/// the debug build proc macros are compiled in), so the text is checked before it parses.
pub const MAX_FLOW_DEPTH: usize = 64;

/// Finds flow nesting deeper than [`MAX_FLOW_DEPTH`] with a lexical scan: quoted scalars
/// and comments are skipped; a bracket counts at the start of a value, and anywhere inside
/// a flow collection, where YAML reads it as a bracket too.
pub fn check_flow_depth(text: &str) -> Result<(), Diagnostic> {
    // Nesting deeper than the limit takes more openers than the limit. Catalogs have a few
    // dozen, and counting them (memchr, optimized even in the unoptimized build proc
    // macros run in) costs a hundredth of the scan below.
    if text.matches('[').count() + text.matches('{').count() <= MAX_FLOW_DEPTH {
        return Ok(());
    }
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    // The last non-blank character before this one on the line; `None` at a line start.
    let mut previous: Option<char> = None;
    let mut after_blank = true;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if let Some(q) = quote {
            match c {
                '\\' if q == '"' => {
                    chars.next();
                }
                '\'' if q == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                    chars.next();
                }
                _ if c == q => quote = None,
                _ => {}
            }
            continue;
        }
        let value_start = matches!(previous, None | Some(':' | '-' | '[' | '{' | ',' | '?'));
        match c {
            '\n' => {
                previous = None;
                after_blank = true;
                continue;
            }
            '#' if after_blank => {
                while chars.peek().is_some_and(|&(_, n)| n != '\n') {
                    chars.next();
                }
                continue;
            }
            '"' | '\'' if value_start => quote = Some(c),
            '[' | '{' if depth > 0 || value_start => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Err(Diagnostic::at(
                        Pos::of_offset(text, at),
                        format!("flow collections (`[…]`, `{{…}}`) nest deeper than {MAX_FLOW_DEPTH} levels"),
                    )
                    .with_help("a catalog needs at most three levels; write entries in block style"));
                }
            }
            ']' | '}' if depth > 0 => depth -= 1,
            _ => {}
        }
        after_blank = c.is_whitespace();
        if !after_blank {
            // A bracket inside plain text is text: it must not make the next one a value start.
            let text_bracket = matches!(c, '[' | '{') && depth == 0;
            previous = Some(if text_bracket { 'a' } else { c });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_flow_nesting_is_refused_before_parsing() {
        let deep = format!("categories: {}\n", "[".repeat(100_000));
        let d = check_flow_depth(&deep).unwrap_err();
        assert!(
            d.message.contains("nest deeper than 64 levels"),
            "{}",
            d.message
        );
        assert_eq!(d.pos, Some(Pos::new(1, 13 + 64)));
        // Brackets in quotes, comments and mid-text do not count.
        let text = format!(
            "# {}\ncategories: []\ncodes:\n  - description: \"{}\"\n    solution: see {}\n",
            "[".repeat(100),
            "[".repeat(100),
            "[".repeat(100)
        );
        assert!(check_flow_depth(&text).is_ok());
    }
}
