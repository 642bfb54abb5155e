//! Acceptance test of "a broken catalog costs one error per mistake" (issue 11): crates
//! whose code names a catalog's variants, a category, a constant and checked literals are
//! built against each broken catalog of `tests/bad_catalogs/vendor_*.yaml` (a realistic
//! 41-code table broken one way per file), and the build must show exactly the catalog's
//! own errors: no `error[E…]` about the user's code, one error per mistake, three for the
//! file with three independent mistakes. Also: a 10,000-code catalog with one typo gives
//! exactly one error, and the exported `code_macro` works from a second crate that neither
//! imports the enum nor depends on zimerr.
//!
//! All cases are members of one throwaway cargo workspace, checked in one `cargo check`
//! (`--keep-going`, JSON messages attributed by package) with its own target directory
//! under `CARGO_TARGET_TMPDIR`, so zimerr compiles once for all of them. On a failure the
//! full cargo output is printed.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Each corpus case and how many errors its mistakes are.
const CASES: &[(&str, usize)] = &[
    ("vendor_valid", 0),
    ("vendor_bad_action", 1),
    ("vendor_code_above_u32", 1),
    ("vendor_code_string", 1),
    ("vendor_comment_in_text", 1),
    ("vendor_duplicate_code", 1),
    ("vendor_duplicate_name", 1),
    ("vendor_empty_name", 1),
    ("vendor_keyword_name", 1),
    ("vendor_leading_zero", 1),
    ("vendor_missing_field", 1),
    ("vendor_misspelt_field", 1),
    ("vendor_non_utf8", 1),
    ("vendor_out_of_range", 1),
    ("vendor_retryable_yes", 1),
    ("vendor_reversed_range", 1),
    ("vendor_snake_case_name", 1),
    ("vendor_tab", 1),
    ("vendor_text_starting_with_bracket", 1),
    ("vendor_three_mistakes", 3),
    ("vendor_two_documents", 1),
    ("vendor_two_success_codes", 1),
    ("vendor_undefined_alias", 1),
    ("vendor_unknown_category", 1),
    ("vendor_unknown_top_level_key", 1),
    ("vendor_unquoted_colon", 1),
    ("vendor_wrong_indentation", 1),
];

/// What a user of the vendor catalog writes: variants (some in a match), a category, a
/// constant, checked literals (in a `const` and a pattern) and the runtime's error type.
const USER_CODE: &str = r#"
zimerr::zim_errors!(
    "catalog.yaml",
    prefix = "Vendor",
    code_macro = "vendor_code",
);

pub fn advice(code: VendorCode) -> &'static str {
    match code {
        VendorCode::TokenExpired | VendorCode::KickedOut => "log in again",
        VendorCode::RoomFull => "pick another room",
        VendorCode::MessageTooLong => "shorten the message",
        VendorCode::ServerBusy => "retry later",
        _ => "see the docs",
    }
}

pub fn in_a_room(code: VendorCode) -> bool {
    code.category() == VendorCategory::Room
}

pub const BUSY: u32 = vendor_codes::SERVER_BUSY;
pub const FULL: VendorCode = vendor_code!(2002);

pub fn is_full(code: VendorCode) -> bool {
    matches!(code, vendor_code!(2002))
}

pub fn error(code: VendorCode) -> zimerr::Error<VendorCode> {
    zimerr::Error::from(code)
}
"#;

/// A crate of the throwaway workspace: its name, files, dependencies, expected errors.
struct Member {
    name: String,
    lib: String,
    catalog: Option<Vec<u8>>,
    depends_on_zimerr: bool,
    depends_on: Option<&'static str>,
    expected_errors: usize,
    /// A text every expected error must contain (beyond the rendered ` --> ` location).
    must_say: Option<&'static str>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus_case(name: &str, expected: usize) -> Member {
    let path = root()
        .join("tests/bad_catalogs")
        .join(format!("{name}.yaml"));
    let catalog = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Member {
        name: name.replace('_', "-"),
        lib: USER_CODE.to_owned(),
        catalog: Some(catalog),
        depends_on_zimerr: true,
        depends_on: None,
        expected_errors: expected,
        must_say: None,
    }
}

/// 10,000 codes in one category, one of them with `retryable: yes`.
fn huge_catalog() -> Vec<u8> {
    let mut text = String::from(
        "categories:\n  - key: bulk\n    name: Bulk\n    title: Bulk errors\n    ranges:\n      - { first: 100000, last: 199999 }\ncodes:\n",
    );
    for i in 0..10_000 {
        let retryable = if i == 7_777 { "yes" } else { "false" };
        let _ = write!(
            text,
            "  - code: {}\n    name: Code{i}\n    category: bulk\n    description: Error number {i}.\n    action: retry\n    retryable: {retryable}\n",
            100_000 + i
        );
    }
    text.into_bytes()
}

fn members() -> Vec<Member> {
    let mut members: Vec<Member> = CASES
        .iter()
        .map(|&(name, expected)| corpus_case(name, expected))
        .collect();
    members.push(Member {
        name: "huge-one-typo".to_owned(),
        lib: r#"
zimerr::zim_errors!("catalog.yaml", prefix = "Bulk");

pub const FIRST: BulkCode = BulkCode::Code0;
pub const TYPO: BulkCode = BulkCode::Code7777;
pub const LAST: u32 = bulk_codes::CODE9999;
pub fn bulk(code: BulkCode) -> bool {
    code.category() == BulkCategory::Bulk
}
"#
        .to_owned(),
        catalog: Some(huge_catalog()),
        depends_on_zimerr: true,
        depends_on: None,
        expected_errors: 1,
        must_say: Some("YAML 1.2 reads `yes` as text"),
    });
    // The exported code macro, used from a crate that depends on the provider only.
    let valid = std::fs::read(root().join("tests/bad_catalogs/vendor_valid.yaml"))
        .expect("read vendor_valid.yaml");
    members.push(Member {
        name: "provider".to_owned(),
        lib: r#"
pub mod errors {
    zimerr::zim_errors!(
        "catalog.yaml",
        code_enum = "VendorCode",
        code_macro = "vendor_code",
        code_macro_export = "errors",
    );
}
"#
        .to_owned(),
        catalog: Some(valid),
        depends_on_zimerr: true,
        depends_on: None,
        expected_errors: 0,
        must_say: None,
    });
    members.push(Member {
        name: "consumer".to_owned(),
        lib: r"
pub const EXPIRED: provider::errors::VendorCode = provider::errors::vendor_code!(1001);

pub fn is_busy(code: provider::errors::VendorCode) -> bool {
    matches!(code, provider::errors::vendor_code!(5001))
}
"
        .to_owned(),
        catalog: None,
        depends_on_zimerr: false,
        depends_on: Some("provider"),
        expected_errors: 0,
        must_say: None,
    });
    members.push(Member {
        name: "consumer-unknown-code".to_owned(),
        lib: r"
pub const NOPE: provider::errors::VendorCode = provider::errors::vendor_code!(1999);
"
        .to_owned(),
        catalog: None,
        depends_on_zimerr: false,
        depends_on: Some("provider"),
        expected_errors: 1,
        // The nearest codes too, found by `zimerr`'s proc macro, which the provider
        // re-exports: this crate does not depend on `zimerr`.
        must_say: Some(
            "`1999` is not a code of the catalog `catalog.yaml`; nearest known codes: `1010` (`LoginTooFrequent`), `2001` (`RoomNotExist`)",
        ),
    });
    members
}

fn write(path: &Path, contents: impl AsRef<[u8]>) {
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("create a directory");
    std::fs::write(path, contents).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn write_workspace(dir: &Path, members: &[Member]) {
    let _ = std::fs::remove_dir_all(dir.join("cases"));
    let names: Vec<String> = members
        .iter()
        .map(|m| format!("\"cases/{}\"", m.name))
        .collect();
    write(
        &dir.join("Cargo.toml"),
        format!(
            "[workspace]\nmembers = [{}]\nresolver = \"2\"\n",
            names.join(", ")
        ),
    );
    // The workspace's lock file pins the same dependency versions, offline.
    let lock = std::fs::read(root().join("Cargo.lock")).expect("read Cargo.lock");
    write(&dir.join("Cargo.lock"), lock);
    let zimerr = root().join("zimerr");
    for m in members {
        let crate_dir = dir.join("cases").join(&m.name);
        let mut deps = String::new();
        if m.depends_on_zimerr {
            let _ = writeln!(
                deps,
                "zimerr = {{ path = {:?} }}",
                zimerr.display().to_string()
            );
        }
        if let Some(other) = m.depends_on {
            let _ = writeln!(deps, "{other} = {{ path = \"../{other}\" }}");
        }
        write(
            &crate_dir.join("Cargo.toml"),
            format!(
                "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{deps}",
                m.name
            ),
        );
        write(&crate_dir.join("src/lib.rs"), &m.lib);
        if let Some(catalog) = &m.catalog {
            write(&crate_dir.join("catalog.yaml"), catalog);
        }
    }
}

/// One error of the build: its package, E-code if any, and rendered text.
struct Error {
    code: Option<String>,
    message: String,
    rendered: String,
}

fn check(dir: &Path) -> (BTreeMap<String, Vec<Error>>, String) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(dir)
        .args([
            "check",
            "--workspace",
            "--keep-going",
            "--offline",
            "--message-format=json",
        ])
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo check");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut errors: BTreeMap<String, Vec<Error>> = BTreeMap::new();
    let mut full = String::new();
    for line in stdout.lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] != "compiler-message" {
            continue;
        }
        let diagnostic = &message["message"];
        let rendered = diagnostic["rendered"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        full.push_str(&rendered);
        let text = diagnostic["message"].as_str().unwrap_or_default();
        if diagnostic["level"] != "error" || text.starts_with("aborting due to") {
            continue;
        }
        let target = message["target"]["name"].as_str().unwrap_or_default();
        errors
            .entry(target.replace('_', "-"))
            .or_default()
            .push(Error {
                code: diagnostic["code"]["code"].as_str().map(str::to_owned),
                message: text.to_owned(),
                rendered,
            });
    }
    let _ = write!(full, "\n--- cargo stderr ---\n{stderr}");
    (errors, full)
}

#[test]
fn broken_catalogs_cost_one_error_per_mistake() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("broken-catalogs");
    let members = members();
    write_workspace(&dir, &members);
    let (errors, full) = check(&dir);
    let mut failures = String::new();
    for m in &members {
        let found = errors.get(&m.name).map_or(&[][..], Vec::as_slice);
        let foreign: Vec<&Error> = found.iter().filter(|e| e.code.is_some()).collect();
        if !foreign.is_empty() {
            let _ = writeln!(
                failures,
                "{}: {} rustc error(s) besides the catalog's own:\n{}",
                m.name,
                foreign.len(),
                foreign
                    .iter()
                    .map(|e| e.rendered.as_str())
                    .collect::<String>()
            );
        }
        if found.len() != m.expected_errors {
            let _ = writeln!(
                failures,
                "{}: {} error(s), expected {}:\n{}",
                m.name,
                found.len(),
                m.expected_errors,
                found
                    .iter()
                    .map(|e| e.rendered.as_str())
                    .collect::<String>()
            );
        }
        for e in found.iter().filter(|e| e.code.is_none()) {
            let located = e.message.contains(" --> ") || m.catalog.is_none();
            let says = m.must_say.is_none_or(|s| e.message.contains(s));
            if !located || !says {
                let _ = writeln!(failures, "{}: unexpected message:\n{}", m.name, e.rendered);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{failures}\n=== full cargo output ===\n{full}"
    );
}

/// The HTML text of a rustdoc page: tags dropped, the entities rustdoc writes decoded.
fn html_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Catalog text renders in rustdoc exactly as written: a lone backtick stays a backtick
/// (not the start of a code span swallowing the rest), `'~'` keeps straight quotes
/// (rustdoc's smart punctuation would curl them). Checked in the generated HTML.
#[test]
fn catalog_text_renders_in_rustdoc_as_written() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("doc-text");
    let catalog = std::fs::read(root().join("tests/bad_catalogs/vendor_valid.yaml"))
        .expect("read vendor_valid.yaml");
    let member = Member {
        name: "doc-text".to_owned(),
        lib: "//! Docs of a catalog.\nzimerr::zim_errors!(\"catalog.yaml\", code_enum = \"VendorCode\");\n"
            .to_owned(),
        catalog: Some(catalog),
        depends_on_zimerr: true,
        depends_on: None,
        expected_errors: 0,
        must_say: None,
    };
    write_workspace(&dir, std::slice::from_ref(&member));
    // The same target directory as the build of the broken catalogs: zimerr once.
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("broken-catalogs/target");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(&dir)
        .args(["doc", "--no-deps", "--offline", "-p", "doc-text"])
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTDOCFLAGS")
        .output()
        .expect("run cargo doc");
    assert!(
        output.status.success(),
        "cargo doc failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let page = target.join("doc/doc_text/enum.VendorCode.html");
    let html = std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
    let text = html_text(&html);
    let written = "Allowed characters are letters, digits, '-', '`', ';' and '~'.";
    assert!(
        text.contains(written),
        "the HTML does not show `{written}` as written; around `Allowed`:\n{}",
        text.split("Allowed")
            .nth(1)
            .map_or("(absent)", |t| &t[..t.len().min(200)])
    );
    // The text holds straight quotes: found verbatim, it was not curled. The generated
    // prose around it is the macro's own English and may use typographic apostrophes.
    assert!(
        !text.contains("\u{2018}-\u{2019}"),
        "the quotes were curled"
    );
}

/// With `markdown: true`, the subset renders in rustdoc (links, emphasis, code) and
/// everything else in the text stays text; every language shows on the variant's page
/// (what hover shows). Checked in the generated HTML of
/// `tests/fixtures/vendor_languages.yaml`.
#[test]
fn markdown_and_languages_render_in_rustdoc() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("doc-languages");
    let catalog = std::fs::read(root().join("tests/fixtures/vendor_languages.yaml"))
        .expect("read vendor_languages.yaml");
    let member = Member {
        name: "doc-languages".to_owned(),
        lib: "//! Docs of a catalog.\nzimerr::zim_errors!(\"catalog.yaml\", code_enum = \"ChatCode\");\n"
            .to_owned(),
        catalog: Some(catalog),
        depends_on_zimerr: true,
        depends_on: None,
        expected_errors: 0,
        must_say: None,
    };
    write_workspace(&dir, std::slice::from_ref(&member));
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("broken-catalogs/target");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(&dir)
        .args(["doc", "--no-deps", "--offline", "-p", "doc-languages"])
        .env("CARGO_TARGET_DIR", &target)
        // Warnings denied: a link the text did not mean (broken intra-doc link, bare
        // URL) would fail here.
        .env("RUSTDOCFLAGS", "-D warnings")
        .output()
        .expect("run cargo doc");
    assert!(
        output.status.success(),
        "cargo doc failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let page = target.join("doc/doc_languages/enum.ChatCode.html");
    let html = std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
    // The subset renders.
    for rendered in [
        "<strong>still running</strong>",
        "<code>markConversation</code>",
        "<a href=\"https://trtc.io/document/34348\">the API reference</a>",
        "<em>check</em>",
        "<a href=\"https://console.tencentcloud.com/workorder\">submit a ticket</a>",
        "<a href=\"https://trtc.io/document/34348\">接口文档</a>",
        "<strong>仍在执行</strong>",
    ] {
        assert!(html.contains(rendered), "the HTML lacks {rendered}");
    }
    // The rest is text: no link, no tag, no emphasis made of it.
    let text = html_text(&html);
    let literal = "[x] is not a link, nor is [this](Self::Ok), <b>this</b> is not HTML, and [a broken](https://trtc.io link stays text, as does **this.";
    assert!(
        text.contains(literal),
        "the HTML does not show `{literal}` as text"
    );
    assert!(!html.contains("<b>this</b>"), "raw HTML passed through");
    assert!(
        !html.contains("href=\"https://trtc.io\""),
        "a broken link became a link"
    );
    // Every language, headed by its name.
    for language in [
        "中文: UserSig 已过期。 请在服务端重新生成 UserSig 后重新登录。",
        "日本語 (ja): UserSig の有効期限が切れています。",
        "繁體中文 (zh-Hant): 參數無效。",
    ] {
        assert!(
            text.contains(language),
            "the HTML does not show `{language}`"
        );
    }
}
