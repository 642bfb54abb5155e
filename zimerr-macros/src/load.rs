//! Stage 2: read the catalog text and parse it into the raw model, keeping where each
//! entry and field stands so later stages can point at them.

use std::path::PathBuf;

use crate::args::CatalogSource;
use crate::diag::{Diagnostic, Pos};
use crate::locate::Locations;
use crate::model::RawCatalog;

/// The ZIM catalog, embedded when this crate is built (`errors.yaml` in the crate is a
/// link to the workspace catalog; `cargo package` stores its contents).
const BUNDLED: &str = include_str!("../errors.yaml");

/// How the bundled catalog is named in diagnostics.
pub(crate) const BUNDLED_NAME: &str = "errors.yaml (bundled with zimerr-macros)";

/// A catalog's text and how to name it.
#[derive(Debug)]
pub(crate) struct SourceText {
    /// The path as the user wrote it: diagnostics stay the same on every machine.
    pub(crate) display_path: String,
    pub(crate) text: String,
    /// The resolved file, for rebuild tracking; `None` for the bundled catalog.
    pub(crate) absolute_path: Option<String>,
}

impl SourceText {
    pub(crate) fn bundled() -> Self {
        SourceText {
            display_path: BUNDLED_NAME.to_owned(),
            text: BUNDLED.to_owned(),
            absolute_path: None,
        }
    }

    pub(crate) fn render(&self, diagnostic: &Diagnostic) -> String {
        diagnostic.render(&self.display_path, Some(&self.text))
    }
}

/// A problem found before the text could be read; rendered without a source line.
#[derive(Debug)]
pub(crate) struct ReadError {
    pub(crate) display_path: String,
    pub(crate) diagnostic: Diagnostic,
    /// The text read so far, when the file was read but is not UTF-8.
    pub(crate) lossy_text: Option<String>,
}

impl ReadError {
    pub(crate) fn render(&self) -> String {
        self.diagnostic
            .render(&self.display_path, self.lossy_text.as_deref())
    }
}

/// Reads the catalog, resolving a relative path against the invoking crate's
/// `CARGO_MANIFEST_DIR`: the working directory differs between cargo, rust-analyzer and
/// workspace builds, the manifest directory does not.
pub(crate) fn read(source: &CatalogSource) -> Result<SourceText, ReadError> {
    let CatalogSource::File(lit) = source else {
        return Ok(SourceText::bundled());
    };
    let written = lit.value();
    let fail = |diagnostic: Diagnostic| ReadError {
        display_path: written.clone(),
        diagnostic,
        lossy_text: None,
    };
    let mut path = PathBuf::from(&written);
    if path.is_relative() {
        let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
            return Err(fail(
                Diagnostic::whole_file(format!(
                    "cannot resolve catalog `{written}`: `CARGO_MANIFEST_DIR` is not set"
                ))
                .with_help("build with cargo, or give an absolute path"),
            ));
        };
        path = PathBuf::from(dir).join(path);
    }
    let bytes = std::fs::read(&path).map_err(|e| {
        fail(
            Diagnostic::whole_file(format!("cannot read catalog `{written}`: {e}")).with_help(
                "the path is relative to the directory of the invoking crate's Cargo.toml",
            ),
        )
    })?;
    let text = decode(bytes).map_err(|(lossy, diagnostic)| ReadError {
        display_path: written.clone(),
        diagnostic,
        lossy_text: Some(lossy),
    })?;
    let absolute = std::fs::canonicalize(&path).unwrap_or(path);
    let display_path = relative_to_working_dir(&absolute).unwrap_or(written.clone());
    let Some(absolute) = absolute.to_str().map(str::to_owned) else {
        return Err(fail(Diagnostic::whole_file(format!(
            "the path of catalog `{written}` is not valid UTF-8"
        ))));
    };
    Ok(SourceText {
        display_path,
        text,
        absolute_path: Some(absolute),
    })
}

/// The catalog's path as rustc prints its own: relative to the directory cargo runs
/// rustc in (the workspace root), so editors can open `member/errors.yaml:3:5` on click.
fn relative_to_working_dir(absolute: &std::path::Path) -> Option<String> {
    let cwd = std::fs::canonicalize(std::env::current_dir().ok()?).ok()?;
    let relative = absolute.strip_prefix(cwd).ok()?;
    let parts: Option<Vec<&str>> = relative
        .components()
        .map(|c| c.as_os_str().to_str())
        .collect();
    Some(parts?.join("/"))
}

/// UTF-8 text with a leading byte-order mark removed and lone carriage returns (old Mac
/// line ends, which YAML counts as line breaks) turned into `\n`, so every later stage
/// counts lines as `serde_yaml` does; otherwise where the first invalid byte is.
pub(crate) fn decode(bytes: Vec<u8>) -> Result<String, (String, Diagnostic)> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            if text.contains('\r') {
                // Same length: byte offsets and columns do not move.
                let mut chars = text.chars().peekable();
                let mut normalized = String::with_capacity(text.len());
                while let Some(c) = chars.next() {
                    let lone_cr = c == '\r' && chars.peek() != Some(&'\n');
                    normalized.push(if lone_cr { '\n' } else { c });
                }
                text = normalized;
            }
            Ok(text)
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let lossy = String::from_utf8_lossy(&bytes).into_owned();
            let pos = Pos::of_offset(&String::from_utf8_lossy(&bytes[..valid]), valid);
            let diagnostic = Diagnostic::at(
                pos,
                format!(
                    "catalog is not valid UTF-8: invalid byte 0x{:02X}",
                    bytes[valid]
                ),
            )
            .with_help("save the file as UTF-8");
            Err((lossy, diagnostic))
        }
    }
}

/// Parses the text into the raw model and locates its entries.
pub(crate) fn parse(text: &str) -> Result<(RawCatalog, Locations), Diagnostic> {
    let blank = text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#')
    });
    if blank {
        return Err(Diagnostic::at(
            Pos::START,
            "catalog is empty: expected the keys `categories` and `codes`",
        ));
    }
    check_flow_depth(text)?;
    let parsed = budget::within(text.len(), || serde_yaml::from_str::<RawCatalog>(text));
    match parsed {
        Ok(raw) => {
            let locations = Locations::scan(text, raw.categories.len(), raw.codes.len());
            Ok((raw, locations))
        }
        Err(e) => {
            let mut diagnostic = yaml_error(&e);
            if let Some(pos) = diagnostic.pos {
                diagnostic.pos = Some(clamp_to_text(text, pos));
            }
            locate_duplicate_key(text, &mut diagnostic);
            Err(diagnostic)
        }
    }
}

/// How deep flow collections (`[…]`, `{…}`) may nest. The schema needs three levels;
/// libyaml's time grows with the square of the depth (a 200 KB `[[[[…` takes minutes in
/// the debug build proc macros are compiled in), so the text is checked before it parses.
const MAX_FLOW_DEPTH: usize = 64;

/// Finds flow nesting deeper than [`MAX_FLOW_DEPTH`] with a lexical scan: quoted scalars
/// and comments are skipped; a bracket counts at the start of a value, and anywhere inside
/// a flow collection, where YAML reads it as a bracket too.
fn check_flow_depth(text: &str) -> Result<(), Diagnostic> {
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

/// libyaml reports an error at the end of the text one line past the last; point at the
/// end of the last line instead, so the line can be shown.
fn clamp_to_text(text: &str, pos: Pos) -> Pos {
    let lines: Vec<&str> = text.lines().collect();
    match lines.last() {
        Some(last) if pos.line > lines.len() => Pos::new(lines.len(), last.chars().count() + 1),
        _ => pos,
    }
}

/// serde reports a duplicate key at the start of its map; move the position to the second
/// occurrence of the key among that map's own keys (same column, until the map ends).
fn locate_duplicate_key(text: &str, diagnostic: &mut Diagnostic) {
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

/// Bounds what deserialization may build to what the text itself could spell out.
///
/// YAML aliases replay their anchor's node, so a small file can expand into gigabytes
/// (an alias bomb). `serde_yaml` caps the number of alias jumps, not what each jump
/// builds: a thousand aliases of a 1 MB string still make a gigabyte. Without aliases
/// every string byte and list element needs at least one byte of text, so charging them
/// against the text's length never fails a plain catalog and stops a bomb at the alias
/// that overflows it, with that alias's position.
pub(crate) mod budget {
    use std::cell::Cell;

    use serde::{Deserialize, Deserializer};

    thread_local! {
        static LEFT: Cell<Option<usize>> = const { Cell::new(None) };
    }

    /// Runs `parse` with `limit` units to spend; outside it nothing is charged.
    pub(crate) fn within<T>(limit: usize, parse: impl FnOnce() -> T) -> T {
        let previous = LEFT.replace(Some(limit));
        let result = parse();
        LEFT.set(previous);
        result
    }

    fn charge<E: serde::de::Error>(units: usize) -> Result<(), E> {
        match LEFT.get() {
            None => Ok(()),
            Some(left) if units.max(1) <= left => {
                LEFT.set(Some(left - units.max(1)));
                Ok(())
            }
            Some(_) => Err(E::custom(
                "the catalog expands to more than its text holds: anchors and aliases (`&name`, `*name`) are not supported",
            )),
        }
    }

    pub(crate) fn optional_string<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<String>, D::Error> {
        let s = Option::<String>::deserialize(d)?;
        charge::<D::Error>(s.as_ref().map_or(0, String::len))?;
        Ok(s)
    }

    pub(crate) fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
        d: D,
    ) -> Result<Vec<T>, D::Error> {
        let v = Vec::<T>::deserialize(d)?;
        charge::<D::Error>(v.len())?;
        Ok(v)
    }

    #[cfg(test)]
    mod tests {
        use std::fmt::Write as _;

        use crate::load::parse;

        #[test]
        fn a_string_bomb_stops_at_the_overflowing_alias() {
            let big = "x".repeat(2000);
            let mut text = format!("categories:\n  - {{ key: a, name: A, title: &t \"{big}\" }}\n");
            for i in 0..5 {
                let _ = writeln!(text, "  - {{ key: k{i}, name: N{i}, title: *t }}");
            }
            text.push_str("codes: []\n");
            let d = parse(&text).unwrap_err();
            assert!(d.message.contains("anchors and aliases"), "{}", d.message);
            assert_eq!(d.pos.map(|p| p.line), Some(3), "{d:?}");
        }

        #[test]
        fn a_quadratic_list_bomb_is_stopped() {
            let ranges: Vec<String> = (0..200)
                .map(|i| format!("{{first: {i}, last: {i}}}"))
                .collect();
            let mut text = format!(
                "categories:\n  - &c {{ key: a, name: A, title: t, ranges: [{}] }}\n",
                ranges.join(", ")
            );
            text.push_str(&"  - *c\n".repeat(2000));
            text.push_str("codes: []\n");
            let d = parse(&text).unwrap_err();
            assert!(d.message.contains("anchors and aliases"), "{}", d.message);
        }

        #[test]
        fn the_bundled_catalog_is_well_within_budget() {
            assert!(parse(crate::load::BUNDLED).is_ok());
        }
    }
}

fn yaml_error(e: &serde_yaml::Error) -> Diagnostic {
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
    crate::diag::closest(found, &candidates).map(|best| format!("did you mean `{best}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_catalog_parses() {
        let (raw, locations) = parse(BUNDLED).expect("bundled catalog parses");
        assert!(!raw.codes.is_empty());
        assert_eq!(locations.codes.items.len(), raw.codes.len());
    }

    #[test]
    fn bom_is_stripped_and_invalid_utf8_located() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFcodes: []".to_vec()).unwrap(),
            "codes: []"
        );
        let (_, d) = decode(b"a: 1\nb: \xFF\n".to_vec()).unwrap_err();
        assert_eq!(d.pos, Some(Pos::new(2, 4)));
        assert_eq!(d.message, "catalog is not valid UTF-8: invalid byte 0xFF");
    }

    #[test]
    fn yaml_errors_carry_their_position_once() {
        let d = parse("categories: []\ncodes:\n  - code: nope\n").unwrap_err();
        assert_eq!(d.pos, Some(Pos::new(3, 11)));
        assert!(!d.message.contains(" at line "), "{}", d.message);
        assert!(d.message.contains("expected u32"), "{}", d.message);
    }

    #[test]
    fn deep_flow_nesting_is_refused_before_parsing() {
        let deep = format!("categories: {}\n", "[".repeat(100_000));
        let d = parse(&deep).unwrap_err();
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

    #[test]
    fn duplicate_keys_point_at_the_second_key() {
        let text = "categories: []\ncodes:\n  - code: 1\n    name: A\n    zh:\n      description: x\n    name: B\n";
        let d = parse(text).unwrap_err();
        assert!(
            d.message.contains("duplicate field `name`"),
            "{}",
            d.message
        );
        assert_eq!(d.pos, Some(Pos::new(7, 5)));
    }

    #[test]
    fn lone_carriage_returns_become_line_feeds() {
        assert_eq!(decode(b"a\rb\r\nc\r".to_vec()).unwrap(), "a\nb\r\nc\n");
        assert_eq!(decode(b"\xEF\xBB\xBFa\r".to_vec()).unwrap(), "a\n");
    }

    #[test]
    fn libyaml_context_positions_are_kept() {
        let d = parse("categories: []\ncodes:\n  - description: \"open\n").unwrap_err();
        // libyaml says 4:1, past the last line; it is moved to the end of the last line.
        assert_eq!(d.pos, Some(Pos::new(3, 23)));
        assert_eq!(
            d.message,
            "found unexpected end of stream, while scanning a quoted scalar at line 3 column 18"
        );
    }

    #[test]
    fn empty_catalog_is_an_error() {
        assert!(
            parse("  \n# only a comment\n")
                .is_err_and(|d| d.message.starts_with("catalog is empty"))
        );
    }
}
