//! Unit tests of the validation rules.

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
