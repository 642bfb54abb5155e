//! From what a user typed to catalog items, and, when nothing matches, hints that each
//! name a command that finds something.
//!
//! Suggestions come from the engine's [`zimerr_catalog::suggest`] (the macro's
//! diagnostics suggest the same things for the same typos); this module only turns them
//! into commands, and offers a command only after checking that it finds something.

use std::fmt::Write as _;

use zimerr_catalog::suggest::{closest, nearest_codes_within};
use zimerr_catalog::{Category, CategoryId, Code};

use crate::catalog::{Db, shell_quote};

/// How many nearest codes an unknown number suggests.
const NEAREST: usize = 3;

/// A command to try, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hint {
    /// The whole command line, ready to paste: `zimerr explain 6000106`.
    pub(crate) command: String,
    /// What it finds: `TokenExpired`.
    pub(crate) why: String,
}

/// Something that is not in the catalog: the message and the hints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Miss {
    /// One line, lowercase, without a trailing period.
    pub(crate) message: String,
    /// Commands that find what was probably meant.
    pub(crate) hints: Vec<Hint>,
}

impl Miss {
    /// Prints the message and its hints on stderr.
    pub(crate) fn report(&self) {
        crate::error(&self.message);
        for hint in &self.hints {
            crate::help(&format!("try `{}` ({})", hint.command, hint.why));
        }
    }
}

/// The codes in `args` as typed or pasted from a log: split at commas and whitespace,
/// with punctuation around each one dropped (`6000106,` → `6000106`, `"[6000106]"` →
/// `6000106`).
pub(crate) fn split_codes(args: &[String]) -> Vec<String> {
    args.iter()
        .flat_map(|arg| arg.split(|c: char| c == ',' || c.is_whitespace()))
        .map(|piece| piece.trim_matches(|c: char| !(c.is_alphanumeric() || c == '_')))
        .filter(|piece| !piece.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What `text` (one piece from [`split_codes`]) asks for: a number, or a name.
enum Wanted<'a> {
    Number(u32),
    TooLarge,
    Name(&'a str),
}

fn wanted(text: &str) -> Wanted<'_> {
    // `zim::6000106`, as miette prints a code: whatever prefix, if a number follows.
    let text = match text.rsplit_once("::") {
        Some((_, number)) if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) => {
            number
        }
        _ => text,
    };
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        match text.parse::<u32>() {
            Ok(number) => Wanted::Number(number),
            Err(_) => Wanted::TooLarge,
        }
    } else {
        Wanted::Name(text)
    }
}

/// A code by number (`6000106`, `zim::6000106`), name in any case (`TokenExpired`,
/// `tokenexpired`) or SDK name (`ZIMErrorCodeNetworkModuleTokenExpired`).
pub(crate) fn code<'a>(db: &'a Db, text: &str) -> Result<&'a Code, Miss> {
    match wanted(text) {
        Wanted::Number(number) => db.code(number).ok_or_else(|| unknown_number(db, number)),
        Wanted::TooLarge => Err(Miss {
            message: format!(
                "`{text}` is not a code of {}: codes are at most {}",
                db.source.label(),
                u32::MAX
            ),
            hints: Vec::new(),
        }),
        Wanted::Name(name) => by_name(db, name).ok_or_else(|| unknown_name(db, name)),
    }
}

/// The code with this name or SDK name, in any case.
fn by_name<'a>(db: &'a Db, name: &str) -> Option<&'a Code> {
    db.catalog.codes().iter().find(|c| {
        c.name().eq_ignore_ascii_case(name)
            || c.sdk_name().is_some_and(|s| s.eq_ignore_ascii_case(name))
    })
}

/// The number `text` would be, if it is one.
pub(crate) fn number(text: &str) -> Option<u32> {
    match wanted(text) {
        Wanted::Number(number) => Some(number),
        Wanted::TooLarge | Wanted::Name(_) => None,
    }
}

/// The message for a number the catalog does not know: the category whose range holds
/// it, the nearest known codes (digit typos first), and the other bundled catalog if it
/// has the number.
pub(crate) fn unknown_number(db: &Db, number: u32) -> Miss {
    let mut message = format!("`{number}` is not a code of {}", db.source.label());
    // In a category's range, the neighbours worth trying are that category's: the nearest
    // codes of the whole catalog would be other categories' codes, unrelated to it.
    // Digit typos come from the whole catalog (`nearest_codes_within`).
    let known = db.numbers();
    let mut neighbours = known.clone();
    if let Some(category) = db.catalog.place(number) {
        let _ = write!(
            message,
            "; it lies in the range of {} (`{}`)",
            category.title(),
            category.key()
        );
        neighbours = db
            .catalog
            .codes()
            .iter()
            .filter(|c| db.category_of(c).key() == category.key())
            .map(Code::code)
            .collect();
    }
    let flag = db.source.flag();
    let mut hints: Vec<Hint> = nearest_codes_within(&known, &neighbours, number, NEAREST)
        .into_iter()
        .filter_map(|near| db.code(near))
        .map(|near| Hint {
            command: format!("zimerr {flag}explain {}", near.code()),
            why: near.name().to_owned(),
        })
        .collect();
    if let Some(other) = db.other_bundled() {
        if let Some(found) = other.code(number) {
            hints.push(Hint {
                command: format!("zimerr {}explain {number}", other.source.flag()),
                why: format!("{}, a code of {}", found.name(), other.source.label()),
            });
        }
    }
    Miss { message, hints }
}

/// The message for a name the catalog does not know: the closest name or SDK name, or
/// else a search that finds something; and the other bundled catalog if it has the name.
fn unknown_name(db: &Db, name: &str) -> Miss {
    let message = format!(
        "`{name}` is not a code name or number of {}",
        db.source.label()
    );
    let flag = db.source.flag();
    let names: Vec<&str> = db
        .catalog
        .codes()
        .iter()
        .flat_map(|c| std::iter::once(c.name()).chain(c.sdk_name()))
        .collect();
    let mut hints = Vec::new();
    let similar = closest(name, &names).and_then(|best| Some((best, by_name(db, best)?)));
    if let Some((best, found)) = similar {
        hints.push(Hint {
            command: format!("zimerr {flag}explain {best}"),
            why: format!("{} {}", found.code(), found.name()),
        });
    } else if let Some(hint) = search_hint(db, &words_of(name)) {
        hints.push(hint);
    }
    if let Some(other) = db.other_bundled() {
        if let Some(found) = by_name(&other, name) {
            hints.push(Hint {
                command: format!("zimerr {}explain {name}", other.source.flag()),
                why: format!(
                    "{} {}, a code of {}",
                    found.code(),
                    found.name(),
                    other.source.label()
                ),
            });
        }
    }
    Miss { message, hints }
}

/// The search words in an identifier or phrase: `token-expird` → `token`, `expird`.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A search command for `words`, or for the words spelled as the catalog spells them,
/// if it finds something.
pub(crate) fn search_hint(db: &Db, words: &[String]) -> Option<Hint> {
    if words.is_empty() {
        return None;
    }
    let words = if search(db, words).is_empty() {
        let corrected = correct_spelling(db, words)?;
        if search(db, &corrected).is_empty() {
            return None;
        }
        corrected
    } else {
        words.to_vec()
    };
    let found = search(db, &words).len();
    let quoted: Vec<String> = words.iter().map(|w| shell_quote(w)).collect();
    Some(Hint {
        command: format!("zimerr {}search {}", db.source.flag(), quoted.join(" ")),
        why: format!("{found} code{}", if found == 1 { "" } else { "s" }),
    })
}

/// The text a search looks in: number, name, SDK name and texts, lowercase, one field
/// per line so that no word spans two fields.
fn haystack(code: &Code) -> String {
    let fields = [
        Some(code.code().to_string().as_str()),
        Some(code.name()),
        code.sdk_name(),
        Some(code.description()),
        code.cause(),
        code.solution(),
        code.zh_description(),
        code.zh_solution(),
    ]
    .into_iter()
    .flatten()
    // Every language's text (`zh` again when it came from the `zh` key: harmless).
    .chain(
        code.texts()
            .iter()
            .flatten()
            .flat_map(|t| [Some(t.description()), t.solution()].into_iter().flatten()),
    )
    .map(str::to_lowercase)
    .collect::<Vec<_>>();
    fields.join("\n")
}

/// The numbers of the codes that contain every word (lowercase), in catalog order.
pub(crate) fn search(db: &Db, words: &[String]) -> Vec<u32> {
    db.catalog
        .codes()
        .iter()
        .filter(|code| {
            let haystack = haystack(code);
            words.iter().all(|w| haystack.contains(w.as_str()))
        })
        .map(Code::code)
        .collect()
}

/// `words` with each word that occurs nowhere in the catalog replaced by the closest
/// word of the catalog's texts; `None` if some word has no close one or nothing changed.
pub(crate) fn correct_spelling(db: &Db, words: &[String]) -> Option<Vec<String>> {
    let haystacks: Vec<String> = db.catalog.codes().iter().map(haystack).collect();
    let mut vocabulary: Vec<&str> = haystacks
        .iter()
        .flat_map(|h| h.split(|c: char| !c.is_alphanumeric()))
        // ASCII words only: Chinese text has no spaces to split words at, and a
        // suggestion must be a word the user could have meant to type.
        .filter(|w| w.len() > 2 && w.is_ascii())
        .collect();
    vocabulary.sort_unstable();
    vocabulary.dedup();
    let mut changed = false;
    let mut corrected = Vec::with_capacity(words.len());
    for word in words {
        if haystacks.iter().any(|h| h.contains(word.as_str())) {
            corrected.push(word.clone());
        } else {
            corrected.push(closest(word, &vocabulary)?.to_owned());
            changed = true;
        }
    }
    changed.then_some(corrected)
}

/// A category by key (`call_invitation`), name (`CallInvitation`) or title
/// (`Call invitation errors`), in any case.
pub(crate) fn category(db: &Db, arg: &str) -> Result<CategoryId, Miss> {
    let text = arg.trim();
    let matches = |c: &Category| {
        c.key().eq_ignore_ascii_case(text)
            || c.name().eq_ignore_ascii_case(text)
            || c.title().eq_ignore_ascii_case(text)
    };
    if let Some(id) = db
        .catalog
        .categories()
        .iter()
        .position(matches)
        .and_then(CategoryId::new)
    {
        return Ok(id);
    }
    let keys: Vec<String> = db
        .catalog
        .categories()
        .iter()
        .map(|c| format!("`{}`", c.key()))
        .collect();
    let message = format!(
        "unknown category `{arg}` in {}; its categories are {}",
        db.source.label(),
        keys.join(", ")
    );
    let candidates: Vec<&str> = db
        .catalog
        .categories()
        .iter()
        .flat_map(|c| [c.key(), c.name(), c.title()])
        .collect();
    let hints = closest(text, &candidates)
        .and_then(|best| {
            db.catalog
                .categories()
                .iter()
                .find(|c| c.key() == best || c.name() == best || c.title() == best)
        })
        .map(|c| Hint {
            command: format!("zimerr {}list --category {}", db.source.flag(), c.key()),
            why: c.title().to_owned(),
        })
        .into_iter()
        .collect();
    Err(Miss { message, hints })
}

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;

    use super::*;

    fn client() -> Db {
        Db::load(OsStr::new("client")).unwrap()
    }

    fn commands(miss: &Miss) -> Vec<&str> {
        miss.hints.iter().map(|h| h.command.as_str()).collect()
    }

    #[test]
    fn codes_by_number_name_and_sdk_name() {
        let db = client();
        for arg in [
            "6000106",
            "zim::6000106",
            "TokenExpired",
            "tokenexpired",
            "ZIMErrorCodeNetworkModuleTokenExpired",
        ] {
            assert_eq!(code(&db, arg).map(Code::code), Ok(6000106), "{arg}");
        }
    }

    #[test]
    fn pasted_codes_lose_their_punctuation() {
        let args = [String::from("6000106,"), String::from("\"[6000104]\", 0")];
        assert_eq!(split_codes(&args), ["6000106", "6000104", "0"]);
        assert!(split_codes(&[String::from(" , ")]).is_empty());
    }

    #[test]
    fn a_dropped_digit_suggests_the_intended_code_first() {
        let db = client();
        let miss = code(&db, "600106").unwrap_err();
        assert_eq!(miss.message, "`600106` is not a code of the client catalog");
        assert_eq!(commands(&miss)[0], "zimerr explain 6000106");
    }

    #[test]
    fn unknown_numbers_name_their_range() {
        let db = client();
        let miss = code(&db, "6000105").unwrap_err();
        assert!(
            miss.message
                .ends_with("it lies in the range of Login errors (`login`)"),
            "{}",
            miss.message
        );
        let hints = commands(&miss);
        assert!(hints.contains(&"zimerr explain 6000106"), "{hints:?}");
        assert!(hints.contains(&"zimerr explain 6000104"), "{hints:?}");
        assert!(
            code(&db, "99999999999")
                .unwrap_err()
                .message
                .contains("at most 4294967295")
        );
    }

    /// A number in a category's range suggests that category's codes only, nearest
    /// first; the neighbours in other categories are unrelated to it.
    #[test]
    fn a_number_in_a_range_suggests_codes_of_its_category() {
        let text = "categories:
  - key: auth
    name: Auth
    title: Authentication
    ranges: [{first: 70000, last: 70999}]
  - key: group
    name: Group
    title: Groups
    ranges: [{first: 120000, last: 120999}]
  - key: empty
    name: Empty
    title: Nothing yet
    ranges: [{first: 130000, last: 130999}]
codes:
  - {code: 70001, name: A, category: auth, description: d, action: none, retryable: false}
  - {code: 70003, name: B, category: auth, description: d, action: none, retryable: false}
  - {code: 120100, name: C, category: group, description: d, action: none, retryable: false}
  - {code: 120400, name: D, category: group, description: d, action: none, retryable: false}
";
        let source = zimerr_catalog::SourceText::from_text("v.yaml", text);
        let catalog = zimerr_catalog::check(&source).unwrap();
        let db = Db::new(catalog, crate::catalog::Source::File("v.yaml".into()));
        let miss = code(&db, "120002").unwrap_err();
        assert_eq!(
            commands(&miss),
            ["zimerr --catalog v.yaml explain 120100"],
            "not 70003, the nearest code below, which is an auth code"
        );
        let miss = code(&db, "120200").unwrap_err();
        assert_eq!(
            commands(&miss),
            [
                "zimerr --catalog v.yaml explain 120100",
                "zimerr --catalog v.yaml explain 120400"
            ]
        );
        // A category with no codes yet suggests none.
        assert!(code(&db, "130005").unwrap_err().hints.is_empty());
        // Outside every range: the nearest codes of the whole catalog.
        assert_eq!(
            commands(&code(&db, "100000").unwrap_err()),
            [
                "zimerr --catalog v.yaml explain 70003",
                "zimerr --catalog v.yaml explain 120100"
            ]
        );
    }

    #[test]
    fn typos_in_names_suggest_the_name() {
        let db = client();
        let miss = code(&db, "TokenExpird").unwrap_err();
        assert_eq!(commands(&miss), ["zimerr explain TokenExpired"]);
        let miss = code(&db, "ZIMErrorCodeNetworkModuleTokenExpire").unwrap_err();
        assert_eq!(
            commands(&miss),
            ["zimerr explain ZIMErrorCodeNetworkModuleTokenExpired"]
        );
    }

    #[test]
    fn a_word_suggests_a_search_only_if_it_finds_something() {
        let db = client();
        let miss = code(&db, "token").unwrap_err();
        assert_eq!(miss.hints.len(), 1);
        assert!(miss.hints[0].command.starts_with("zimerr search token"));
        assert!(code(&db, "zzzzqqqq").unwrap_err().hints.is_empty());
    }

    #[test]
    fn search_words_are_spelled_as_the_catalog_spells_them() {
        let db = client();
        let words = [String::from("tokn"), String::from("expird")];
        assert!(search(&db, &words).is_empty());
        let corrected = correct_spelling(&db, &words).unwrap();
        assert_eq!(corrected[0], "token");
        assert!(corrected[1].starts_with("expire"), "{corrected:?}");
        assert!(search(&db, &corrected).contains(&6000106));
    }

    #[test]
    fn categories_by_key_name_or_title_and_typos() {
        let db = client();
        for arg in ["login", "LOGIN", "Login", "login errors"] {
            let id = category(&db, arg).unwrap();
            assert_eq!(db.catalog.categories()[id.index()].key(), "login");
        }
        let miss = category(&db, "logn").unwrap_err();
        assert_eq!(commands(&miss), ["zimerr list --category login"]);
        assert!(miss.message.contains("`login`"));
    }
}
