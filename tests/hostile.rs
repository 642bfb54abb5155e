//! Hostile text in a catalog — quotes, backslashes, comment and raw-string terminators,
//! attribute and HTML syntax, format braces, newlines, NUL, bidi controls, emoji — goes
//! through `zim_errors!` into string literals and doc comments: it must compile, and
//! every text must read back exactly as `serde_yaml` parses it from the same file.
//! `.ci/run` also documents this crate with warnings denied (`cargo rustdoc --test
//! hostile`), which checks the escaping of the generated docs.

zimerr::zim_errors!(
    "tests/fixtures/hostile.yaml",
    code_enum = "Hostile",
    category_enum = "HostileCategory",
    codes_module = "hostile_codes"
);

mod common;

fn catalog() -> common::Catalog {
    common::read_catalog("tests/fixtures/hostile.yaml")
}

#[test]
fn every_text_round_trips_exactly() {
    let catalog = catalog();
    assert_eq!(Hostile::all().len(), catalog.codes.len());
    for (code, entry) in Hostile::all().zip(&catalog.codes) {
        assert_eq!(code.code(), entry.code);
        assert_eq!(code.name(), entry.name);
        assert_eq!(code.description(), entry.description, "{}", entry.name);
        assert_eq!(code.solution(), entry.solution.as_deref(), "{}", entry.name);
        assert_eq!(code.sdk_name(), entry.sdk_name.as_deref(), "{}", entry.name);
        assert_eq!(code.errata(), entry.errata.as_deref(), "{}", entry.name);
        assert_eq!(
            code.description_zh(),
            entry.zh.as_ref().map(|z| z.description.as_str()),
            "{}",
            entry.name
        );
        assert_eq!(
            code.solution_zh(),
            entry.zh.as_ref().and_then(|z| z.solution.as_deref()),
            "{}",
            entry.name
        );
        assert_eq!(
            code.to_string(),
            format!("{}: {}", entry.code, entry.description)
        );
    }
    assert_eq!(HostileCategory::all().len(), catalog.categories.len());
    for (&category, entry) in HostileCategory::all().iter().zip(&catalog.categories) {
        assert_eq!(category.key(), entry.key);
        assert_eq!(category.title(), entry.title);
        assert_eq!(category.note(), entry.note.as_deref());
    }
}

#[test]
fn the_fixture_is_as_hostile_as_it_claims() {
    let catalog = catalog();
    let all: String = catalog
        .codes
        .iter()
        .flat_map(|c| [Some(&c.description), c.solution.as_ref(), c.errata.as_ref()])
        .flatten()
        .chain(catalog.categories.iter().map(|c| &c.title))
        .cloned()
        .collect();
    for needle in [
        "\"",
        "*/",
        "/*",
        "#[",
        "</script>",
        "\\",
        "{}",
        "\n",
        "\r",
        "\t",
        "\0",
        "\u{200F}",
        "\u{202E}",
        "😀",
        "\"#",
        "\"##",
        "`",
        "]",
        "[",
        "<",
        "&",
        "|",
    ] {
        assert!(all.contains(needle), "the fixture lacks {needle:?}");
    }
}

#[test]
fn constants_and_lookups_work_on_hostile_names() {
    assert_eq!(hostile_codes::RAW_STRING_END, 9);
    assert_eq!(Hostile::from_code(9), Some(Hostile::RawStringEnd));
    assert_eq!("Emoji".parse(), Ok(Hostile::Emoji));
    assert_eq!(
        HostileCategory::of_code(50),
        Some(HostileCategory::Quotes),
        "placed by range"
    );
}
