//! Stage 3: check the raw catalog against every rule, collecting all problems, and turn
//! it into the model the expand stage trusts without further checks.

use std::collections::HashMap;

use crate::diag::{Ctxt, Diagnostic, Pos, expected_one_of};
use crate::locate::Locations;
use crate::model::{RawCatalog, RawCode, Text};

/// The closed set of actions: the YAML key and the variant of the runtime crate's
/// `Action` enum it maps to. The runtime crate's tests check the mapping end to end.
pub(crate) const ACTIONS: [(&str, &str); 9] = [
    ("none", "Nothing"),
    ("fix_request", "FixRequest"),
    ("renew_token", "RenewToken"),
    ("login", "Login"),
    ("check_network", "CheckNetwork"),
    ("retry", "Retry"),
    ("wait", "Wait"),
    ("inform_user", "InformUser"),
    ("contact_support", "ContactSupport"),
];

/// Associated items the generated code enum defines; a variant of the same name would
/// make `Enum::ALL` ambiguous.
const RESERVED_NAMES: [&str; 1] = ["ALL"];

/// A catalog every rule holds for.
#[derive(Debug)]
pub(crate) struct Catalog {
    pub(crate) categories: Vec<Category>,
    pub(crate) codes: Vec<Code>,
}

#[derive(Debug)]
pub(crate) struct Category {
    pub(crate) key: String,
    pub(crate) name: String,
    pub(crate) title: String,
    pub(crate) ranges: Vec<(u32, u32)>,
    pub(crate) note: Option<String>,
}

/// `code.code` is the catalog's own word for the number.
#[allow(clippy::struct_field_names)]
#[derive(Debug)]
pub(crate) struct Code {
    pub(crate) code: u32,
    pub(crate) name: String,
    /// `SCREAMING_SNAKE_CASE` of `name`, for the constants module.
    pub(crate) constant: String,
    /// Index into `Catalog::categories`.
    pub(crate) category: usize,
    pub(crate) description: String,
    pub(crate) solution: Option<String>,
    /// Index into [`ACTIONS`].
    pub(crate) action: usize,
    pub(crate) retryable: bool,
    pub(crate) sdk_name: Option<String>,
    pub(crate) success: bool,
    pub(crate) zh_description: Option<String>,
    pub(crate) zh_solution: Option<String>,
    pub(crate) errata: Option<String>,
}

pub(crate) fn validate(raw: RawCatalog, loc: &Locations) -> Result<Catalog, Vec<Diagnostic>> {
    let mut cx = Ctxt::default();
    check_not_empty(&mut cx, &raw, loc);
    if !check_required(&mut cx, &raw, loc) {
        // Later rules would only repeat these problems in other words.
        return Err(cx.check().err().unwrap_or_default());
    }
    check_categories(&mut cx, &raw, loc);
    let category_index: HashMap<&str, usize> = raw
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| (c.key.as_str(), i))
        .rev() // the first of duplicate keys wins, matching the error that names it
        .collect();
    let mut codes = Vec::with_capacity(raw.codes.len());
    for (i, code) in raw.codes.iter().enumerate() {
        if let Some(c) = check_code(&mut cx, &raw, &category_index, code, i, loc) {
            codes.push(c);
        }
    }
    check_unique(&mut cx, &raw, loc);
    check_single_success(&mut cx, &raw, loc);
    cx.check()?;
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
    Ok(Catalog { categories, codes })
}

/// A catalog needs at least one category and one code: a `#[repr(u32)]` enum cannot be
/// empty, and an empty catalog is almost certainly the wrong file.
fn check_not_empty(cx: &mut Ctxt, raw: &RawCatalog, loc: &Locations) {
    if raw.categories.is_empty() {
        let pos = loc.categories.key.unwrap_or(Pos::START);
        cx.error(
            pos,
            "`categories` is empty: a catalog needs at least one category",
        );
    }
    if raw.codes.is_empty() {
        let pos = loc.codes.key.unwrap_or(Pos::START);
        cx.error(pos, "`codes` is empty: a catalog needs at least one code");
    }
    if raw.categories.len() > usize::from(u8::MAX) {
        let pos = loc.categories.key.unwrap_or(Pos::START);
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
/// field; checking here reports all of them, each at its entry or field.
fn check_required(cx: &mut Ctxt, raw: &RawCatalog, loc: &Locations) -> bool {
    let mut complete = true;
    let mut require = |text: &Text, field: &str, pos: Pos| {
        if text.get().is_none() {
            cx.error(pos, format!("`{field}` is missing or null; it is required"));
            complete = false;
        }
    };
    for (i, cat) in raw.categories.iter().enumerate() {
        for (text, field) in [
            (&cat.key, "key"),
            (&cat.name, "name"),
            (&cat.title, "title"),
        ] {
            require(text, field, loc.categories.field(i, field));
        }
    }
    for (i, code) in raw.codes.iter().enumerate() {
        let fields = [
            (&code.name, "name"),
            (&code.category, "category"),
            (&code.description, "description"),
            (&code.action, "action"),
        ];
        for (text, field) in fields {
            require(text, field, loc.codes.field(i, field));
        }
        if let Some(zh) = &code.zh {
            require(&zh.description, "zh.description", loc.codes.field(i, "zh"));
        }
    }
    complete
}

/// Category keys are `snake_case` and names are `UpperCamelCase` identifiers, both unique,
/// because they become YAML references and enum variants. Ranges are inclusive and must
/// not be reversed.
fn check_categories(cx: &mut Ctxt, raw: &RawCatalog, loc: &Locations) {
    let mut keys: HashMap<&str, usize> = HashMap::new();
    let mut names: HashMap<&str, usize> = HashMap::new();
    let sec = &loc.categories;
    for (i, cat) in raw.categories.iter().enumerate() {
        if !is_snake_case(&cat.key) {
            cx.error(
                sec.field(i, "key"),
                format!(
                    "category key `{}` is not snake_case (expected e.g. `call_invitation`)",
                    cat.key
                ),
            );
        }
        if let Some(&first) = keys.get(cat.key.as_str()) {
            cx.error(
                sec.field(i, "key"),
                format!(
                    "duplicate category key `{}`, first defined at line {}",
                    cat.key,
                    sec.field(first, "key").line
                ),
            );
        } else {
            keys.insert(&cat.key, i);
        }
        check_type_name(cx, &cat.name, "category name", sec.field(i, "name"));
        if let Some(&first) = names.get(cat.name.as_str()) {
            cx.error(
                sec.field(i, "name"),
                format!(
                    "duplicate category name `{}`, first defined at line {}",
                    cat.name,
                    sec.field(first, "name").line
                ),
            );
        } else {
            names.insert(&cat.name, i);
        }
        check_text(cx, &cat.title, "title", sec.field(i, "title"));
        check_optional_text(cx, cat.note.as_deref(), "note", sec.field(i, "note"));
        for range in &cat.ranges {
            if range.first > range.last {
                cx.error(sec.field(i, "ranges"), format!("range `{}..={}` of category `{}` is reversed: `first` must not exceed `last`", range.first, range.last, cat.key));
            }
        }
    }
}

/// Checks one code entry; returns the validated code when its own fields are sound.
fn check_code(
    cx: &mut Ctxt,
    raw: &RawCatalog,
    categories: &HashMap<&str, usize>,
    code: &RawCode,
    i: usize,
    loc: &Locations,
) -> Option<Code> {
    let sec = &loc.codes;
    check_type_name(cx, &code.name, "code name", sec.field(i, "name"));
    check_text(
        cx,
        &code.description,
        "description",
        sec.field(i, "description"),
    );
    check_optional_text(
        cx,
        code.solution.as_deref(),
        "solution",
        sec.field(i, "solution"),
    );
    check_optional_text(cx, code.errata.as_deref(), "errata", sec.field(i, "errata"));
    if let Some(zh) = &code.zh {
        check_text(cx, &zh.description, "zh.description", sec.field(i, "zh"));
        check_optional_text(
            cx,
            zh.solution.as_deref(),
            "zh.solution",
            sec.field(i, "zh"),
        );
    }
    if let Some(sdk) = &code.sdk_name {
        // It becomes `#[doc(alias = "...")]`, which rejects spaces and quotes.
        if sdk.is_empty() || !sdk.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            cx.error(
                sec.field(i, "sdk_name"),
                format!("`sdk_name` `{sdk}` is not an identifier (letters, digits and `_` only)"),
            );
        }
    }
    let action = ACTIONS
        .iter()
        .position(|(key, _)| *key == code.action.as_str());
    if action.is_none() {
        cx.push(
            Diagnostic::at(
                sec.field(i, "action"),
                format!("unknown action `{}`", code.action),
            )
            .with_help(expected_one_of(&code.action, &ACTIONS.map(|(k, _)| k))),
        );
    }
    let category = categories.get(code.category.as_str()).copied();
    match category {
        None => cx.push(
            Diagnostic::at(
                sec.field(i, "category"),
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
        Some(c) => check_in_range(cx, raw, c, code, sec.field(i, "code")),
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
    })
}

/// A code must lie in one of its category's ranges, when the category declares any:
/// the ranges are what places unknown future codes, so a known code outside them is
/// either a typo in the code or in the category.
fn check_in_range(cx: &mut Ctxt, raw: &RawCatalog, category: usize, code: &RawCode, pos: Pos) {
    let cat = &raw.categories[category];
    if cat.ranges.is_empty()
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
    cx.error(
        pos,
        format!(
            "code `{}` is outside the ranges of category `{}` ({})",
            code.code,
            cat.key,
            ranges.join(", ")
        ),
    );
}

/// Codes, names and the constants derived from names must be unique: each becomes an
/// enum discriminant, a variant or a `const`. Both places are named so either can move.
fn check_unique(cx: &mut Ctxt, raw: &RawCatalog, loc: &Locations) {
    let sec = &loc.codes;
    let mut by_code: HashMap<u32, usize> = HashMap::new();
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    let mut by_const: HashMap<String, usize> = HashMap::new();
    for (i, code) in raw.codes.iter().enumerate() {
        if let Some(&first) = by_code.get(&code.code) {
            let at = sec.field(first, "code");
            cx.error(
                sec.field(i, "code"),
                format!(
                    "duplicate code `{}`, first defined at line {}:{}",
                    code.code, at.line, at.col
                ),
            );
        } else {
            by_code.insert(code.code, i);
        }
        if let Some(&first) = by_name.get(code.name.as_str()) {
            let at = sec.field(first, "name");
            cx.error(
                sec.field(i, "name"),
                format!(
                    "duplicate name `{}`, first defined at line {}:{}",
                    code.name, at.line, at.col
                ),
            );
            continue;
        }
        by_name.insert(&code.name, i);
        let constant = screaming_snake(&code.name);
        if let Some(&first) = by_const.get(&constant) {
            cx.error(
                sec.field(i, "name"),
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

/// At most one code is the success code: runtime helpers treat it as "no error".
fn check_single_success(cx: &mut Ctxt, raw: &RawCatalog, loc: &Locations) {
    let mut first: Option<usize> = None;
    for (i, code) in raw.codes.iter().enumerate().filter(|(_, c)| c.success) {
        match first {
            None => first = Some(i),
            Some(f) => cx.error(
                loc.codes.field(i, "success"),
                format!("code `{}` is marked `success`, but so is `{}`: at most one code is the success code", code.code, raw.codes[f].code),
            ),
        }
    }
}

/// Variant names: an `UpperCamelCase` identifier that is not a keyword.
fn check_type_name(cx: &mut Ctxt, name: &str, what: &str, pos: Pos) {
    if syn::parse_str::<syn::Ident>(name).is_err() {
        let problem = if is_keyword(name) {
            "is a Rust keyword"
        } else {
            "is not a Rust identifier"
        };
        cx.error(pos, format!("{what} `{name}` {problem}; expected an UpperCamelCase identifier such as `TokenExpired`"));
    } else if !is_upper_camel(name) {
        cx.error(
            pos,
            format!("{what} `{name}` is not UpperCamelCase; expected e.g. `TokenExpired`"),
        );
    } else if RESERVED_NAMES.contains(&name) {
        cx.error(pos, format!("{what} `{name}` is reserved: the generated enum has an associated item of that name"));
    }
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

fn is_snake_case(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn is_upper_camel(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

fn is_keyword(name: &str) -> bool {
    // syn rejects exactly the keywords among otherwise valid identifiers.
    !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && syn::parse_str::<syn::Ident>(name).is_err()
}

/// `TokenExpired` → `TOKEN_EXPIRED`; `HTTPError` → `HTTP_ERROR`; `Error404` → `ERROR404`.
pub(crate) fn screaming_snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    fn problems(text: &str) -> Vec<(usize, String)> {
        let (raw, loc) = load::parse(text).expect("parses");
        match validate(raw, &loc) {
            Ok(_) => Vec::new(),
            Err(ds) => ds
                .into_iter()
                .map(|d| (d.pos.unwrap().line, d.message))
                .collect(),
        }
    }

    const HEAD: &str = "categories:\n  - key: login\n    name: Login\n    title: Login errors\n    ranges: [{first: 100, last: 199}]\ncodes:\n";

    fn entry(code: &str, name: &str, category: &str, action: &str) -> String {
        format!(
            "  - code: {code}\n    name: {name}\n    category: {category}\n    description: d\n    action: {action}\n    retryable: false\n"
        )
    }

    #[test]
    fn a_sound_catalog_passes() {
        let text = format!(
            "{HEAD}{}{}",
            entry("100", "A", "login", "none"),
            entry("101", "B", "login", "retry")
        );
        assert_eq!(problems(&text), []);
    }

    #[test]
    fn every_problem_is_reported_at_once_with_its_line() {
        let text = format!(
            "{HEAD}{}{}{}{}{}",
            entry("100", "TokenExpired", "login", "none"), // lines 7-12
            entry("100", "TokenExpired", "login", "none"), // 13-18: duplicate code and name
            entry("101", "fn", "login", "explode"),        // 19-24: keyword, bad action
            entry("300", "Far", "nowhere", "none"),        // 25-30: unknown category
            entry("301", "Out", "login", "none"),          // 31-36: outside the range
        );
        let got = problems(&text);
        let expected = [
            (13, "duplicate code `100`, first defined at line 7:11"),
            (
                14,
                "duplicate name `TokenExpired`, first defined at line 8:11",
            ),
            (
                20,
                "code name `fn` is a Rust keyword; expected an UpperCamelCase identifier such as `TokenExpired`",
            ),
            (23, "unknown action `explode`"),
            (27, "unknown category `nowhere`"),
            (
                31,
                "code `301` is outside the ranges of category `login` (100..=199)",
            ),
        ];
        let got: Vec<(usize, &str)> = got.iter().map(|(l, m)| (*l, m.as_str())).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn names_must_be_upper_camel_identifiers() {
        let text = format!(
            "{HEAD}{}{}{}",
            entry("100", "token_expired", "login", "none"),
            entry("101", "1x", "login", "none"),
            entry("102", "ALL", "login", "none")
        );
        let got = problems(&text);
        assert!(
            got[0].1.contains("`token_expired` is not UpperCamelCase"),
            "{got:?}"
        );
        assert!(
            got[1].1.contains("`1x` is not a Rust identifier"),
            "{got:?}"
        );
        assert!(got[2].1.contains("`ALL` is reserved"), "{got:?}");
    }

    #[test]
    fn constant_collisions_and_second_success_are_caught() {
        let mut text = format!(
            "{HEAD}{}{}",
            entry("100", "HttpError", "login", "none"),
            entry("101", "HTTPError", "login", "none")
        );
        text.push_str("    success: true\n");
        text.push_str(&entry("102", "C", "login", "none"));
        text.push_str("    success: true\n");
        let got = problems(&text);
        assert!(
            got.iter()
                .any(|(_, m)| m.contains("both become the constant `HTTP_ERROR`")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(_, m)| m.contains("at most one code is the success code")),
            "{got:?}"
        );
    }

    #[test]
    fn empty_sections_and_text() {
        let got = problems("categories: []\ncodes: []\n");
        assert_eq!(got.len(), 2, "{got:?}");
        let text = format!(
            "{HEAD}{}",
            entry("100", "A", "login", "none").replace("description: d", "description: '  '")
        );
        assert_eq!(
            problems(&text)[0].1,
            "`description` is empty; it is required"
        );
    }

    #[test]
    fn screaming_snake_cases() {
        assert_eq!(screaming_snake("TokenExpired"), "TOKEN_EXPIRED");
        assert_eq!(screaming_snake("HTTPError"), "HTTP_ERROR");
        assert_eq!(screaming_snake("Error404Found"), "ERROR404_FOUND");
        assert_eq!(screaming_snake("A"), "A");
    }
}
