//! Which catalog a command reads, reading it, and looking codes up in it.

use std::borrow::Cow;
use std::ffi::{OsStr, OsString};
use std::io::Write as _;

use rustc_hash::FxHashMap;
use zimerr_catalog::{Catalog, Category, Code, SourceText};

use crate::Failure;

/// Where the catalog comes from: a bundled catalog by name, or a file.
///
/// A bundled catalog is chosen by name only, never guessed from a number: codes 0 and 1
/// mean different things in the client and the server catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// `client`: the ZIM client SDK's error codes (`errors.yaml`), the default.
    Client,
    /// `server`: the ZIM server API's return codes (`zim-server.yaml`).
    Server,
    /// A catalog file, as the user wrote its path.
    File(OsString),
}

impl Source {
    /// `client` and `server` name the bundled catalogs; anything else is a path (write
    /// `./client` for a file of that name).
    pub(crate) fn from_arg(arg: &OsStr) -> Self {
        match arg.to_str() {
            Some("client") => Source::Client,
            Some("server") => Source::Server,
            _ => Source::File(arg.to_owned()),
        }
    }

    /// The catalog as messages name it: "the client catalog", "catalog `billing.yaml`".
    pub(crate) fn label(&self) -> String {
        match self {
            Source::Client => String::from("the client catalog"),
            Source::Server => String::from("the server catalog"),
            Source::File(path) => format!("catalog `{}`", path.to_string_lossy()),
        }
    }

    /// The `--catalog` option a hint must repeat for its command to read the same
    /// catalog; empty for the default.
    pub(crate) fn flag(&self) -> String {
        match self {
            Source::Client => String::new(),
            Source::Server => String::from("--catalog server "),
            Source::File(path) => format!("--catalog {} ", shell_quote(&path.to_string_lossy())),
        }
    }

    /// The other bundled catalog, where a hint may look for what this one lacks.
    pub(crate) fn other_bundled(&self) -> Option<Source> {
        match self {
            Source::Client => Some(Source::Server),
            Source::Server => Some(Source::Client),
            Source::File(_) => None,
        }
    }

    /// The catalog's text: bundled, or read from the file (relative to the working
    /// directory, as every command-line tool reads paths).
    fn text(&self) -> Result<SourceText, Failure> {
        match self {
            Source::Client => Ok(SourceText::bundled()),
            Source::Server => Ok(SourceText::bundled_server()),
            Source::File(path) => {
                let shown = path.to_string_lossy().into_owned();
                let bytes = std::fs::read(path).map_err(|e| {
                    Failure::Error(format!(
                        "cannot read catalog `{shown}`: {}",
                        crate::output::io_reason(&e)
                    ))
                })?;
                SourceText::from_bytes(shown, bytes).map_err(|error| {
                    problems(&error);
                    Failure::Reported
                })
            }
        }
    }
}

/// Where a user who installed the binary alone (`cargo install zimerr-cli`) reads the
/// catalog format: the repository's page, from the workspace's `repository` key.
pub(crate) const CATALOG_DOCS: &str =
    concat!(env!("CARGO_PKG_REPOSITORY"), "/blob/main/docs/catalog.md");

/// Every problem of a broken catalog on stderr, each with its `file:line:col`, the line
/// and a caret, as the `zim_errors!` macro reports them.
fn problems(error: &zimerr_catalog::Error) {
    let mut stderr = std::io::stderr().lock();
    for problem in error {
        let _ = writeln!(stderr, "zimerr: error: {problem}");
    }
    let count = error.diagnostics().len();
    let _ = writeln!(
        stderr,
        "zimerr: the catalog has {count} problem{}; the format is described at {CATALOG_DOCS}",
        if count == 1 { "" } else { "s" }
    );
}

/// A word as a POSIX shell reads it back: bare when it is made of safe characters,
/// otherwise single-quoted.
pub(crate) fn shell_quote(word: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "_-./:=@%+,".contains(c);
    if !word.is_empty() && word.chars().all(safe) {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// A checked catalog, where it came from, and an index by number.
#[derive(Debug)]
pub(crate) struct Db {
    /// The catalog.
    pub(crate) catalog: Catalog,
    /// Where it came from.
    pub(crate) source: Source,
    /// The position of each code in `catalog.codes`.
    by_number: FxHashMap<u32, usize>,
    /// The language `--lang` chose: an index into `catalog.languages`, or `None` for
    /// the main language.
    pub(crate) lang: Option<usize>,
}

impl Db {
    /// Reads and checks the catalog `--catalog` names; a broken one is reported with
    /// every problem located.
    pub(crate) fn load(arg: &OsStr) -> Result<Self, Failure> {
        let source = Source::from_arg(arg);
        let text = source.text()?;
        match zimerr_catalog::check(&text) {
            Ok(catalog) => Ok(Db::new(catalog, source)),
            Err(error) => {
                problems(&error);
                Err(Failure::Reported)
            }
        }
    }

    /// The other bundled catalog, when this one is bundled; `None` if it cannot be read
    /// (it always can: it is checked when this crate is tested).
    pub(crate) fn other_bundled(&self) -> Option<Db> {
        let source = self.source.other_bundled()?;
        let text = source.text().ok()?;
        let catalog = zimerr_catalog::check(&text).ok()?;
        Some(Db::new(catalog, source))
    }

    pub(crate) fn new(catalog: Catalog, source: Source) -> Self {
        let by_number = catalog
            .codes()
            .iter()
            .enumerate()
            .map(|(i, code)| (code.code(), i))
            .collect();
        Db {
            catalog,
            source,
            by_number,
            lang: None,
        }
    }

    /// Shows texts in `tag` (`--lang`), matched as the generated `description_in`
    /// matches it; a language the catalog does not have is an error naming those it has.
    pub(crate) fn choose_language(&mut self, tag: &str) -> Result<(), Failure> {
        if let Some(index) = self.catalog.language_index(tag) {
            self.lang = index;
            return Ok(());
        }
        let mut all = vec![format!("`{}`", self.catalog.language())];
        all.extend(self.catalog.languages().iter().map(|l| format!("`{l}`")));
        Err(Failure::Error(format!(
            "{} has no text in `{tag}`; its languages are {}",
            self.source.label(),
            all.join(", ")
        )))
    }

    /// A code's description in the chosen language (the main one where the code has no
    /// text in it), as plain text.
    pub(crate) fn description<'a>(&self, code: &'a Code) -> Cow<'a, str> {
        let text = self
            .lang
            .and_then(|i| self.catalog.translation(code, i))
            .map_or(code.description(), |t| t.description());
        self.plain(text)
    }

    /// A code's solution in the chosen language, else the main language's, as plain text.
    pub(crate) fn solution<'a>(&self, code: &'a Code) -> Option<Cow<'a, str>> {
        let text = self
            .lang
            .and_then(|i| self.catalog.translation(code, i))
            .and_then(|t| t.solution())
            .or(code.solution())?;
        Some(self.plain(text))
    }

    /// Catalog text as plain text: unchanged, or with `markdown: true` converted as the
    /// generated accessors convert it (links as `text (url)`).
    pub(crate) fn plain<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.catalog.markdown() {
            Cow::Owned(zimerr_catalog::markdown::plain_text(text))
        } else {
            Cow::Borrowed(text)
        }
    }

    /// The code with this number.
    pub(crate) fn code(&self, number: u32) -> Option<&Code> {
        self.by_number
            .get(&number)
            .and_then(|&i| self.catalog.codes().get(i))
    }

    /// The category of a code of the catalog.
    pub(crate) fn category_of(&self, code: &Code) -> &Category {
        self.catalog.category_of(code)
    }

    /// Every number of the catalog, in catalog order.
    pub(crate) fn numbers(&self) -> Vec<u32> {
        self.catalog.codes().iter().map(Code::code).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_catalogs_are_chosen_by_name_only() {
        assert_eq!(Source::from_arg(OsStr::new("client")), Source::Client);
        assert_eq!(Source::from_arg(OsStr::new("server")), Source::Server);
        assert_eq!(
            Source::from_arg(OsStr::new("./client")),
            Source::File(OsString::from("./client"))
        );
        assert_eq!(Source::Client.flag(), "");
        assert_eq!(
            Source::File(OsString::from("my errors.yaml")).flag(),
            "--catalog 'my errors.yaml' "
        );
    }

    #[test]
    fn both_bundled_catalogs_load() {
        for arg in ["client", "server"] {
            let db = Db::load(OsStr::new(arg)).expect("a bundled catalog is valid");
            assert!(!db.catalog.codes().is_empty());
            assert!(db.other_bundled().is_some());
        }
        let client = Db::load(OsStr::new("client")).unwrap();
        assert_eq!(client.code(6000106).unwrap().name(), "TokenExpired");
        assert!(client.code(6000105).is_none());
    }

    #[test]
    fn shell_quoting() {
        assert_eq!(shell_quote("token"), "token");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote(""), "''");
    }
}
