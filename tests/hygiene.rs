//! The generated code outside this workspace's own set-up: a crate that renames the
//! dependency (`zz = { package = "zimerr" }`), forbids `unsafe`, shadows the primitive
//! types, and expands two catalogs in one module. trybuild copies the dependencies of this
//! package under their own names, so a renamed dependency needs a crate of its own: the
//! test writes one under the system temp directory and builds it with the same `cargo`
//! (`$CARGO`) and the target directory `tests/rebuild.rs` uses, so `zimerr` is built once.
//!
//! Then it reads the crate's expansion (`cargo rustc -- -Zunpretty=expanded`, with
//! `RUSTC_BOOTSTRAP=1`): it holds no `unsafe` (besides the standard library's own derive
//! of `Clone`, which any `#[derive(Clone, Copy)]` expands to on this toolchain), and the
//! test fails if generated `unsafe` comes back.

use std::path::Path;

#[path = "common/scratch.rs"]
mod scratch;

use scratch::{Scratch, WORKSPACE, lockfile, zimerr_path};

/// `cargo <args>` in `dir` with the target directory `tests/rebuild.rs` uses (and, if
/// `bootstrap`, `RUSTC_BOOTSTRAP=1`); stdout on success, a panic with the output otherwise.
fn cargo(dir: &Path, args: &[&str], bootstrap: bool) -> String {
    let envs: &[(&str, &str)] = if bootstrap {
        &[("RUSTC_BOOTSTRAP", "1")]
    } else {
        &[]
    };
    scratch::cargo(dir, "rebuild-target", args, envs).unwrap_or_else(|e| panic!("{e}"))
}

const MAIN: &str = r#"#![forbid(unsafe_code)]

mod shadowed {
    #![allow(non_camel_case_types, dead_code)]
    struct u8;
    struct u32;
    struct u64;
    struct usize;
    struct str;
    struct bool;

    zz::zim_errors!(
        "catalog.yaml",
        code_enum = "ShopCode",
        category_enum = "ShopArea",
        code_macro = "shop_code",
    );
    zz::zim_errors!(
        bundled = "server",
        code_enum = "ServerCode",
        category_enum = "ServerArea",
        codes_module = "server_codes",
    );

    pub(crate) fn shop() -> ShopCode {
        shop_code!(1001)
    }

    pub(crate) fn server(code: ::core::primitive::u32) -> ::core::option::Option<ServerCode> {
        ServerCode::from_code(code)
    }
}

fn main() {
    const EXPIRED: zz::ZimCode = zz::code!(6000106);
    const SIGNATURE: zz::server::ServerCode = zz::server::code!(100000004);
    let shop: zz::Error<shadowed::ShopCode> = shadowed::shop().into();
    println!("{}", EXPIRED.name());
    println!("{}", SIGNATURE.name());
    println!("{}", shop.code());
    println!("{:?}", shadowed::server(1));
}
"#;

#[test]
fn a_renamed_dependency_with_shadowed_primitives_and_forbidden_unsafe() {
    let scratch = Scratch::new("hygiene-renamed");
    scratch.write(
        "Cargo.toml",
        &format!(
            "[package]\nname = \"hygiene-app\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nzz = {{ package = \"zimerr\", path = \"{}\" }}\n\n[workspace]\n",
            zimerr_path()
        ),
    );
    scratch.write("Cargo.lock", &lockfile());
    let catalog =
        std::fs::read_to_string(Path::new(WORKSPACE).join("tests/ui/pass/custom_catalog.yaml"))
            .expect("the shop catalog");
    scratch.write("catalog.yaml", &catalog);
    scratch.write("src/main.rs", MAIN);
    let dir = scratch.path();
    assert_eq!(
        cargo(dir, &["run", "--quiet"], false),
        "TokenExpired\nSignatureExpired\n1001\nSome(ServerBusy)\n"
    );

    let expanded = cargo(
        dir,
        &[
            "rustc",
            "--quiet",
            "--profile=check",
            "--",
            "-Zunpretty=expanded",
        ],
        true,
    );
    assert!(expanded.contains("pub enum ShopCode"), "{expanded:.300}");
    // No `unsafe`. Doc comments, printed as `#[doc = "…"]`, may mention the word; and the
    // standard library's own `#[derive(Clone)]` expands to an
    // `unsafe impl ::core::clone::TrivialClone` on this toolchain, for any type that
    // derives `Clone` and `Copy`, in any crate: std's promise, not the generated code's.
    let code: Vec<&str> = expanded
        .lines()
        .map(str::trim)
        .filter(|line| {
            !line.starts_with("#[doc")
                && !line.starts_with("#!")
                && !line.starts_with("//")
                && !line.starts_with("unsafe impl ::core::clone::TrivialClone for ")
        })
        .collect();
    let code = code.join(" ");
    let uses: Vec<&str> = code
        .match_indices("unsafe")
        .map(|(at, _)| &code[at.saturating_sub(60)..(at + 60).min(code.len())])
        .collect();
    assert_eq!(uses, [] as [&str; 0], "`unsafe` in the expansion");
    // The variants come from `__at`'s `match`, one per catalog.
    assert_eq!(
        expanded.matches("const fn __at(").count(),
        2,
        "{expanded:.300}"
    );
    assert!(!expanded.contains("transmute"));
}
