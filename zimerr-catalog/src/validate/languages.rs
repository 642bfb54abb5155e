//! The rules of a catalog's languages: the main `language`, the other `languages`, and
//! each code's `texts` (and the older `zh`, which is the language `zh`).

use super::{check_optional_text, check_text};
use crate::diag::{Ctxt, Diagnostic};
use crate::model::Translation;
use crate::model::raw::{Field, RawCatalog, RawCode, RawZh};
use crate::suggest;

/// The main language of a catalog that does not name one.
pub const DEFAULT_LANGUAGE: &str = "en";

/// The checked languages of a catalog: the main one and the others, in index order.
pub(super) struct Languages {
    pub(super) main: String,
    pub(super) others: Vec<String>,
    /// Whether the catalog has a `languages` key (not only the implied `zh`).
    pub(super) declared: bool,
}

/// A language tag as BCP 47 writes one, checked for its shape only: a primary subtag of
/// 2 to 8 letters (`zh`, `ja`, `yue`), then subtags of 1 to 8 letters or digits
/// (`zh-Hans`, `pt-BR`, `es-419`). It becomes part of generated string literals and of
/// the CLI's `--lang`, and runtime lookups compare it case-insensitively.
pub fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default();
    (2..=8).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The main language and the list of others. Tags are written as BCP 47 tags, each once,
/// and the main language is not listed again: its text is `description`/`solution`. A
/// catalog whose codes use the `zh` key has the language `zh` even when `languages` does
/// not list it: catalogs written before `languages` existed keep working unchanged.
pub(super) fn check_catalog(cx: &mut Ctxt, raw: &RawCatalog) -> Languages {
    let main = match raw.language.as_deref() {
        Some(tag) if !is_language_tag(tag) => {
            cx.push(not_a_tag(raw.language_at, "language", tag));
            DEFAULT_LANGUAGE.to_owned()
        }
        Some(tag) => tag.to_owned(),
        None => DEFAULT_LANGUAGE.to_owned(),
    };
    let mut others: Vec<String> = Vec::new();
    for tag in &raw.languages {
        let Some(tag) = tag.get() else {
            cx.error(
                raw.languages_at,
                "a `languages` entry is null; write a language tag such as `zh`",
            );
            continue;
        };
        if !is_language_tag(tag) {
            cx.push(not_a_tag(raw.languages_at, "languages", tag));
        } else if tag.eq_ignore_ascii_case(&main) {
            cx.push(
                Diagnostic::at(
                    raw.languages_at,
                    format!("`languages` lists `{tag}`, the main language"),
                )
                .with_help(format!(
                    "the text in `{main}` is each code's `description` and `solution`; remove `{tag}` from `languages`"
                )),
            );
        } else if others.iter().any(|o| o.eq_ignore_ascii_case(tag)) {
            cx.error(
                raw.languages_at,
                format!("`languages` lists `{tag}` twice; remove one"),
            );
        } else {
            others.push(tag.to_owned());
        }
    }
    let legacy_zh = raw
        .codes
        .iter()
        .any(|c| c.zh.is_some() && c.sound(Field::Zh));
    if legacy_zh && !others.iter().any(|o| o == "zh") && main != "zh" {
        others.push("zh".to_owned());
    }
    Languages {
        main,
        others,
        declared: !raw.languages.is_empty(),
    }
}

fn not_a_tag(pos: crate::diag::Pos, key: &str, tag: &str) -> Diagnostic {
    Diagnostic::at(
        pos,
        format!("`{key}` `{tag}` is not a language tag"),
    )
    .with_help("write a BCP 47 tag: a language (`zh`, `ja`, `en`), optionally with a script or region (`zh-Hant`, `pt-BR`)")
}

/// A code's text in each of the catalog's other languages, indexed like
/// `languages.others`. Each key of `texts` is a listed language (one error naming the
/// fix otherwise), and each translation has a description; the `zh` key and `texts.zh`
/// are the same text, so a code gives one of them.
pub(super) fn check_code(
    cx: &mut Ctxt,
    languages: &Languages,
    code: &RawCode,
) -> Vec<Option<Translation>> {
    if languages.others.is_empty() && code.texts.0.is_empty() {
        return Vec::new();
    }
    let mut texts: Vec<Option<Translation>> = vec![None; languages.others.len()];
    let zh = code.zh.as_ref().filter(|_| code.sound(Field::Zh));
    if let Some(zh) = zh {
        // Declared by the key itself (`check_catalog`), unless `zh` is the main language.
        // Its rules are the `zh` field's own (`check_required`, `check_code`).
        if let Some(i) = languages.others.iter().position(|o| o == "zh") {
            texts[i] = zh.description.get().map(|description| Translation {
                description: description.to_owned(),
                solution: zh.solution.clone(),
            });
        } else {
            cx.push(
                Diagnostic::at(code.at.at(Field::Zh), "`zh` is the main language (`language: zh`)")
                    .with_help("the text in the main language is the code's `description` and `solution`; remove `zh` or change `language`"),
            );
        }
    }
    if !code.sound(Field::Texts) {
        return texts;
    }
    let listed: Vec<&str> = languages.others.iter().map(String::as_str).collect();
    for (tag, text) in &code.texts.0 {
        let pos = code.at.language(tag);
        if tag.eq_ignore_ascii_case(&languages.main) {
            cx.push(
                Diagnostic::at(pos, format!("`texts.{tag}` is in the main language `{}`", languages.main))
                    .with_help("the text in the main language is the code's `description` and `solution`; move it there"),
            );
            continue;
        }
        let Some(i) = listed.iter().position(|l| l == tag) else {
            cx.push(unknown_language(pos, tag, &listed, !languages.declared));
            continue;
        };
        if tag == "zh" && zh.is_some() {
            cx.push(
                Diagnostic::at(pos, "`texts.zh` repeats the code's `zh` text").with_help(
                    "keep one: `texts: {zh: …}` is the general form, `zh:` the older one",
                ),
            );
            continue;
        }
        texts[i] = translation(cx, text, tag, pos);
    }
    texts
}

/// An unknown language key: what to add, or the listed tag it was likely meant to be.
fn unknown_language(
    pos: crate::diag::Pos,
    tag: &str,
    listed: &[&str],
    none_listed: bool,
) -> Diagnostic {
    let message = format!("language `{tag}` is not in the catalog's `languages`");
    if !is_language_tag(tag) {
        return Diagnostic::at(pos, format!("`texts` key `{tag}` is not a language tag"))
            .with_help("write a BCP 47 tag listed in `languages`, e.g. `ja` or `zh-Hant`");
    }
    let help = match suggest::closest(tag, listed) {
        Some(near) => format!("did you mean `{near}`? or add `{tag}` to `languages`"),
        None if none_listed => format!("declare it at the top level: `languages: [{tag}]`"),
        None => format!("add `{tag}` to `languages: [{}]`", listed.join(", ")),
    };
    Diagnostic::at(pos, message).with_help(help)
}

/// A translation's rules: a description that says something, a solution that is not
/// empty when given.
fn translation(
    cx: &mut Ctxt,
    text: &RawZh,
    tag: &str,
    pos: crate::diag::Pos,
) -> Option<Translation> {
    let path = format!("texts.{tag}");
    let Some(description) = text.description.get() else {
        cx.error(
            pos,
            format!("`{path}.description` is missing or null; it is required"),
        );
        return None;
    };
    check_text(cx, description, &format!("{path}.description"), pos);
    check_optional_text(
        cx,
        text.solution.as_deref(),
        &format!("{path}.solution"),
        pos,
    );
    Some(Translation {
        description: description.to_owned(),
        solution: text.solution.clone(),
    })
}
