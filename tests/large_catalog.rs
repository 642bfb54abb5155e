//! The large-catalog options end to end, in throwaway crates built by the same `cargo`
//! as this test (`$CARGO`):
//!
//! - rustdoc: with the defaults, a search for a code's number or its SDK name finds the
//!   variant (the `#[doc(alias)]` is in the search index) and the variant's page shows
//!   its full text; with `doc_aliases = false, docs = "brief"` the number is not indexed
//!   and the page shows the one-line doc;
//! - the README's recipe: the first `rust` block of its "Large catalogs" section is the
//!   complete `zim_errors!` call, and it compiles as written.
//!
//! The crates share a target directory under this workspace's `target/tmp`, kept between
//! runs, so `zimerr` and its dependencies are built once (a minute or two the first time).

use std::path::Path;
use std::sync::Mutex;

#[path = "common/scratch.rs"]
mod scratch;

use scratch::{Scratch, WORKSPACE, lockfile, target, zimerr_path};

/// The crates share a target directory: build them one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

/// The target directory of these crates (see [`scratch::target`]).
const TARGET: &str = "large-catalog-target";

/// A scratch crate named `large-{name}` that depends on `zimerr`.
fn project(name: &str) -> Scratch {
    let scratch = Scratch::new(&format!("large-{name}"));
    scratch.write(
        "Cargo.toml",
        &format!(
            "[package]\nname = \"large-{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nzimerr = {{ path = \"{}\" }}\n\n[workspace]\n",
            zimerr_path()
        ),
    );
    scratch.write("Cargo.lock", &lockfile());
    scratch
}

/// `cargo <args>` in `scratch` with the shared target directory; panics with the output
/// on failure.
fn cargo(scratch: &Scratch, args: &[&str]) {
    if let Err(e) = scratch::cargo(scratch.path(), TARGET, args, &[]) {
        panic!("{e}");
    }
}

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A catalog of one code, `number`, named `{word}Thing`, with an SDK name and a solution;
/// the number is in no name or text, so only an alias can put it in rustdoc's index.
fn catalog(number: u32, word: &str) -> String {
    format!(
        "categories:\n  - key: app\n    name: App\n    title: App errors\ncodes:\n  - code: {number}\n    name: {word}Thing\n    category: app\n    description: The {word} thing failed.\n    solution: Retry the {word} thing.\n    action: none\n    retryable: false\n    sdk_name: SdkNameOf{word}\n"
    )
}

/// Every file under `dir`, concatenated (rustdoc's search index is split into many).
fn read_tree(dir: &Path) -> String {
    let mut text = String::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            text.push_str(&read_tree(&path));
        } else if let Ok(file) = std::fs::read_to_string(&path) {
            text.push_str(&file);
        }
    }
    text
}

#[test]
fn rustdoc_finds_codes_by_number_with_the_defaults_only() {
    let _serial = serial();
    let scratch = project("rustdoc");
    scratch.write("full.yaml", &catalog(7_300_101, "Full"));
    scratch.write("brief.yaml", &catalog(7_300_202, "Brief"));
    scratch.write(
        "src/lib.rs",
        "//! Two catalogs, one with the defaults and one trimmed.\n\n\
         /// The defaults.\npub mod full {\n    zimerr::zim_errors!(\"full.yaml\", code_enum = \"FullCode\", category_enum = \"FullArea\");\n}\n\n\
         /// Trimmed.\npub mod brief {\n    zimerr::zim_errors!(\"brief.yaml\", code_enum = \"BriefCode\", category_enum = \"BriefArea\", doc_aliases = false, docs = \"brief\");\n}\n",
    );
    let doc = target(TARGET).join("doc");
    // rustdoc adds to the search index of earlier runs: start from none.
    let _ = std::fs::remove_dir_all(&doc);
    cargo(&scratch, &["doc", "--no-deps", "--offline"]);
    // The names rustdoc searches (item names and aliases); the descriptions, which hold
    // the number as text, are indexed apart (`search.index/desc`).
    let index = read_tree(&doc.join("search.index").join("name"));
    // A name no identifier can have: the alias of the number.
    assert!(index.contains("7300101"), "the number is searchable");
    assert!(
        index.contains("SdkNameOfFull"),
        "the SDK name is searchable"
    );
    assert!(
        !index.contains("7300202"),
        "no alias with `doc_aliases = false`"
    );
    assert!(!index.contains("SdkNameOfBrief"));

    let page = |module: &str, item: &str| {
        let path = doc.join("large_rustdoc").join(module).join(item);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let full = page("full", "enum.FullCode.html");
    assert!(full.contains("The Full thing failed."));
    assert!(
        full.contains("Retry the Full thing."),
        "the full doc has the solution"
    );
    let brief = page("brief", "enum.BriefCode.html");
    assert!(
        brief.contains("The Brief thing failed."),
        "the brief doc has the description"
    );
    assert!(!brief.contains("Retry the Brief thing."), "and no more");
    let constant = page("brief", "brief_codes/constant.BRIEF_THING.html");
    assert!(constant.contains("The number of"), "{constant}");
}

/// The first `rust` code block of the README's "Large catalogs" section.
fn readme_recipe() -> String {
    let readme =
        std::fs::read_to_string(Path::new(WORKSPACE).join("README.md")).expect("README.md reads");
    let start = readme
        .find("\n## Large catalogs")
        .expect("README.md has a \"Large catalogs\" section")
        + 1;
    let rest = &readme[start..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    let section = &rest[..end];
    // ```rust or ```rust,ignore (the README's examples are doctests; this one names a
    // file only the scratch crate below has).
    let fence = section
        .find("```rust")
        .expect("the section has a ```rust block");
    let start = fence
        + section[fence..]
            .find('\n')
            .expect("the ```rust fence ends its line")
        + 1;
    let end = section[start..]
        .find("```")
        .expect("the ```rust block is closed");
    section[start..start + end].to_owned()
}

#[test]
fn the_readme_recipe_compiles_as_written() {
    let recipe = readme_recipe();
    assert!(
        recipe.trim_start().starts_with("zimerr::zim_errors!("),
        "the first rust block is the zim_errors! call:\n{recipe}"
    );
    for option in ["constants = false", "docs = \"brief\""] {
        assert!(
            recipe.contains(option),
            "the recipe sets `{option}`:\n{recipe}"
        );
    }
    let path = recipe
        .split('"')
        .nth(1)
        .expect("the call names its catalog first");
    let _serial = serial();
    let scratch = project("recipe");
    scratch.write(path, &catalog(7_300_303, "Recipe"));
    scratch.write(
        "src/lib.rs",
        &format!("//! The README's recipe.\n#![deny(warnings, missing_docs)]\n\n{recipe}"),
    );
    cargo(&scratch, &["build", "--offline"]);
}
