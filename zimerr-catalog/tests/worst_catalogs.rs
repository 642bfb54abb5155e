//! The engine as a stranger calls it: the worst catalogs and arguments its public API
//! lets anyone build go through `check` and `expand` without a panic, and every catalog
//! that checks expands to a valid Rust file.
//!
//! A `Catalog` cannot be built or changed outside the engine (private fields,
//! `#[non_exhaustive]`), so "the worst catalog the API allows" is the worst text `check`
//! accepts: the extremes of every rule (fewest and most entries, extreme numbers, names
//! at the edge of what is an identifier, texts with every character a literal or a doc
//! comment must escape), combined with the extremes of the arguments.

use std::fmt::Write as _;

use zimerr_catalog::{Args, Catalog, SourceText, check, expand, expand_source};

/// `n` categories `C0`… with keys `c0`…, each owning the range `[i * 10, i * 10 + 9]`;
/// the last one also the top of `u32`.
fn categories(n: usize) -> String {
    let mut out = String::from("categories:\n");
    for i in 0..n {
        let first = i * 10;
        let last = first + 9;
        let top = if i + 1 == n {
            ", { first: 4294967000, last: 4294967295 }"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  - {{ key: c{i}, name: C{i}, title: \"C {i}\", ranges: [{{ first: {first}, last: {last} }}{top}] }}"
        );
    }
    out
}

/// A code entry; `extra` holds further fields, each line indented by four spaces.
fn code(number: u64, name: &str, category: &str, description: &str, extra: &str) -> String {
    format!(
        "  - code: {number}\n    name: {name}\n    category: {category}\n    description: {description}\n    action: none\n    retryable: false\n{extra}"
    )
}

/// Every character a string literal, a raw string, a byte string or a doc comment has
/// to escape or could be broken by, as a YAML double-quoted scalar.
/// [`NASTY`] without its line breaks, for the fields that must be one line.
const NASTY_LINE: &str = r###""quote \" backslash \\ raw \"# \"## star-slash */ /* doc //! /// nul \0 tab \t bell \a bidi \u202E emoji 😀 {} $crate ` <b> [x](javascript:x) **b""###;

const NASTY: &str = r###""quote \" backslash \\ raw \"# \"## hash # star-slash */ /* doc //! /// nul \0 tab \t cr-lf \r\n bell \a del \x7F bidi \u202E zero-width \u200B emoji 😀 CJK 错误 braces {} {{0}} dollar $crate percent %s backtick ` html <b>&amp; [link](javascript:x) **bold _it_""###;

/// The catalog checks, and then expands with `args` to tokens that parse as a Rust file;
/// the same twice.
fn expands(name: &str, text: &str, args: &Args) -> Catalog {
    let source = SourceText::from_text(name, text);
    let catalog = match check(&source) {
        Ok(catalog) => catalog,
        Err(error) => panic!("{name} does not check:\n{error}"),
    };
    let expansion = expand(args, &catalog, &source)
        .unwrap_or_else(|error| panic!("{name}: an internal error: {error}"));
    assert!(!expansion.text().is_empty(), "{name}: nothing generated");
    let tokens = expansion
        .into_token_stream()
        .unwrap_or_else(|error| panic!("{name}: the expansion does not lex: {error}"));
    let rendered = tokens.to_string();
    if let Err(e) = syn::parse2::<syn::File>(tokens) {
        panic!("{name}: the expansion is not a Rust file: {e}");
    }
    let again = expand_source(args, &source).expect("the second expansion");
    assert_eq!(again.to_string(), rendered, "{name}: not deterministic");
    catalog
}

fn default_args() -> Args {
    Args::default()
}

#[test]
fn the_smallest_catalog_expands() {
    // One category without ranges, one code numbered 0.
    let text = format!(
        "categories:\n  - {{ key: a, name: A, title: A }}\ncodes:\n{}",
        code(0, "Z", "a", "z", "")
    );
    let catalog = expands("min.yaml", &text, &default_args());
    assert_eq!(catalog.codes().len(), 1);
    assert!(catalog.categories()[0].ranges().is_empty());
    assert_eq!(catalog.place(4_000_000_000), None, "no range places it");
}

#[test]
fn the_most_categories_and_extreme_numbers_expand() {
    // 255 categories (the cap), codes at both ends of `u32` and in the last category.
    let mut text = categories(255);
    text.push_str("codes:\n");
    text.push_str(&code(0, "First", "c0", "first", ""));
    text.push_str(&code(u64::from(u32::MAX), "Last", "c254", "last", ""));
    text.push_str(&code(
        2549,
        "InTheLastRange",
        "c254",
        "in the last range",
        "",
    ));
    let catalog = expands("wide.yaml", &text, &default_args());
    assert_eq!(catalog.categories().len(), 255);
    assert_eq!(
        catalog.find(u32::MAX).map(zimerr_catalog::Code::name),
        Some("Last")
    );
    assert_eq!(
        catalog.place(2545).map(zimerr_catalog::Category::key),
        Some("c254")
    );
}

#[test]
fn one_category_too_many_is_an_error_not_a_panic() {
    let mut text = categories(256);
    text.push_str("codes:\n");
    text.push_str(&code(0, "First", "c0", "first", ""));
    let error = check(&SourceText::from_text("wide.yaml", text)).unwrap_err();
    assert!(
        error.diagnostics()[0].message().contains("256 categories"),
        "{error}"
    );
}

#[test]
fn texts_with_every_character_to_escape_expand() {
    let extra = format!(
        "    solution: {NASTY}\n    sdk_name: Nasty_SDK_name_2\n    zh: {{ description: {NASTY}, solution: {NASTY} }}\n    errata: {NASTY}\n    cause: {NASTY}\n    since: {NASTY}\n    deprecated: {NASTY}\n"
    );
    let text = format!(
        "prefix: nasty\nmessage_label: {NASTY_LINE}\nwire: {{ code: [\"a\\\"b\"], message: [\"*/\"] }}\ncategories:\n  - {{ key: k, name: K, title: {NASTY}, note: {NASTY}, ranges: [{{ first: 0, last: 4294967295 }}] }}\ncodes:\n{}{}",
        code(7, "Nasty", "k", NASTY, &extra),
        code(8, "Long", "k", &"x".repeat(200_000), ""),
    );
    for markdown in ["false", "true"] {
        let text = format!("markdown: {markdown}\n{text}");
        let catalog = expands("nasty.yaml", &text, &default_args());
        let nasty = catalog.find(7).unwrap();
        assert!(nasty.description().contains("star-slash */"));
        assert!(nasty.deprecated().unwrap().contains('\u{202E}'));
        assert_eq!(
            catalog.message_label().map(|l| l.contains('\\')),
            Some(true)
        );
    }
}

#[test]
fn identifiers_at_the_edge_expand() {
    // One-letter names, names that are keywords in other editions or look like generated
    // items, digits inside names; non-ASCII names for the generated items (the catalog's
    // own names are ASCII UpperCamelCase by its rules).
    let mut text = String::from(
        "categories:\n  - { key: u, name: U, title: Umlaut }\n  - { key: x, name: X, title: X }\ncodes:\n",
    );
    for (number, name) in [
        (1, "Ok"),
        (2, "E"),
        (3, "Async"),
        (4, "Unknown"),
        (5, "Code"),
        (6, "ZimErrorCode"),
        (7, "Http2Error"),
        (8, "H2O"),
        (9, "All"),
    ] {
        let category = if number % 2 == 0 { "x" } else { "u" };
        text.push_str(&code(number, name, category, "edge", ""));
    }
    let catalog = expands("edge.yaml", &text, &default_args());
    assert_eq!(catalog.codes().len(), 9);
    let odd_args = Args::parse(
        r#""edge.yaml", code_enum = "Ü", category_enum = "Kategorie", codes_module = "ошибки", code_macro = "edge_code", code_macro_export = "crate::a::b", crate = "::some::runtime", error_type = "E2", result_type = "R2""#,
    )
    .expect("valid arguments");
    expands("edge.yaml", &text, &odd_args);
    // A code macro that is not exported reads the catalog's file at each call: from text
    // alone it is an error saying so, not a macro silently left out.
    let unexported = Args::parse(r#""edge.yaml", code_macro = "edge_code""#).unwrap();
    let source = SourceText::from_text("edge.yaml", text.as_str());
    let error = expand(&unexported, &check(&source).unwrap(), &source).unwrap_err();
    assert!(
        error.diagnostics()[0]
            .message()
            .starts_with("`code_macro` reads the catalog file"),
        "{error}"
    );
    let from_file = source.with_absolute_path("/nowhere/edge.yaml");
    let expansion = expand(&unexported, &catalog, &from_file).expect("expands");
    assert!(expansion.tokens().to_string().contains("edge_code"));
}

#[test]
fn languages_and_translations_expand() {
    let extra = format!(
        "    texts:\n      ja: {{ description: {NASTY}, solution: {NASTY} }}\n      zh-Hant-TW: {{ description: x }}\n    zh: {{ description: y }}\n"
    );
    let text = format!(
        "language: pt-BR\nlanguages: [ja, zh-Hant-TW]\ncategories:\n  - {{ key: a, name: A, title: A }}\ncodes:\n{}{}",
        code(1, "One", "a", "one", &extra),
        code(2, "Two", "a", "two", ""),
    );
    let catalog = expands("lang.yaml", &text, &default_args());
    assert_eq!(catalog.languages(), ["ja", "zh-Hant-TW", "zh"]);
    let one = catalog.find(1).unwrap();
    assert!(catalog.translation(one, 0).is_some());
    assert!(catalog.translation(one, 99).is_none(), "out of range: None");
    // Shortening first (`zh-Hant` → `zh`), then a tag that extends it.
    assert_eq!(catalog.language_index("zh-Hant-TW"), Some(Some(1)));
    assert_eq!(catalog.language_index("zh-Hant"), Some(Some(2)));
    assert_eq!(catalog.language_index("pt"), Some(None));
}

#[test]
fn every_argument_combination_of_the_bundled_catalogs_expands() {
    for bundled in ["client", "server"] {
        for extra in [
            "",
            r#", code_enum = "A", category_enum = "B", codes_module = "c""#,
            r#", crate = "crate""#,
            r#", error_type = "E", result_type = "R""#,
        ] {
            let args = Args::parse(&format!(r#"bundled = "{bundled}"{extra}"#)).unwrap();
            let source = match args.bundled() {
                Some(zimerr_catalog::Bundled::Server) => SourceText::bundled_server(),
                _ => SourceText::bundled(),
            };
            let tokens = expand_source(&args, &source).expect("a bundled catalog expands");
            syn::parse2::<syn::File>(tokens).expect("a Rust file");
        }
    }
}

/// Arguments the macro rejects are an `Error` with one diagnostic per mistake, never a
/// panic, whatever the text.
#[test]
fn wrong_arguments_are_errors() {
    for (text, first) in [
        ("", None),
        (r#"code_enum = """#, Some("`code_enum` is empty")),
        (
            r#"code_enum = "fn""#,
            Some("`code_enum` is `fn`, a Rust keyword"),
        ),
        ("\"unterminated", Some("the arguments do not lex")),
        ("(((", Some("the arguments do not lex")),
        ("code_enum", Some("expected `=`")),
        (
            r#"bundled = "nope""#,
            Some("unknown bundled catalog `nope`"),
        ),
        ("🦀", Some("the arguments do not lex")),
    ] {
        match (Args::parse(text), first) {
            (Ok(_), None) => {}
            (Ok(_), Some(first)) => panic!("{text:?} accepted, expected {first:?}"),
            (Err(error), None) => panic!("{text:?} rejected: {error}"),
            (Err(error), Some(first)) => {
                let message = error.diagnostics()[0].message();
                assert!(message.starts_with(first), "{text:?}: {message}");
                assert_eq!(error.diagnostics()[0].path(), None, "no catalog file");
            }
        }
    }
    let two = Args::parse(r#""a.yaml", code_enum = "", codes_module = "a b""#).unwrap_err();
    assert_eq!(two.diagnostics().len(), 2, "{two}");
}
