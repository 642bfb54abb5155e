//! Unit tests of the validation rules.

use std::fmt::Write as _;

use super::*;
use crate::load;

fn problems(text: &str) -> Vec<(usize, String)> {
    let raw = load::parse(text).expect("parses");
    match validate(raw) {
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
        (20, "code name `fn` is a Rust keyword"),
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
        "{HEAD}{}{}{}{}{}{}",
        entry("100", "token_expired", "login", "none"),
        entry("101", "1x", "login", "none"),
        entry("102", "PREFIX", "login", "none"),
        entry("103", "LANGUAGE", "login", "none"),
        entry("104", "LANGUAGES", "login", "none"),
        entry("105", "ALL", "login", "none")
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
    // The enum has no `ALL` (its codes are `all()`), so that name is free.
    assert_eq!(got.len(), 5, "{got:?}");
    let reserved: Vec<String> = located(&text).into_iter().skip(2).collect();
    let expected: Vec<String> = [("PREFIX", "Prefix"), ("LANGUAGE", "Language"), ("LANGUAGES", "Languages")]
        .iter()
        .zip(["20", "26", "32"])
        .map(|((name, fix), line)| {
            format!("{line}:11 code name `{name}` is reserved: the generated enum has a constant of that name (help: write `{fix}`)")
        })
        .collect();
    assert_eq!(reserved, expected);
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
fn screaming_snake_agrees_with_the_char_rule() {
    // The rule as it reads on `char`s: what the byte version must keep doing.
    fn by_chars(name: &str) -> String {
        let chars: Vec<char> = name.chars().collect();
        let mut out = String::new();
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
    let parts = ["A", "b", "7", "_", "É", "é", "Ωmega", "令牌", "ß", "Ǆ", "X"];
    for a in parts {
        for b in parts {
            for c in parts {
                let name = format!("{a}{b}{c}");
                assert_eq!(screaming_snake(&name), by_chars(&name), "{name}");
            }
        }
    }
}

#[test]
fn screaming_snake_cases() {
    assert_eq!(screaming_snake("TokenExpired"), "TOKEN_EXPIRED");
    assert_eq!(screaming_snake("HTTPError"), "HTTP_ERROR");
    assert_eq!(screaming_snake("Error404Found"), "ERROR404_FOUND");
    assert_eq!(screaming_snake("A"), "A");
}

// ---------------------------------------------------------------------------------------
// One test per rule, each asserting the rule's own message at its own place: deleting or
// weakening any single rule fails at least one of them (`cargo mutants`, see
// `docs/reliability.md`).

/// Every problem of `text`, as `line:col message`, plus ` (help: …)` when there is one.
fn located(text: &str) -> Vec<String> {
    let raw = load::parse(text).expect("parses");
    match validate(raw) {
        Ok(_) => Vec::new(),
        Err(ds) => ds
            .into_iter()
            .map(|d| {
                let pos = d.pos.expect("validation problems have a position");
                let help = d.help.map(|h| format!(" (help: {h})")).unwrap_or_default();
                format!("{}:{} {}{help}", pos.line, pos.col, d.message)
            })
            .collect(),
    }
}

fn accepted(text: &str) -> Catalog {
    let raw = load::parse(text).expect("parses");
    validate(raw).unwrap_or_else(|ds| panic!("rejected: {ds:#?}"))
}

/// A catalog of the given categories (YAML list items, indented two spaces) and one
/// sound code in the first category, `login`.
fn with_categories(categories: &str) -> String {
    format!(
        "categories:\n{categories}codes:\n{}",
        entry("100", "A", "login", "none")
    )
}

/// The sound one-code catalog with `extra` (field lines, indented four spaces) appended
/// to its code entry; the entry's fields are on lines 7–12, `extra` from line 13.
fn with_code_fields(extra: &str) -> String {
    format!("{HEAD}{}{extra}", entry("100", "A", "login", "none"))
}

#[test]
fn a_category_key_must_be_snake_case() {
    for key in ["Login", "login-x", "1login", "_login", "logIn", "login x"] {
        let text = with_categories(&format!(
            "  - key: login\n    name: Login\n    title: T\n  - key: \"{key}\"\n    name: Other\n    title: T\n"
        ));
        let fixed = match key {
            "1login" => {
                "write lowercase letters, digits and `_`, e.g. `call_invitation`".to_owned()
            }
            "Login" => "write `login` (and the same in the `category` of its codes)".to_owned(),
            "logIn" => "write `log_in` (and the same in the `category` of its codes)".to_owned(),
            _ => "write `login_x` (and the same in the `category` of its codes)".to_owned(),
        };
        let fixed = if key == "_login" {
            "write `login` (and the same in the `category` of its codes)".to_owned()
        } else {
            fixed
        };
        assert_eq!(
            located(&text),
            [format!(
                "5:10 category key `{key}` is not snake_case (help: {fixed})"
            )],
            "{key}"
        );
    }
    for key in ["login", "call_invitation", "c0_x", "a1", "a__b_"] {
        let text = with_categories(&format!(
            "  - key: login\n    name: Login\n    title: T\n  - key: {key}x\n    name: Other\n    title: T\n"
        ));
        assert_eq!(located(&text), Vec::<String>::new(), "{key}x");
    }
}

#[test]
fn a_category_key_is_unique_and_the_first_one_counts() {
    // The second `login` has a range the code is outside of: the first definition is the
    // one codes refer to, so the only problem is the duplicate.
    let text = with_categories(
        "  - key: login\n    name: Login\n    title: T\n    ranges: [{first: 100, last: 199}]\n  - key: login\n    name: Other\n    title: T\n    ranges: [{first: 500, last: 599}]\n",
    );
    assert_eq!(
        located(&text),
        ["6:10 duplicate category key `login`, first defined at line 2"]
    );
    let catalog = accepted(&with_categories(
        "  - key: login\n    name: Login\n    title: T\n  - key: other\n    name: Other\n    title: T\n",
    ));
    assert_eq!(catalog.codes[0].category, CategoryId::FIRST);
    assert_eq!(catalog.categories[1].key, "other");
}

#[test]
fn a_category_name_is_an_upper_camel_identifier() {
    for (name, problem) in [
        ("login", "is not UpperCamelCase (help: write `Login`)"),
        ("log_in", "is not UpperCamelCase (help: write `LogIn`)"),
        (
            "9lives",
            "is not a Rust identifier (help: write an UpperCamelCase identifier, e.g. `TokenExpired`)",
        ),
        ("Log-in", "is not a Rust identifier (help: write `LogIn`)"),
        (
            "Self",
            "is a Rust keyword (help: write another name, e.g. `SelfError`)",
        ),
        ("fn", "is a Rust keyword (help: write `Fn`)"),
    ] {
        let text = with_categories(&format!("  - key: login\n    name: {name}\n    title: T\n"));
        assert_eq!(
            located(&text),
            [format!("3:11 category name `{name}` {problem}")]
        );
    }
}

#[test]
fn a_category_name_is_unique() {
    let text = with_categories(
        "  - key: login\n    name: Login\n    title: T\n  - key: other\n    name: Login\n    title: T\n",
    );
    assert_eq!(
        located(&text),
        ["6:11 duplicate category name `Login`, first defined at line 3"]
    );
}

#[test]
fn category_title_and_note_must_say_something() {
    let text =
        with_categories("  - key: login\n    name: Login\n    title: \" \"\n    note: \"\"\n");
    assert_eq!(
        located(&text),
        [
            "4:12 `title` is empty; it is required",
            "5:11 `note` is empty; write it or leave the field out",
        ]
    );
    let catalog = accepted(&with_categories(
        "  - key: login\n    name: Login\n    title: T\n    note: a remark\n",
    ));
    assert_eq!(catalog.categories[0].note.as_deref(), Some("a remark"));
}

#[test]
fn a_reversed_range_is_an_error_and_a_one_code_range_is_not() {
    let text = with_categories(
        "  - key: login\n    name: Login\n    title: T\n    ranges: [{first: 100, last: 100}, {first: 300, last: 200}]\n",
    );
    assert_eq!(
        located(&text),
        ["5:13 range `300..=200` of category `login` is reversed: `first` must not exceed `last`"]
    );
}

#[test]
fn a_code_lies_in_one_of_its_categorys_ranges_if_it_has_any() {
    // In the second of two ranges, and at both ends of a range.
    for code in ["100", "150", "199", "500"] {
        let text = format!(
            "categories:\n  - key: login\n    name: Login\n    title: T\n    ranges: [{{first: 100, last: 199}}, {{first: 500, last: 500}}]\ncodes:\n{}",
            entry(code, "A", "login", "none")
        );
        assert_eq!(located(&text), Vec::<String>::new(), "{code}");
    }
    // The fix widens the nearest range, at the end the code is past.
    for (code, widened) in [
        ("99", "99, last: 199"),
        ("200", "100, last: 200"),
        ("499", "499, last: 500"),
        ("501", "500, last: 501"),
    ] {
        let text = format!(
            "categories:\n  - key: login\n    name: Login\n    title: T\n    ranges: [{{first: 100, last: 199}}, {{first: 500, last: 500}}]\ncodes:\n{}",
            entry(code, "A", "login", "none")
        );
        assert_eq!(
            located(&text),
            [format!(
                "7:11 code `{code}` is outside the ranges of category `login` (100..=199, 500..=500) (help: correct the code; or, if it is right, widen the range of `login` to hold it: `{{ first: {widened} }}`)"
            )]
        );
    }
    // The nearest range by distance, not by ratio: 250 is 51 past 100..=199 and 750
    // before 1000..=1999; 600 is 401 past the first and 400 before the second.
    for (code, widened) in [("250", "100, last: 250"), ("600", "600, last: 1999")] {
        let text = format!(
            "categories:\n  - key: login\n    name: Login\n    title: T\n    ranges: [{{first: 100, last: 199}}, {{first: 1000, last: 1999}}]\ncodes:\n{}",
            entry(code, "A", "login", "none")
        );
        let got = located(&text);
        assert!(
            got[0].ends_with(&format!("`{{ first: {widened} }}`)")),
            "{got:?}"
        );
    }
    // In another category's range: the category was mistyped.
    let text = format!(
        "categories:\n  - key: login\n    name: Login\n    title: T\n    ranges: [{{first: 100, last: 199}}]\n  - key: room\n    name: Room\n    title: T\n    ranges: [{{first: 300, last: 399}}]\ncodes:\n{}",
        entry("301", "A", "login", "none")
    );
    assert_eq!(
        located(&text),
        [
            "11:11 code `301` is outside the ranges of category `login` (100..=199) (help: `301` is in the ranges of `room`: write `category: room`; or, if the category is right, correct the code)"
        ]
    );
    // No ranges: any code.
    let text = with_categories("  - key: login\n    name: Login\n    title: T\n");
    assert_eq!(
        located(&text.replace("code: 100", "code: 4294967295")),
        Vec::<String>::new()
    );
}

#[test]
fn an_sdk_name_is_an_identifier() {
    for bad in ["\"\"", "\"a b\"", "Z-1", "\"x\\\"y\"", "é"] {
        let text = with_code_fields(&format!("    sdk_name: {bad}\n"));
        let got = located(&text);
        assert_eq!(got.len(), 1, "{bad}: {got:?}");
        assert!(
            got[0].starts_with("13:15 `sdk_name` `")
                && got[0].ends_with("` is not an identifier (letters, digits and `_` only)"),
            "{bad}: {got:?}"
        );
    }
    let catalog = accepted(&with_code_fields("    sdk_name: ZIMErrorCode_1x\n"));
    assert_eq!(
        catalog.codes[0].sdk_name.as_deref(),
        Some("ZIMErrorCode_1x")
    );
}

#[test]
fn optional_texts_of_a_code_must_not_be_empty() {
    for (field, line) in [
        ("solution", "    solution: \"\"\n"),
        ("errata", "    errata: \"  \"\n"),
    ] {
        assert_eq!(
            located(&with_code_fields(line)),
            [format!(
                "13:{} `{field}` is empty; write it or leave the field out",
                field.len() + 7
            )]
        );
    }
    let text = with_code_fields("    zh:\n      description: \" \"\n      solution: \"\"\n");
    assert_eq!(
        located(&text),
        [
            "13:5 `zh.description` is empty; it is required",
            "13:5 `zh.solution` is empty; write it or leave the field out",
        ]
    );
    let catalog = accepted(&with_code_fields(
        "    solution: s\n    errata: e\n    zh:\n      description: zd\n      solution: zs\n",
    ));
    let code = &catalog.codes[0];
    assert_eq!(
        (
            code.solution.as_deref(),
            code.errata.as_deref(),
            code.zh_description.as_deref(),
            code.zh_solution.as_deref()
        ),
        (Some("s"), Some("e"), Some("zd"), Some("zs"))
    );
}

#[test]
fn required_texts_missing_or_null_are_reported_alone() {
    // Every missing text at once, and none of the rules that would repeat them.
    let text = "categories:\n  - key: login\n    name: ~\n    title: T\ncodes:\n  - code: 100\n    name: A\n    category: login\n    action: none\n    retryable: false\n    zh:\n      description: ~\n";
    assert_eq!(
        located(text),
        [
            "3:11 `name` is missing or null; it is required",
            "8:5 `description` is missing; it is required (help: add a line `description: <what went wrong>` below this one, in line with `category:`)",
            "11:5 `zh.description` is missing or null; it is required (help: write `description: <text>` under `zh:`, indented below it)",
        ]
    );
    let text = "categories:\n  - name: Login\n    title: T\ncodes:\n  - code: 100\n    description: d\n    retryable: false\n";
    assert_eq!(
        located(text),
        [
            // Above the field it precedes when none before it is written.
            "2:5 `key` is missing; it is required (help: add a line `key: <snake_case_key>` above this one, in line with `name:`)",
            "5:5 `name` is missing; it is required (help: add a line `name: <UpperCamelName>` below this one, in line with `code:`)",
            "5:5 `category` is missing; it is required (help: add a line `category: <a category key>` below this one, in line with `code:`)",
            "6:5 `action` is missing; it is required (help: add a line `action: <an action: none, retry, login, …>` below this one, in line with `description:`)",
        ]
    );
    let text = "categories:\n  - key: login\n    name: Login\ncodes:\n  - code: 100\n    name: A\n    category: login\n    description: d\n    action: none\n    retryable: false\n";
    assert_eq!(
        located(text),
        [
            "3:5 `title` is missing; it is required (help: add a line `title: <a title>` below this one, in line with `name:`)"
        ]
    );
}

#[test]
fn unknown_action_and_category_suggest_the_closest() {
    let text = format!(
        "{HEAD}{}{}",
        entry("100", "A", "logn", "retyr"),
        entry("101", "B", "login", "none")
    );
    assert_eq!(
        located(&text),
        [
            "9:15 unknown category `logn` (help: did you mean `login`? expected one of `login`)",
            "11:13 unknown action `retyr` (help: did you mean `retry`? expected one of `none`, `fix_request`, `renew_token`, `login`, `check_network`, `retry`, `wait`, `inform_user`, `contact_support`, `sign_again`)",
        ]
    );
}

/// A duplicate code is reported at its second place, naming the first, wherever the pair
/// stands: first and second, middle, last.
#[test]
fn a_duplicate_code_is_found_at_every_position() {
    let codes = ["100", "101", "102", "103", "104"];
    // The last number is the first after the code that no entry uses.
    for (first, second, free) in [(0, 1, 101), (1, 3, 103), (2, 4, 104), (0, 4, 104)] {
        let mut text = HEAD.to_owned();
        for (i, code) in codes.iter().enumerate() {
            let code = if i == second { codes[first] } else { code };
            text.push_str(&entry(code, &format!("N{i}"), "login", "none"));
        }
        assert_eq!(
            located(&text),
            [format!(
                "{}:11 duplicate code `{}`, first defined at line {}:11 (help: if this is \
                 another error, give it its own number (`{}` is free); if it is the same \
                 error as `N{first}`, keep one entry and move what this one adds into it)",
                7 + 6 * second,
                codes[first],
                7 + 6 * first,
                free
            )],
            "{first} {second}"
        );
    }
}

#[test]
fn a_duplicate_name_is_not_also_a_constant_collision() {
    let text = format!(
        "{HEAD}{}{}{}",
        entry("100", "TokenExpired", "login", "none"),
        entry("101", "TokenExpired", "login", "none"),
        entry("102", "TOKENExpired", "login", "none")
    );
    assert_eq!(
        located(&text),
        [
            "14:11 duplicate name `TokenExpired`, first defined at line 8:11 (help: name this code after what sets it apart from code `100`, e.g. `TokenExpired101`)",
            "20:11 names `TokenExpired` and `TOKENExpired` both become the constant `TOKEN_EXPIRED`; rename one",
        ]
    );
}

#[test]
fn at_most_one_success_code() {
    let one = with_code_fields("    success: true\n");
    assert!(accepted(&one).codes[0].success);
    let mut text = format!("{HEAD}{}", entry("100", "A", "login", "none"));
    text.push_str("    success: true\n");
    text.push_str(&entry("101", "B", "login", "none"));
    text.push_str("    success: false\n");
    text.push_str(&entry("102", "C", "login", "none"));
    text.push_str("    success: true\n");
    text.push_str(&entry("103", "D", "login", "none"));
    text.push_str("    success: true\n");
    assert_eq!(
        located(&text),
        [
            "27:14 code `102` is marked `success`, but so is `100`: at most one code is the success code",
            "34:14 code `103` is marked `success`, but so is `100`: at most one code is the success code",
        ]
    );
}

#[test]
fn empty_sections_are_each_reported() {
    assert_eq!(
        located("categories: []\ncodes: []\n"),
        [
            "1:1 `categories` is empty: a catalog needs at least one category",
            "2:1 `codes` is empty: a catalog needs at least one code",
        ]
    );
}

fn n_categories(n: usize) -> String {
    let mut text = String::from("categories:\n");
    for i in 0..n {
        let _ = write!(text, "  - key: c{i}\n    name: C{i}\n    title: T\n");
    }
    text.push_str("codes:\n");
    text.push_str(&entry("1", "One", &format!("c{}", n - 1), "none"));
    text
}

#[test]
fn at_most_255_categories() {
    let catalog = accepted(&n_categories(255));
    assert_eq!(catalog.codes[0].category.index(), 254);
    assert_eq!(
        located(&n_categories(256)),
        ["1:1 256 categories: at most 255 are supported"]
    );
}

/// What validation hands on: every field of the raw entry, in catalog order, with its
/// category resolved and its constant derived.
#[test]
fn the_checked_catalog_keeps_every_field() {
    let text = "categories:\n  - key: login\n    name: Login\n    title: Login errors\n    ranges: [{first: 100, last: 199}, {first: 300, last: 300}]\n  - key: room\n    name: Room\n    title: Room errors\ncodes:\n  - code: 7\n    name: RoomGone\n    category: room\n    description: gone\n    action: wait\n    retryable: true\n  - code: 100\n    name: TokenID\n    category: login\n    description: d\n    action: renew_token\n    retryable: false\n";
    let catalog = accepted(text);
    let login = &catalog.categories[0];
    assert_eq!(
        (
            login.key.as_str(),
            login.name.as_str(),
            login.title.as_str()
        ),
        ("login", "Login", "Login errors")
    );
    assert_eq!(login.ranges, [(100, 199), (300, 300)]);
    assert_eq!(catalog.categories[1].ranges, []);
    let [room_gone, token] = &catalog.codes[..] else {
        panic!("two codes: {:?}", catalog.codes)
    };
    assert_eq!(
        (
            room_gone.code,
            room_gone.name.as_str(),
            room_gone.constant.as_str()
        ),
        (7, "RoomGone", "ROOM_GONE")
    );
    assert_eq!(room_gone.category.index(), 1);
    assert_eq!(room_gone.description, "gone");
    assert_eq!(room_gone.action, Action::Wait);
    assert!(room_gone.retryable && !room_gone.success);
    assert_eq!(
        (token.code, token.constant.as_str(), token.category),
        (100, "TOKEN_ID", CategoryId::FIRST)
    );
    assert_eq!(token.action, Action::RenewToken);
    assert!(!token.retryable);
}

#[test]
fn a_prefix_is_a_lowercase_name() {
    for prefix in ["zim", "zim-server", "a_1", "z9"] {
        let catalog = accepted(&format!("prefix: {prefix}\n{}", with_code_fields("")));
        assert_eq!(catalog.prefix, prefix);
    }
    assert_eq!(accepted(&with_code_fields("")).prefix, "");
    for prefix in [
        "Zim",
        "zIm",
        "1zim",
        "-zim",
        "_zim",
        "zim.x",
        "\"zim x\"",
        "\"\"",
    ] {
        let shown = prefix.trim_matches('"');
        assert_eq!(
            located(&format!("prefix: {prefix}\n{}", with_code_fields(""))),
            [format!(
                "1:9 `prefix` `{shown}` is not a lowercase name (help: write letters, digits, `-` and `_`, starting with a letter, e.g. `zim`)"
            )],
            "{prefix}"
        );
    }
}

#[test]
fn cause_since_and_deprecated_must_not_be_empty() {
    for field in ["cause", "since", "deprecated"] {
        assert_eq!(
            located(&with_code_fields(&format!("    {field}: \" \"\n"))),
            [format!(
                "13:{} `{field}` is empty; write it or leave the field out",
                field.len() + 7
            )]
        );
    }
    let catalog = accepted(&with_code_fields(
        "    cause: c\n    since: \"2.3\"\n    deprecated: use B\n",
    ));
    let code = &catalog.codes[0];
    assert_eq!(
        (
            code.cause.as_deref(),
            code.since.as_deref(),
            code.deprecated.as_deref()
        ),
        (Some("c"), Some("2.3"), Some("use B"))
    );
}

// ---------------------------------------------------------------------------------------
// Each problem once: a field that is missing, or that the load stage could not read (and
// reported), is left out of every later rule.

/// The load stage's problems and then validation's, as `line:col message`.
fn all_problems(text: &str) -> Vec<String> {
    let loaded = load::load(text);
    let mut got: Vec<String> = loaded
        .problems
        .iter()
        .map(|d| {
            let pos = d.pos.unwrap_or_default();
            format!("{}:{} {}", pos.line, pos.col, d.message)
        })
        .collect();
    if let Err((ds, _)) = validate_or_return(loaded.raw) {
        got.extend(ds.into_iter().map(|d| {
            let pos = d.pos.expect("validation problems have a position");
            format!("{}:{} {}", pos.line, pos.col, d.message)
        }));
    }
    got
}

#[test]
fn an_unreadable_code_is_not_checked_again() {
    // Read as 0 it would be outside the range; it is only the type error.
    let text = format!(
        "{HEAD}{}{}",
        entry("100", "A", "login", "none"),
        entry("abc", "B", "login", "none")
    );
    assert_eq!(
        all_problems(&text),
        ["13:11 codes[1].code: invalid type: string \"abc\", expected u32"]
    );
}

#[test]
fn missing_fields_are_reported_once() {
    // No `key` and no `name` of a code is also "not snake_case", "not an identifier",
    // "unknown category", "unknown action", "empty description" or a duplicate key.
    let text = "categories:\n  - name: Login\n    title: ~\n    ranges: [{first: 100, last: 199}]\n  - name: Login\n    title: T\ncodes:\n  - code: 100\n    retryable: false\n  - code: 100\n    retryable: false\n";
    assert_eq!(
        all_problems(text),
        [
            "2:5 `key` is missing; it is required",
            "3:12 `title` is missing or null; it is required",
            "5:5 `key` is missing; it is required",
            "5:11 duplicate category name `Login`, first defined at line 2",
            "8:5 `name` is missing; it is required",
            "8:5 `category` is missing; it is required",
            "8:5 `description` is missing; it is required",
            "8:5 `action` is missing; it is required",
            "10:5 `name` is missing; it is required",
            "10:5 `category` is missing; it is required",
            "10:5 `description` is missing; it is required",
            "10:5 `action` is missing; it is required",
            "10:11 duplicate code `100`, first defined at line 8:11",
        ]
    );
}

#[test]
fn wrong_ranges_are_reported_once_not_for_every_code() {
    let code = "codes:\n  - code: 100\n    name: A\n    category: login\n    description: d\n    action: none\n    retryable: false\n";
    let head = "categories:\n  - key: login\n    name: Login\n    title: T\n";
    assert_eq!(
        all_problems(&format!(
            "{head}    ranges: [{{first: 300, last: 200}}]\n{code}"
        )),
        ["5:13 range `300..=200` of category `login` is reversed: `first` must not exceed `last`"]
    );
    assert_eq!(
        all_problems(&format!("{head}    ranges: 5\n{code}")),
        ["5:13 categories[0].ranges: invalid type: integer `5`, expected a sequence"]
    );
    // A sound range next to a reversed one still places nothing: the reversed one is the
    // problem to fix first.
    assert_eq!(
        all_problems(&format!(
            "{head}    ranges: [{{first: 300, last: 200}}, {{first: 500, last: 599}}]\n{code}"
        )),
        ["5:13 range `300..=200` of category `login` is reversed: `first` must not exceed `last`"]
    );
}

#[test]
fn unreadable_sections_are_not_also_empty() {
    assert_eq!(
        all_problems("categories: 5\ncodes: 6\n"),
        [
            "1:13 categories: invalid type: integer `5`, expected a sequence",
            "2:8 codes: invalid type: integer `6`, expected a sequence",
        ]
    );
}

#[test]
fn unreadable_fields_are_reported_once() {
    let text = "categories:\n  - key: [a]\n    name: [b]\n    title: [c]\n  - key: [a]\n    name: [b]\n    title: T\ncodes:\n  - code: 100\n    name: [n]\n    category: [c]\n    description: [d]\n    action: [a]\n    retryable: false\n    zh: 5\n  - code: 101\n    name: B\n    category: zz\n    description: d\n    action: none\n    retryable: false\n    zh:\n      solution: s\n";
    assert_eq!(
        all_problems(text),
        [
            "2:10 categories[0].key: invalid type: sequence, expected a string",
            "3:11 categories[0].name: invalid type: sequence, expected a string",
            "4:12 categories[0].title: invalid type: sequence, expected a string",
            "5:10 categories[1].key: invalid type: sequence, expected a string",
            "6:11 categories[1].name: invalid type: sequence, expected a string",
            "10:11 codes[0].name: invalid type: sequence, expected a string",
            "11:15 codes[0].category: invalid type: sequence, expected a string",
            "12:18 codes[0].description: invalid type: sequence, expected a string",
            "13:13 codes[0].action: invalid type: sequence, expected a string",
            "15:9 codes[0].zh: invalid type: integer `5`, expected a translation: a map with `description` and optional `solution`",
            "18:15 unknown category `zz`",
            "22:5 `zh.description` is missing or null; it is required",
        ]
    );
}

#[test]
fn a_missing_or_unreadable_category_is_not_also_unknown() {
    let missing = format!("{HEAD}{}", entry("100", "A", "login", "none"))
        .replace("    category: login\n", "");
    assert_eq!(
        all_problems(&missing),
        ["8:5 `category` is missing; it is required"]
    );
    let unreadable = format!("{HEAD}{}", entry("100", "A", "[login]", "none"));
    assert_eq!(
        all_problems(&unreadable),
        ["9:15 codes[0].category: invalid type: sequence, expected a string"]
    );
}

#[test]
fn declared_wire_names_and_the_label_reach_the_catalog() {
    let text = format!(
        "message_label: Chat message\nwire:\n  code: [SendMsgResult, SubCode]\n  message:\n    - ErrorDesc\n{}",
        with_code_fields("")
    );
    let catalog = accepted(&text);
    assert_eq!(catalog.wire_code_names, ["SendMsgResult", "SubCode"]);
    assert_eq!(catalog.wire_message_names, ["ErrorDesc"]);
    assert_eq!(catalog.message_label.as_deref(), Some("Chat message"));
    let plain = accepted(&with_code_fields(""));
    assert!(plain.wire_code_names.is_empty() && plain.wire_message_names.is_empty());
    assert_eq!(plain.message_label, None);
    // `wire: {}` and empty lists declare nothing.
    let empty = accepted(&format!(
        "wire: {{code: [], message: []}}\n{}",
        with_code_fields("")
    ));
    assert!(empty.wire_code_names.is_empty());
}

#[test]
fn each_wire_mistake_is_reported_once_at_its_name() {
    let text = format!(
        "wire: {{code: [A, A, ' B', ErrorInfo], message: [A, '']}}\nmessage_label: \"x\\ny\"\n{}",
        with_code_fields("")
    );
    assert_eq!(
        located(&text),
        [
            "1:18 `wire.code` declares `A` twice (help: remove the second one)",
            "1:21 `wire.code` name ` B` has spaces around it (help: JSON field names are matched exactly; write `B`)",
            "1:27 `wire.code` declares `ErrorInfo`, which every catalog reads as a message (help: a field carries either a code or a message; `ErrorInfo` cannot be declared as a code)",
            "1:49 `A` is declared in both `wire.code` and `wire.message` (help: a field carries either a code or a message: keep it in one list)",
            "1:52 `wire.message` has an empty name (help: write the JSON field name exactly as the vendor sends it, or remove the entry)",
            "2:16 `message_label` spans several lines (help: write it on one line, e.g. `server message`: it is printed inside `Display`'s parentheses)",
        ]
    );
}

#[test]
fn wire_keys_are_read_when_the_rest_of_the_catalog_is_broken() {
    // A syntax error elsewhere sends the text through the recovery reader: `wire` and
    // `message_label` are still known keys, read and checked, not "unknown field".
    let text = format!(
        "message_label: ''\nwire:\n  code: [SubCode, SubCode]\n{HEAD}  - code: 100\n    name: A\n    category: login\n    description: d: e\n    action: none\n    retryable: false\n"
    );
    let loaded = load::load(&text);
    let read: Vec<&str> = loaded.problems.iter().map(|d| d.message.as_str()).collect();
    assert!(
        read.iter().all(|m| !m.contains("unknown field")),
        "{read:?}"
    );
    assert_eq!(read.len(), 1, "{read:?}");
    let raw = loaded.raw;
    let wire = raw.wire.as_ref().expect("wire read by the recovery path");
    assert_eq!(wire.code.len(), 2);
    assert_eq!(wire.code_at[1], Pos::new(3, 19));
    let Err((checked, _)) = validate_or_return(raw) else {
        panic!("the wire mistakes are found")
    };
    let messages: Vec<&str> = checked.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "`message_label` is empty",
            "`wire.code` declares `SubCode` twice"
        ]
    );
}

#[test]
fn languages_are_tags_listed_once_and_not_the_main_one() {
    let text = format!(
        "language: en\nlanguages: [zh, \"中文\", ja, JA, en]\n{}",
        with_code_fields("")
    );
    assert_eq!(
        located(&text),
        [
            "2:12 `languages` `中文` is not a language tag (help: write a BCP 47 tag: a language (`zh`, `ja`, `en`), optionally with a script or region (`zh-Hant`, `pt-BR`))",
            "2:12 `languages` lists `JA` twice; remove one",
            "2:12 `languages` lists `en`, the main language (help: the text in `en` is each code's `description` and `solution`; remove `en` from `languages`)",
        ]
    );
    let text = format!("language: en_US\n{}", with_code_fields(""));
    assert_eq!(located(&text).len(), 1);
    assert!(located(&text)[0].starts_with("1:11 `language` `en_US` is not a language tag"));
}

#[test]
fn a_code_texts_are_in_listed_languages() {
    let texts = "    texts:\n      ja:\n        description: j\n      jp:\n        description: x\n      fr: {description: f}\n";
    let text = format!("languages: [ja, zh-Hant]\n{}", with_code_fields(texts));
    assert_eq!(
        located(&text),
        [
            "17:7 language `jp` is not in the catalog's `languages` (help: did you mean `ja`? or add `jp` to `languages`)",
            "19:7 language `fr` is not in the catalog's `languages` (help: add `fr` to `languages: [ja, zh-Hant]`)",
        ]
    );
    // No `languages` at all: the fix is to declare it.
    let text = with_code_fields("    texts:\n      ko:\n        description: k\n");
    assert_eq!(
        located(&text),
        [
            "14:7 language `ko` is not in the catalog's `languages` (help: declare it at the top level: `languages: [ko]`)"
        ]
    );
}

#[test]
fn translations_need_a_description_and_zh_is_given_once() {
    let texts = "    zh:\n      description: z\n    texts:\n      zh:\n        description: z2\n      ja:\n        solution: s\n";
    let text = format!("languages: [zh, ja]\n{}", with_code_fields(texts));
    assert_eq!(
        located(&text),
        [
            "17:7 `texts.zh` repeats the code's `zh` text (help: keep one: `texts: {zh: …}` is the general form, `zh:` the older one)",
            "19:7 `texts.ja.description` is missing or null; it is required",
        ]
    );
}

#[test]
fn the_zh_key_is_the_language_zh_and_texts_fill_the_model() {
    // An older catalog: no `languages`, a `zh` key. `zh` is its one other language.
    let catalog = accepted(&with_code_fields(
        "    zh:\n      description: zd\n      solution: zs\n",
    ));
    assert_eq!(catalog.language, "en");
    assert_eq!(catalog.languages, ["zh"]);
    let zh = catalog.codes[0].texts[0].as_ref().unwrap();
    assert_eq!(
        (zh.description.as_str(), zh.solution.as_deref()),
        ("zd", Some("zs"))
    );
    // The general form fills the `zh` fields too; a listed language without text is `None`.
    let catalog = accepted(&format!(
        "language: en-US\nlanguages: [ja, zh]\nmarkdown: true\n{}",
        with_code_fields("    texts:\n      zh: {description: zd}\n")
    ));
    assert_eq!(catalog.language, "en-US");
    assert_eq!(catalog.languages, ["ja", "zh"]);
    assert!(catalog.markdown);
    let code = &catalog.codes[0];
    assert_eq!(code.texts.len(), 2);
    assert!(code.texts[0].is_none());
    assert_eq!(code.zh_description.as_deref(), Some("zd"));
    // Without any language nothing is stored per code.
    assert!(accepted(&with_code_fields("")).codes[0].texts.is_empty());
}

#[test]
fn the_failure_path_reads_languages_and_texts_too() {
    // `retriable` fails the typed parse: the catalog is read again field by field, and
    // the language rules still run on what it read, at the same places.
    let text = format!(
        "languages: [ja]\nmarkdown: true\n{}",
        with_code_fields(
            "    retriable: true\n    texts:\n      jp:\n        description: x\n      ja: {description: j, solution: s}\n"
        )
    );
    let loaded = load::load(&text);
    let read: Vec<String> = loaded.problems.iter().map(|d| d.message.clone()).collect();
    assert_eq!(read.len(), 1, "{read:?}");
    assert!(
        read[0].starts_with("codes[0]: unknown field `retriable`"),
        "{read:?}"
    );
    assert_eq!(loaded.raw.languages.len(), 1);
    assert!(loaded.raw.markdown);
    let texts = &loaded.raw.codes[0].texts.0;
    assert_eq!(texts.len(), 2);
    assert_eq!(texts[1].1.solution.as_deref(), Some("s"));
    let Err(problems) = validate(loaded.raw) else {
        panic!("the unknown language is reported")
    };
    let got: Vec<String> = problems
        .iter()
        .map(|d| {
            format!(
                "{}:{} {}",
                d.pos.unwrap().line,
                d.pos.unwrap().col,
                d.message
            )
        })
        .collect();
    assert_eq!(
        got,
        ["17:7 language `jp` is not in the catalog's `languages`"]
    );
}

/// The free number a duplicate code's help offers stays in the ranges of the code's own
/// category, and there is none when the range is full up to its end.
#[test]
fn a_free_number_stays_in_the_code_s_category() {
    let text = "categories:\n  - key: login\n    name: Login\n    title: T\n    ranges: [{first: 100, last: 199}]\n  - key: other\n    name: Other\n    title: T\n    ranges: [{first: 200, last: 299}]\ncodes:\n";
    let mut full = text.to_owned();
    full.push_str(&entry("199", "A", "login", "none"));
    full.push_str(&entry("199", "B", "login", "none"));
    let got = located(&full);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        !got[0].contains("is free"),
        "200 is another category's: {got:?}"
    );
    let mut other = text.to_owned();
    other.push_str(&entry("250", "A", "other", "none"));
    other.push_str(&entry("250", "B", "other", "none"));
    let got = located(&other);
    assert!(got[0].contains("(`251` is free)"), "{got:?}");
}
