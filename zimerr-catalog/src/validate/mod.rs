//! Stage 3: check the raw catalog against every rule, collecting all problems, and turn
//! it into the model the expand stage trusts without further checks.
//!
//! Each rule is a small function whose comment states the rule and why it exists; they
//! all report into one [`Ctxt`], so a catalog's every problem is shown at once.

mod languages;
mod names;
#[cfg(test)]
mod tests;
mod wire;

// Maps are only looked up, never iterated. B-trees, not hash maps: this runs unoptimized in
// cargo's build of proc macros, where SipHash costs more than a few string comparisons.
use std::collections::BTreeMap;

pub use languages::{DEFAULT_LANGUAGE, is_language_tag};
#[cfg(feature = "expand")]
pub(crate) use names::is_keyword as is_keyword_name;
pub(crate) use names::is_valid_identifier;
pub use names::screaming_snake;
use names::{all_bytes, is_keyword, is_snake_case, is_upper_camel};
pub(crate) use names::{to_snake_case, to_upper_camel};

use crate::diag::{Ctxt, Diagnostic, Pos};
use crate::model::raw::{CATEGORY_ORDER, CODE_ORDER, Field, Located, RawCatalog, RawCode, Text};
use crate::model::{Action, Catalog, Category, CategoryId, Code};
use crate::suggest::expected_one_of;

/// The generated code enum's inherent constants: a variant of the same name would take
/// the path `Enum::PREFIX` from the constant, in the user's code and in the generated
/// trait impl that reads it. The category enum has no inherent constants.
pub(crate) const RESERVED_CODE_NAMES: [&str; 3] = ["PREFIX", "LANGUAGE", "LANGUAGES"];

/// Checks every rule; the checked catalog, or every problem found, in file order.
pub fn validate(raw: RawCatalog) -> Result<Catalog, Vec<Diagnostic>> {
    validate_or_return(raw).map_err(|(problems, _)| problems)
}

/// [`validate`], giving the raw catalog back with the problems: what the macro's stand-in
/// items are made of.
///
/// Each problem is reported once: a field that is missing, or that the load stage could
/// not read (`broken`, already reported), is left out of every later rule, which would
/// only repeat it in other words.
pub fn validate_or_return(raw: RawCatalog) -> Result<Catalog, (Vec<Diagnostic>, Box<RawCatalog>)> {
    let mut cx = Ctxt::default();
    check_not_empty(&mut cx, &raw);
    check_required(&mut cx, &raw);
    check_categories(&mut cx, &raw);
    let languages = languages::check_catalog(&mut cx, &raw);
    let category_index: BTreeMap<&str, CategoryId> = raw
        .categories
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((c.key.as_str(), CategoryId::new(i)?)))
        .rev() // the first of duplicate keys wins, matching the error that names it
        .collect();
    let mut codes = Vec::with_capacity(raw.codes.len());
    for code in &raw.codes {
        let texts = languages::check_code(&mut cx, &languages, code);
        if let Some(mut c) = check_code(&mut cx, &raw, &category_index, code) {
            // `texts.zh` is the same text as the `zh` key: both forms reach the accessors
            // and the CLI's `zh` record.
            if let Some(zh) = languages
                .others
                .iter()
                .position(|o| o == "zh")
                .and_then(|i| texts[i].as_ref())
            {
                c.zh_description = Some(zh.description.clone());
                c.zh_solution.clone_from(&zh.solution);
            }
            c.texts = texts;
            codes.push(c);
        }
    }
    check_unique(&mut cx, &raw);
    check_single_success(&mut cx, &raw);
    check_prefix(&mut cx, &raw);
    wire::check_message_label(&mut cx, &raw);
    wire::check_wire(&mut cx, &raw);
    if let Err(problems) = cx.check() {
        return Err((problems, Box::new(raw)));
    }
    let categories = raw
        .categories
        .into_iter()
        .map(|c| Category {
            key: c.key.into(),
            name: c.name.into(),
            title: c.title.into(),
            ranges: c.ranges.iter().map(|r| (r.first, r.last)).collect(),
            note: c.note,
        })
        .collect();
    let (wire_code_names, wire_message_names) = raw.wire.map_or_else(Default::default, |w| {
        (
            w.code.into_iter().map(String::from).collect(),
            w.message.into_iter().map(String::from).collect(),
        )
    });
    Ok(Catalog {
        prefix: raw.prefix.unwrap_or_default(),
        categories,
        codes,
        wire_code_names,
        wire_message_names,
        message_label: raw.message_label,
        language: languages.main,
        languages: languages.others,
        markdown: raw.markdown,
    })
}

/// The prefix names a namespace in diagnostic codes (`zim::6000106`): lowercase letters,
/// digits, `-` and `_`, so it reads the same in every tool that shows such codes.
fn check_prefix(cx: &mut Ctxt, raw: &RawCatalog) {
    let Some(prefix) = &raw.prefix else { return };
    let valid = prefix.starts_with(|c: char| c.is_ascii_lowercase())
        && prefix
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !valid {
        cx.push(
            Diagnostic::at(
                raw.prefix_at,
                format!("`prefix` `{prefix}` is not a lowercase name"),
            )
            .with_help("write letters, digits, `-` and `_`, starting with a letter, e.g. `zim`"),
        );
    }
}

/// A catalog needs at least one category and one code: a `#[repr(u32)]` enum cannot be
/// empty, and an empty catalog is almost certainly the wrong file.
fn check_not_empty(cx: &mut Ctxt, raw: &RawCatalog) {
    if raw.categories.is_empty() && !raw.unread.contains(&"categories") {
        let pos = raw.categories_at;
        cx.error(
            pos,
            "`categories` is empty: a catalog needs at least one category",
        );
    }
    if raw.codes.is_empty() && !raw.unread.contains(&"codes") {
        let pos = raw.codes_at;
        cx.error(pos, "`codes` is empty: a catalog needs at least one code");
    }
    if raw.categories.len() > usize::from(u8::MAX) {
        let pos = raw.categories_at;
        cx.error(
            pos,
            format!(
                "{} categories: at most 255 are supported",
                raw.categories.len()
            ),
        );
    }
}

/// Required texts must be present and not null. serde would stop at the first missing
/// field; checking here reports all of them, each at its entry or field. Later rules skip
/// a missing field (`sound`), so it is reported once.
///
/// A field that is written but null is reported at its value; a field that is not
/// written at all, where it goes: next to the field it follows in the schema's order.
fn check_required(cx: &mut Ctxt, raw: &RawCatalog) {
    let require =
        |cx: &mut Ctxt, text: &Text, field: Field, at: &Located, order: &[Field], value: &str| {
            if text.get().is_some() {
            } else if at.fields.iter().any(|(f, _)| *f == field) {
                cx.error(
                    at.at(field),
                    format!("`{}` is missing or null; it is required", field.key()),
                );
            } else {
                let (pos, _) = at.insertion_point(field, order);
                cx.push(
                    Diagnostic::at(pos, format!("`{}` is missing; it is required", field.key()))
                        .with_help(at.insertion_help(field, order, value)),
                );
            }
        };
    for cat in &raw.categories {
        for (text, field, value) in [
            (&cat.key, Field::Key, "<snake_case_key>"),
            (&cat.name, Field::Name, "<UpperCamelName>"),
            (&cat.title, Field::Title, "<a title>"),
        ] {
            if !cat.broken.contains(&field) {
                require(cx, text, field, &cat.at, &CATEGORY_ORDER, value);
            }
        }
    }
    for code in &raw.codes {
        for (text, field, value) in [
            (&code.name, Field::Name, "<UpperCamelName>"),
            (&code.category, Field::Category, "<a category key>"),
            (&code.description, Field::Description, "<what went wrong>"),
            (
                &code.action,
                Field::Action,
                "<an action: none, retry, login, …>",
            ),
        ] {
            if !code.broken.contains(&field) {
                require(cx, text, field, &code.at, &CODE_ORDER, value);
            }
        }
        if let Some(zh) = code.zh.as_ref().filter(|_| code.sound(Field::Zh)) {
            if zh.description.get().is_none() {
                cx.push(
                    Diagnostic::at(
                        code.at.at(Field::Zh),
                        "`zh.description` is missing or null; it is required",
                    )
                    .with_help("write `description: <text>` under `zh:`, indented below it"),
                );
            }
        }
    }
}

/// Category keys are `snake_case` and names are `UpperCamelCase` identifiers, both unique,
/// because they become YAML references and enum variants. Ranges are inclusive and must
/// not be reversed.
fn check_categories(cx: &mut Ctxt, raw: &RawCatalog) {
    let mut keys: BTreeMap<&str, Pos> = BTreeMap::new();
    let mut names: BTreeMap<&str, Pos> = BTreeMap::new();
    for cat in &raw.categories {
        if !cat.sound(Field::Key) {
            // Reported already; its name and title are still checked below.
        } else if !is_snake_case(&cat.key) {
            let help = to_snake_case(&cat.key).map_or_else(
                || "write lowercase letters, digits and `_`, e.g. `call_invitation`".to_owned(),
                |key| format!("write `{key}` (and the same in the `category` of its codes)"),
            );
            cx.push(
                Diagnostic::at(
                    cat.at.at(Field::Key),
                    format!("category key `{}` is not snake_case", cat.key),
                )
                .with_help(help),
            );
        }
        if !cat.sound(Field::Key) {
        } else if let Some(first) = keys.get(cat.key.as_str()) {
            cx.error(
                cat.at.at(Field::Key),
                format!(
                    "duplicate category key `{}`, first defined at line {}",
                    cat.key, first.line
                ),
            );
        } else {
            keys.insert(&cat.key, cat.at.at(Field::Key));
        }
        if cat.sound(Field::Name) {
            check_type_name(cx, &cat.name, "category name", cat.at.at(Field::Name), &[]);
        }
        if !cat.sound(Field::Name) {
        } else if let Some(first) = names.get(cat.name.as_str()) {
            cx.error(
                cat.at.at(Field::Name),
                format!(
                    "duplicate category name `{}`, first defined at line {}",
                    cat.name, first.line
                ),
            );
        } else {
            names.insert(&cat.name, cat.at.at(Field::Name));
        }
        if cat.sound(Field::Title) {
            check_text(cx, &cat.title, "title", cat.at.at(Field::Title));
        }
        check_optional_text(cx, cat.note.as_deref(), "note", cat.at.at(Field::Note));
        for range in &cat.ranges {
            if range.first > range.last {
                cx.error(cat.at.at(Field::Ranges), format!("range `{}..={}` of category `{}` is reversed: `first` must not exceed `last`", range.first, range.last, cat.key));
            }
        }
    }
}

/// Checks one code entry; returns the validated code when its own fields are sound.
fn check_code(
    cx: &mut Ctxt,
    raw: &RawCatalog,
    categories: &BTreeMap<&str, CategoryId>,
    code: &RawCode,
) -> Option<Code> {
    let at = &code.at;
    if code.sound(Field::Name) {
        check_type_name(
            cx,
            &code.name,
            "code name",
            at.at(Field::Name),
            &RESERVED_CODE_NAMES,
        );
    }
    if code.sound(Field::Description) {
        check_text(
            cx,
            &code.description,
            "description",
            at.at(Field::Description),
        );
    }
    check_optional_text(
        cx,
        code.solution.as_deref(),
        "solution",
        at.at(Field::Solution),
    );
    check_optional_text(cx, code.errata.as_deref(), "errata", at.at(Field::Errata));
    for (text, field) in [
        (&code.cause, Field::Cause),
        (&code.since, Field::Since),
        (&code.deprecated, Field::Deprecated),
    ] {
        check_optional_text(cx, text.as_deref(), field.key(), at.at(field));
    }
    if let Some(zh) = code
        .zh
        .as_ref()
        .filter(|z| code.sound(Field::Zh) && z.description.get().is_some())
    {
        check_text(cx, &zh.description, "zh.description", at.at(Field::Zh));
        check_optional_text(cx, zh.solution.as_deref(), "zh.solution", at.at(Field::Zh));
    }
    if let Some(sdk) = &code.sdk_name {
        // It becomes `#[doc(alias = "...")]`, which rejects spaces and quotes.
        if sdk.is_empty() || !all_bytes(sdk, |&b| b.is_ascii_alphanumeric() || b == b'_') {
            cx.error(
                at.at(Field::SdkName),
                format!("`sdk_name` `{sdk}` is not an identifier (letters, digits and `_` only)"),
            );
        }
    }
    let action = Action::from_key(&code.action);
    if action.is_none() && code.sound(Field::Action) {
        cx.push(
            Diagnostic::at(
                at.at(Field::Action),
                format!("unknown action `{}`", code.action),
            )
            .with_help(expected_one_of(&code.action, Action::KEYS)),
        );
    }
    let category = categories.get(code.category.as_str()).copied();
    match category {
        None if !code.sound(Field::Category) => {}
        None => cx.push(
            Diagnostic::at(
                at.at(Field::Category),
                format!("unknown category `{}`", code.category),
            )
            .with_help(expected_one_of(
                &code.category,
                &raw.categories
                    .iter()
                    .map(|c| c.key.as_str())
                    .collect::<Vec<_>>(),
            )),
        ),
        Some(c) if code.sound(Field::Code) => check_in_range(cx, raw, c, code, at.at(Field::Code)),
        Some(_) => {}
    }
    Some(Code {
        code: code.code,
        constant: screaming_snake(&code.name),
        name: code.name.to_string(),
        category: category?,
        description: code.description.to_string(),
        solution: code.solution.clone(),
        action: action?,
        retryable: code.retryable,
        sdk_name: code.sdk_name.clone(),
        success: code.success,
        zh_description: code.zh.as_ref().map(|z| z.description.to_string()),
        zh_solution: code.zh.as_ref().and_then(|z| z.solution.clone()),
        errata: code.errata.clone(),
        cause: code.cause.clone(),
        since: code.since.clone(),
        deprecated: code.deprecated.clone(),
        texts: Vec::new(),
    })
}

/// A code must lie in one of its category's ranges, when the category declares any:
/// the ranges are what places unknown future codes, so a known code outside them is
/// either a typo in the code or in the category. Ranges that are themselves wrong
/// (reversed, or unreadable) are reported once, not again for every code they miss.
fn check_in_range(cx: &mut Ctxt, raw: &RawCatalog, category: CategoryId, code: &RawCode, pos: Pos) {
    let cat = &raw.categories[category.index()];
    if cat.ranges.is_empty()
        || !cat.sound(Field::Ranges)
        || cat.ranges.iter().any(|r| r.first > r.last)
        || cat
            .ranges
            .iter()
            .any(|r| (r.first..=r.last).contains(&code.code))
    {
        return;
    }
    let ranges: Vec<String> = cat
        .ranges
        .iter()
        .map(|r| format!("{}..={}", r.first, r.last))
        .collect();
    let message = format!(
        "code `{}` is outside the ranges of category `{}` ({})",
        code.code,
        cat.key,
        ranges.join(", ")
    );
    cx.push(Diagnostic::at(pos, message).with_help(out_of_range_help(raw, category, code.code)));
}

/// The fix for a code outside its category's ranges: the category whose range holds it,
/// if one does (the category was mistyped), else the nearest range widened to hold it (a
/// new code past the end of its block).
fn out_of_range_help(raw: &RawCatalog, category: CategoryId, code: u32) -> String {
    let cat = &raw.categories[category.index()];
    let holder = raw.categories.iter().find(|other| {
        other.sound(Field::Ranges)
            && other
                .ranges
                .iter()
                .any(|r| r.first <= r.last && (r.first..=r.last).contains(&code))
    });
    if let Some(other) = holder {
        return format!(
            "`{code}` is in the ranges of `{}`: write `category: {}`; or, if the category is right, correct the code",
            other.key, other.key
        );
    }
    // The caller saw every range in order (`first <= last`) and none holding `code`.
    let nearest = cat.ranges.iter().min_by_key(|r| {
        if code < r.first {
            r.first - code
        } else {
            code - r.last
        }
    });
    match nearest {
        Some(r) => {
            let (first, last) = if code < r.first {
                (code, r.last)
            } else {
                (r.first, code)
            };
            format!(
                "correct the code; or, if it is right, widen the range of `{}` to hold it: `{{ first: {first}, last: {last} }}`",
                cat.key
            )
        }
        None => format!(
            "correct the code, or give `{}` a range that holds it",
            cat.key
        ),
    }
}

/// Codes, names and the constants derived from names must be unique: each becomes an
/// enum discriminant, a variant or a `const`. Both places are named so either can move.
fn check_unique(cx: &mut Ctxt, raw: &RawCatalog) {
    let mut by_code: BTreeMap<u32, usize> = BTreeMap::new();
    let mut by_name: BTreeMap<&str, usize> = BTreeMap::new();
    let mut by_const: BTreeMap<String, usize> = BTreeMap::new();
    for (i, code) in raw.codes.iter().enumerate() {
        if !code.sound(Field::Code) {
        } else if let Some(&first) = by_code.get(&code.code) {
            let at = raw.codes[first].at.at(Field::Code);
            cx.push(
                Diagnostic::at(
                    code.at.at(Field::Code),
                    format!(
                        "duplicate code `{}`, first defined at line {}:{}",
                        code.code, at.line, at.col
                    ),
                )
                .with_help(format!(
                    "if this is another error, give it its own number{}; if it is the same error as `{}`, keep one entry and move what this one adds into it",
                    free_code_hint(raw, code),
                    raw.codes[first].name
                )),
            );
        } else {
            by_code.insert(code.code, i);
        }
        if !code.sound(Field::Name) {
            continue;
        }
        if let Some(&first) = by_name.get(code.name.as_str()) {
            let at = raw.codes[first].at.at(Field::Name);
            cx.push(
                Diagnostic::at(
                    code.at.at(Field::Name),
                    format!(
                        "duplicate name `{}`, first defined at line {}:{}",
                        code.name, at.line, at.col
                    ),
                )
                .with_help(format!(
                    "name this code after what sets it apart from code `{}`, e.g. `{}{}`",
                    raw.codes[first].code, code.name, code.code
                )),
            );
            continue;
        }
        by_name.insert(&code.name, i);
        let constant = screaming_snake(&code.name);
        if let Some(&first) = by_const.get(&constant) {
            cx.error(
                code.at.at(Field::Name),
                format!(
                    "names `{}` and `{}` both become the constant `{constant}`; rename one",
                    raw.codes[first].name, code.name
                ),
            );
        } else {
            by_const.insert(constant, i);
        }
    }
}

/// ` (`70042` is free)`: the first number after `code` that no entry uses and that stays
/// in the ranges of the code's category, if one is within a thousand; empty otherwise.
fn free_code_hint(raw: &RawCatalog, code: &RawCode) -> String {
    let ranges = raw
        .categories
        .iter()
        .find(|c| c.key.as_str() == code.category.as_str())
        .map_or(&[][..], |c| c.ranges.as_slice());
    (1..=1000)
        .filter_map(|step| code.code.checked_add(step))
        .filter(|n| ranges.is_empty() || ranges.iter().any(|r| (r.first..=r.last).contains(n)))
        .find(|n| raw.codes.iter().all(|c| c.code != *n))
        .map_or_else(String::new, |n| format!(" (`{n}` is free)"))
}

/// At most one code is the success code: runtime helpers treat it as "no error".
fn check_single_success(cx: &mut Ctxt, raw: &RawCatalog) {
    let mut first: Option<usize> = None;
    for (i, code) in raw.codes.iter().enumerate().filter(|(_, c)| c.success) {
        match first {
            None => first = Some(i),
            Some(f) => cx.error(
                code.at.at(Field::Success),
                format!("code `{}` is marked `success`, but so is `{}`: at most one code is the success code", code.code, raw.codes[f].code),
            ),
        }
    }
}

/// Variant names: an `UpperCamelCase` identifier that is not a keyword. The hint is the
/// name respelled when that gives one (`senderBlockedByPeer` → `SenderBlockedByPeer`).
fn check_type_name(cx: &mut Ctxt, name: &str, what: &str, pos: Pos, reserved: &[&str]) {
    let respelled = || {
        to_upper_camel(name).map_or_else(
            || "write an UpperCamelCase identifier, e.g. `TokenExpired`".to_owned(),
            |camel| format!("write `{camel}`"),
        )
    };
    if !is_valid_identifier(name) {
        let (problem, help) = if is_keyword(name) {
            let capital = capitalized(name);
            let help = if is_valid_identifier(&capital) && is_upper_camel(&capital) {
                format!("write `{capital}`")
            } else {
                format!("write another name, e.g. `{capital}Error`")
            };
            ("is a Rust keyword", help)
        } else {
            ("is not a Rust identifier", respelled())
        };
        cx.push(Diagnostic::at(pos, format!("{what} `{name}` {problem}")).with_help(help));
    } else if !is_upper_camel(name) {
        cx.push(
            Diagnostic::at(pos, format!("{what} `{name}` is not UpperCamelCase"))
                .with_help(respelled()),
        );
    } else if reserved.contains(&name) {
        cx.push(
            Diagnostic::at(
                pos,
                format!(
                    "{what} `{name}` is reserved: the generated enum has a constant of that name"
                ),
            )
            .with_help(format!(
                "write `{}`",
                capitalized(&name.to_ascii_lowercase())
            )),
        );
    }
}

/// `name` with its first letter in capitals: `self` → `Self`, `all` → `All`.
fn capitalized(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

/// Required text must say something; whitespace alone is a forgotten value.
fn check_text(cx: &mut Ctxt, text: &str, field: &str, pos: Pos) {
    if text.trim().is_empty() {
        cx.error(pos, format!("`{field}` is empty; it is required"));
    }
}

/// An optional field that is present must not be empty: leave it out instead.
fn check_optional_text(cx: &mut Ctxt, text: Option<&str>, field: &str, pos: Pos) {
    if text.is_some_and(|t| t.trim().is_empty()) {
        cx.error(
            pos,
            format!("`{field}` is empty; write it or leave the field out"),
        );
    }
}
