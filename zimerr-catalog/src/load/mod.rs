//! Stage 2: read the catalog text and parse it into the raw model, each entry carrying
//! where it and its fields stand so later stages can point at them.
//!
//! One module per concern: [`read`] (files, encodings), [`flow_depth`] (a pre-scan the
//! parser needs), [`budget`] (what aliases may expand to), `locate` (positions), and
//! `parser_error` (what is learned from the parser's errors and hints for them).
//!
//! A catalog the typed parse accepts takes the fast path only. When it fails, the failure
//! path (`recover`, over `node` and `outline`) reads the text again to report every
//! mistake at once and to learn what it can for the macro's stand-in items.

pub mod budget;
pub mod flow_depth;
mod locate;
mod lost_text;
mod node;
pub(crate) mod outline;
mod parser_error;
pub mod read;
mod recover;

pub use parser_error::add_hint;

use crate::diag::{Diagnostic, Error, Pos};
use crate::model::raw::RawCatalog;

/// The ZIM client SDK catalog, embedded when this crate is built (`errors.yaml` in the
/// crate is a link to the workspace catalog; `cargo package` stores its contents).
const BUNDLED: &str = include_str!("../../errors.yaml");

/// How the bundled catalog is named in diagnostics.
pub const BUNDLED_NAME: &str = "errors.yaml (bundled with zimerr)";

/// The ZIM server API's return codes, embedded the same way.
const BUNDLED_SERVER: &str = include_str!("../../zim-server.yaml");

/// How the bundled server catalog is named in diagnostics.
pub const BUNDLED_SERVER_NAME: &str = "zim-server.yaml (bundled with zimerr)";

/// A catalog's text and how to name it: what [`check`](crate::check) reads.
///
/// ```
/// use zimerr_catalog::SourceText;
///
/// let bundled = SourceText::bundled();
/// assert!(bundled.display_path().starts_with("errors.yaml"));
///
/// let mine = SourceText::from_text("billing.yaml", "codes: []\n");
/// assert_eq!(mine.display_path(), "billing.yaml");
/// assert_eq!(mine.text(), "codes: []\n");
///
/// // Bytes as read from a file: a BOM is dropped, and text that is not UTF-8 is an
/// // error located at the first bad byte.
/// let read = SourceText::from_bytes("b.yaml", b"\xEF\xBB\xBFcodes: []\n".to_vec())?;
/// assert_eq!(read.text(), "codes: []\n");
/// let bad = SourceText::from_bytes("b.yaml", b"codes: \xFF\n".to_vec()).unwrap_err();
/// assert!(bad.to_string().starts_with("catalog is not valid UTF-8"));
/// # Ok::<(), zimerr_catalog::Error>(())
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct SourceText {
    /// The path as the user wrote it: diagnostics stay the same on every machine.
    pub(crate) display_path: String,
    /// The catalog, as later stages count lines and columns in it.
    pub(crate) text: String,
    /// The resolved file, for rebuild tracking; `None` for a bundled catalog.
    pub(crate) absolute_path: Option<String>,
}

impl SourceText {
    /// The bundled ZIM client SDK catalog (`errors.yaml`).
    pub fn bundled() -> Self {
        SourceText {
            display_path: BUNDLED_NAME.to_owned(),
            text: BUNDLED.to_owned(),
            absolute_path: None,
        }
    }

    /// The bundled ZIM server API catalog (`zim-server.yaml`).
    pub fn bundled_server() -> Self {
        SourceText {
            display_path: BUNDLED_SERVER_NAME.to_owned(),
            text: BUNDLED_SERVER.to_owned(),
            absolute_path: None,
        }
    }

    /// A catalog given as text; `display_path` is how diagnostics name it (and, when the
    /// catalog has no `prefix`, where its prefix comes from).
    pub fn from_text(display_path: impl Into<String>, text: impl Into<String>) -> Self {
        SourceText {
            display_path: display_path.into(),
            text: text.into(),
            absolute_path: None,
        }
    }

    /// A catalog given as the bytes of a file, read as the macro reads one: UTF-8, a
    /// leading byte-order mark dropped, lone carriage returns taken as line ends; bytes
    /// that are not UTF-8 are an error located at the first of them.
    pub fn from_bytes(display_path: impl Into<String>, bytes: Vec<u8>) -> Result<Self, Error> {
        let display_path = display_path.into();
        match read::decode(bytes) {
            Ok(text) => Ok(SourceText::from_text(display_path, text)),
            Err((lossy, diagnostic)) => Err(Error::new(vec![
                diagnostic.located(&display_path, Some(&lossy)),
            ])),
        }
    }

    /// How diagnostics name the catalog: the path as the user wrote it, or a bundled
    /// catalog's name.
    pub fn display_path(&self) -> &str {
        &self.display_path
    }

    /// The catalog's text, as diagnostics count lines and columns in it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The same text, read from the file at `absolute_path`: the expansion then makes
    /// cargo rebuild the invoking crate when that file changes (through
    /// `include_str!`), as `zim_errors!` does for a catalog file, and a `code_macro` can
    /// read it at each call.
    #[must_use]
    pub fn with_absolute_path(mut self, absolute_path: impl Into<String>) -> Self {
        self.absolute_path = Some(absolute_path.into());
        self
    }

    /// `diagnostic` placed in this catalog: its path, and the line it is on.
    #[doc(hidden)]
    pub fn locate(&self, diagnostic: Diagnostic) -> Diagnostic {
        diagnostic.located(&self.display_path, Some(&self.text))
    }

    /// `diagnostic` with this catalog's path, line and caret.
    #[doc(hidden)]
    pub fn render(&self, diagnostic: &Diagnostic) -> String {
        diagnostic.render(&self.display_path, Some(&self.text))
    }
}

/// A problem found before the text could be read; rendered without a source line.
#[doc(hidden)]
#[derive(Debug)]
pub struct ReadError {
    /// The path as the user wrote it.
    pub display_path: String,
    /// What went wrong (boxed: the `Err` of every file read).
    pub diagnostic: Box<Diagnostic>,
    /// The text read so far, when the file was read but is not UTF-8.
    pub lossy_text: Option<String>,
}

impl ReadError {
    /// The problem as `compile_error!` or the CLI shows it.
    pub fn render(&self) -> String {
        self.diagnostic
            .render(&self.display_path, self.lossy_text.as_deref())
    }

    /// The problem, located, as the one [`Error`].
    pub fn into_error(self) -> Error {
        Error::new(vec![
            self.diagnostic
                .located(&self.display_path, self.lossy_text.as_deref()),
        ])
    }
}

/// What the load stage made of a text: the raw model, and every problem found reading it.
#[derive(Debug)]
pub struct Loaded {
    /// Every entry that could be read or learned, located. On problems, fields that
    /// could not be read are marked `broken` (already reported), and entries of a text
    /// that does not parse are learned from its lines (`from_lines`).
    pub raw: RawCatalog,
    /// The problems, in the order found: syntax, then structure and types, by entry.
    pub problems: Vec<Diagnostic>,
}

/// Parses the text into the raw model, every entry located; on failure, every problem
/// it can find and what could still be learned.
pub fn load(text: &str) -> Loaded {
    let blank = text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#')
    });
    if blank {
        return Loaded {
            raw: RawCatalog {
                from_lines: true,
                ..RawCatalog::default()
            },
            problems: vec![Diagnostic::at(
                Pos::START,
                "catalog is empty: expected the keys `categories` and `codes`",
            )],
        };
    }
    if let Err(d) = flow_depth::check_flow_depth(text) {
        return Loaded {
            raw: recover::from_lines(text),
            problems: vec![d],
        };
    }
    let parsed = budget::within(text.len(), || serde_yaml::from_str::<RawCatalog>(text));
    let mut loaded = match parsed {
        Ok(mut raw) => {
            locate::attach(text, &mut raw);
            crate::wire::locate(text, &mut raw);
            Loaded {
                raw,
                problems: Vec::new(),
            }
        }
        // The typed parse stops at the first problem: read again to find them all.
        Err(e) => {
            let mut loaded = recover::load(text, &e);
            crate::wire::locate(text, &mut loaded.raw);
            loaded
        }
    };
    loaded.problems.extend(lost_text::check(text, &loaded.raw));
    loaded
}

/// Parses the text into the raw model, every entry located; the first problem otherwise.
pub fn parse(text: &str) -> Result<RawCatalog, Diagnostic> {
    let loaded = load(text);
    match loaded.problems.into_iter().next() {
        None => Ok(loaded.raw),
        Some(first) => Err(first),
    }
}

/// The entries of a text learned from its lines alone (`name:`, `key:`, `code:`), for a
/// text that cannot be read otherwise (not UTF-8): what the macro's stand-ins keep.
pub fn from_lines(text: &str) -> RawCatalog {
    recover::from_lines(text)
}

#[cfg(test)]
mod tests {
    use super::read::decode;
    use super::*;

    #[test]
    fn bundled_catalog_parses() {
        let raw = parse(&SourceText::bundled().text).expect("bundled catalog parses");
        assert!(!raw.codes.is_empty());
        // Every entry was located: no entry falls back to its section's key.
        assert!(raw.codes.iter().all(|c| c.at.entry != raw.codes_at));
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

    /// Text a plain value loses is reported from the load stage, on the fast path and on
    /// the recovery path alike, once per field; a catalog without ` #`, `: !` or `: &`
    /// is not looked at.
    #[test]
    fn lost_text_is_reported_where_it_is_lost() {
        let entry = |description: &str| {
            format!(
                "categories:\n  - key: a\n    name: A\n    title: T\ncodes:\n  - code: 1\n    name: B\n    category: a\n    description: {description}\n    action: none\n    retryable: false\n"
            )
        };
        let problems = |text: &str| -> Vec<(Pos, String)> {
            load(text)
                .problems
                .into_iter()
                .map(|d| (d.pos.unwrap(), d.message))
                .collect()
        };
        let found = problems(&entry("Press # to confirm"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Pos::new(9, 24));
        assert!(
            found[0]
                .1
                .starts_with("`description` loses the text after ` #`")
        );
        let found = problems(&entry("!big deal"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Pos::new(9, 18));
        let found = problems(&entry("&big deal"));
        assert_eq!(found.len(), 1, "{found:?}");
        // Each marker alone is enough to look: a tab before the `#` too.
        assert_eq!(problems(&entry("Press\t# to confirm")).len(), 1);
        // Nothing is lost: no problem.
        for fine in ["\"Press # to confirm\"", "C# and F#", "plain", "!!str 42"] {
            assert!(problems(&entry(fine)).is_empty(), "{fine}");
        }
        // On the recovery path (an unknown field makes the typed parse fail) as well.
        let text = entry("Press # to confirm").replace(
            "    retryable: false\n",
            "    retryable: false\n    colour: red\n",
        );
        let found = problems(&text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found
                .iter()
                .any(|(p, m)| *p == Pos::new(9, 24) && m.contains("loses"))
        );
    }

    /// Every text field is looked at, in the entry that holds the line: a loss in the
    /// first of two entries is found in the first, not the last.
    #[test]
    fn lost_text_is_found_in_every_text_field_of_its_entry() {
        let code = |n: u32, extra: &str| {
            format!(
                "  - code: {n}\n    name: B{n}\n    category: a\n    description: d\n    action: none\n    retryable: false\n{extra}"
            )
        };
        let head = "categories:\n  - key: a\n    name: A\n    title: T\n  - key: b\n    name: Bb\n    title: U\ncodes:\n";
        for (extra, line) in [
            ("    solution: s # x\n", 15),
            ("    cause: s # x\n", 15),
            ("    errata: s # x\n", 15),
            ("    since: s # x\n", 15),
            ("    deprecated: s # x\n", 15),
            ("    zh:\n      description: s # x\n", 16),
            ("    zh:\n      description: s\n      solution: s # x\n", 17),
        ] {
            let text = format!("{head}{}{}", code(1, extra), code(2, ""));
            let found = load(&text).problems;
            assert_eq!(found.len(), 1, "{extra}: {found:?}");
            assert_eq!(found[0].pos.unwrap().line, line, "{extra}");
        }
        for (title, note) in [("T # x", "n"), ("T", "n # x")] {
            let text = format!(
                "categories:\n  - key: a\n    name: A\n    title: {title}\n    note: {note}\n  - key: b\n    name: Bb\n    title: U\ncodes:\n{}",
                code(1, "")
            );
            let found = load(&text).problems;
            assert_eq!(found.len(), 1, "{title} {note}: {found:?}");
        }
        // The wording says what YAML took, and the comment's other way out only for a
        // comment.
        let text = format!(
            "{head}{}",
            code(
                1,
                "    solution: &x y\n    cause: !t z\n    errata: e # f\n"
            )
        );
        let found = load(&text).problems;
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found[0].message.contains("as an anchor, not text"),
            "{found:?}"
        );
        assert!(found[1].message.contains("as a tag, not text"), "{found:?}");
        assert!(
            !found[0]
                .help
                .as_deref()
                .unwrap()
                .contains("a line of its own")
        );
        assert!(
            !found[1]
                .help
                .as_deref()
                .unwrap()
                .contains("a line of its own")
        );
        assert!(
            found[2]
                .help
                .as_deref()
                .unwrap()
                .ends_with("move it to a line of its own")
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
