//! The generated items say exactly what errors.yaml says: every field of every code and
//! category, read back through the public API and compared with the YAML parsed here
//! independently of the macro.

use std::collections::HashMap;

use zimerr::{ErrorCategory, ZimCategory, ZimCode, zim_codes};

mod common;

fn catalog() -> common::Catalog {
    common::read_catalog("errors.yaml")
}

#[test]
fn every_code_matches_the_yaml_in_catalog_order() {
    let catalog = catalog();
    assert_eq!(ZimCode::all().len(), catalog.codes.len());
    for (generated, entry) in ZimCode::all().zip(&catalog.codes) {
        let c = generated;
        assert_eq!(c.code(), entry.code);
        assert_eq!(c as u32, entry.code, "discriminant of {}", entry.name);
        assert_eq!(c.name(), entry.name);
        assert_eq!(format!("{c:?}"), entry.name);
        assert_eq!(c.category().key(), entry.category, "{}", entry.name);
        assert_eq!(c.description(), entry.description, "{}", entry.name);
        assert_eq!(c.solution(), entry.solution.as_deref(), "{}", entry.name);
        assert_eq!(c.action().key(), entry.action, "{}", entry.name);
        assert_eq!(c.is_retryable(), entry.retryable, "{}", entry.name);
        assert_eq!(c.is_success(), entry.success, "{}", entry.name);
        assert_eq!(c.sdk_name(), entry.sdk_name.as_deref(), "{}", entry.name);
        assert_eq!(c.errata(), entry.errata.as_deref(), "{}", entry.name);
        assert_eq!(
            c.description_zh(),
            entry.zh.as_ref().map(|z| z.description.as_str())
        );
        assert_eq!(
            c.solution_zh(),
            entry.zh.as_ref().and_then(|z| z.solution.as_deref())
        );
        // Every language: its own text where the entry has one, else the main text.
        let zh = entry.text_in("zh");
        assert_eq!(
            c.description_in("zh"),
            zh.map_or(entry.description.as_str(), |z| z.description.as_str()),
            "{}",
            entry.name
        );
        assert_eq!(
            c.solution_in("zh-Hans-CN"),
            zh.and_then(|z| z.solution.as_deref())
                .or(entry.solution.as_deref()),
            "{}",
            entry.name
        );
        assert_eq!(c.description_in("en"), entry.description, "{}", entry.name);
        assert_eq!(c.description_in("fr"), entry.description, "{}", entry.name);
        assert_eq!(
            c.to_string(),
            format!("{}: {}", entry.code, entry.description)
        );
        assert_eq!(ZimCode::from_code(entry.code), Some(c));
        assert_eq!(ZimCode::try_from(entry.code), Ok(c));
        assert_eq!(u32::from(c), entry.code);
        assert_eq!(entry.name.parse::<ZimCode>(), Ok(c));
        assert_eq!(entry.code.to_string().parse::<ZimCode>(), Ok(c));
    }
}

#[test]
fn the_languages_are_the_catalogs() {
    let catalog = catalog();
    // errors.yaml names none: English, and `zh` because codes use the `zh` key.
    assert_eq!(catalog.language, None);
    assert!(catalog.codes.iter().any(|c| c.zh.is_some()));
    assert_eq!(ZimCode::LANGUAGE, "en");
    assert_eq!(ZimCode::LANGUAGES, ["en", "zh"]);
    assert_eq!(
        ZimCode::FileError.description_in("zh"),
        "\u{6587}\u{4EF6}\u{6A21}\u{5757}\u{9519}\u{8BEF}\u{3002}"
    );
    assert_eq!(
        ZimCode::TokenExpired.description_in("zh"),
        ZimCode::TokenExpired.description()
    );
}

#[test]
fn only_zero_is_success() {
    let successes: Vec<u32> = ZimCode::all()
        .filter(|c| c.is_success())
        .map(ZimCode::code)
        .collect();
    assert_eq!(successes, [0]);
    assert!(zimerr::check(0).is_ok());
    assert!(zimerr::check(1).is_err());
}

#[test]
fn every_category_matches_the_yaml() {
    let catalog = catalog();
    assert_eq!(ZimCategory::all().len(), catalog.categories.len());
    for (generated, entry) in ZimCategory::all().iter().zip(&catalog.categories) {
        assert_eq!(generated.key(), entry.key);
        assert_eq!(generated.name(), entry.name);
        assert_eq!(format!("{generated:?}"), entry.name);
        assert_eq!(generated.title(), entry.title);
        assert_eq!(generated.to_string(), entry.title);
        assert_eq!(generated.note(), entry.note.as_deref());
        let ranges: Vec<(u32, u32)> = generated
            .ranges()
            .iter()
            .map(|r| (*r.start(), *r.end()))
            .collect();
        let expected: Vec<(u32, u32)> = entry.ranges.iter().map(|r| (r.first, r.last)).collect();
        assert_eq!(ranges, expected, "{}", entry.key);
        let members: Vec<u32> = generated.codes().map(ZimCode::code).collect();
        let expected: Vec<u32> = catalog
            .codes
            .iter()
            .filter(|c| c.category == entry.key)
            .map(|c| c.code)
            .collect();
        assert_eq!(members, expected, "{}", entry.key);
        assert_eq!(<ZimCategory as ErrorCategory>::key(*generated), entry.key);
    }
}

/// An unknown code lands in the category of the narrowest range holding it, as the
/// catalog's header documents; computed here from the YAML, independently.
#[test]
fn unknown_codes_are_placed_by_the_narrowest_range() {
    let catalog = catalog();
    let known: HashMap<u32, &str> = catalog
        .codes
        .iter()
        .map(|c| (c.code, c.category.as_str()))
        .collect();
    let expected = |code: u32| -> Option<String> {
        if let Some(cat) = known.get(&code) {
            return Some((*cat).to_owned());
        }
        catalog
            .categories
            .iter()
            .enumerate()
            .flat_map(|(i, c)| {
                c.ranges
                    .iter()
                    .map(move |r| (r.last - r.first, i, r, &c.key))
            })
            .filter(|(_, _, r, _)| (r.first..=r.last).contains(&code))
            .min_by_key(|&(width, i, _, _)| (width, i))
            .map(|(_, _, _, key)| key.clone())
    };
    for code in (0..20)
        .chain(5_999_990..6_001_000)
        .chain([7_000_000, u32::MAX])
    {
        let got = ZimCategory::of_code(code).map(|c| c.key().to_owned());
        assert_eq!(got, expected(code), "code {code}");
    }
    // The documented exceptions of the table, spelled out.
    assert_eq!(
        ZimCategory::of_code(6000285),
        Some(ZimCategory::CallInvitation)
    );
    assert_eq!(ZimCategory::of_code(6000250), Some(ZimCategory::Message));
    assert_eq!(ZimCategory::of_code(6000817), Some(ZimCategory::Friend));
}

#[test]
fn constants_match_the_codes() {
    assert_eq!(zim_codes::TOKEN_EXPIRED, 6000106);
    assert_eq!(zim_codes::TOKEN_EXPIRED, ZimCode::TokenExpired.code());
    assert_eq!(
        zim_codes::INVALID_PARAMETER,
        ZimCode::InvalidParameter.code()
    );
}

#[test]
fn from_code_rejects_every_other_number_near_the_catalog() {
    let catalog = catalog();
    let known: std::collections::HashSet<u32> = catalog.codes.iter().map(|c| c.code).collect();
    for n in (0..100).chain(5_999_000..6_002_000) {
        assert_eq!(ZimCode::from_code(n).is_some(), known.contains(&n), "{n}");
    }
}
