//! Synthetic catalogs and the crates of the zimerr compile-time benchmark.
//!
//! ```text
//! gen-catalog yaml N                      a synthetic catalog of N codes (YAML) on stdout
//! gen-catalog tables (N | PATH)           (b) hand-written tables crate source on stdout
//! gen-catalog derive (N | PATH)           (c) derive-stack crate source on stdout
//! gen-catalog light (N | PATH)            (d) light hand-written crate source on stdout
//! gen-catalog light-derive-debug (N | PATH)   (d) with `#[derive(Debug)]` (not benchmarked:
//!                                         out of memory at 50,000; see emit::light_crate)
//! gen-catalog floor-enum (N | PATH)       (e) the enum with its docs alone on stdout
//! gen-catalog floor (N | PATH)            (f) the enum and one name table on stdout
//! gen-catalog baseline PATH               the runtime bench's `match` baselines on stdout
//! gen-catalog workspace DIR ZIMERR REAL SIZES DERIVE_MAX [VARIANTS]
//!     the leaf workspace of bench/compile.sh: for each N of SIZES (comma-separated;
//!     the real catalog REAL stands for 145), crates a_N (zim_errors!), b_N (tables),
//!     for N <= DERIVE_MAX c_N (derive stack), d_N (light), e_N (floor, enum only) and
//!     f_N (floor); plus u_zim (a user of zimerr's bundled catalog). ZIMERR is the path
//!     of the zimerr crate. VARIANTS (comma-separated letters, default a,b,c,d,e,f)
//!     limits the crates written; b_145 and c_145 are always written (clean builds).
//!     zimerr with options: n_N `doc_aliases = false`, k_N `constants = false`, s_N
//!     `docs = "brief"`, o_N the last two, r_N the last two (the README's recipe; the bench
//!     builds it with `build-override` `opt-level = 3`); p_N the items `a_N` expands to,
//!     pasted in as source (needs the feature `pasted`).
//! ```

mod emit;
mod read;

use gen_catalog::model;

use std::fs;
use std::path::Path;

use model::Catalog;

/// A generator of one leaf crate's source.
type Emit = fn(&Catalog) -> String;

/// A number means a synthetic catalog of that size; anything else is a catalog file.
fn catalog(arg: &str) -> Catalog {
    arg.parse::<usize>()
        .map_or_else(|_| read::read(arg), model::synthetic)
}

fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    }
    // Leave unchanged files alone, so regenerating does not invalidate cargo's cache.
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn manifest(name: &str, deps: &str) -> String {
    format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[lib]\npath = \"src/lib.rs\"\n\n[dependencies]\n{deps}"
    )
}

fn workspace(dir: &Path, zimerr: &str, real: &str, sizes: &str, derive_max: usize, variants: &str) {
    let wanted: Vec<&str> = variants.split(',').map(str::trim).collect();
    let want = |v: &str, n: usize| wanted.contains(&v) || (n == 145 && matches!(v, "b" | "c"));
    let zimerr_dep = format!("zimerr = {{ path = {zimerr:?} }}\n");
    let derive_deps = "thiserror = \"2.0.21\"\nstrum = { version = \"0.28\", features = [\"derive\"] }\nnum_enum = \"0.7.6\"\n";
    let mut members = vec!["u_zim".to_owned()];
    write(
        &dir.join("u_zim/Cargo.toml"),
        &manifest("u_zim", &zimerr_dep),
    );
    write(
        &dir.join("u_zim/src/lib.rs"),
        "//! A user of zimerr's bundled ZIM catalog.\npub use zimerr::{ZimError, ZimCode};\n\npub fn on_result(code: u32, message: &'static str) -> zimerr::Result<()> {\n    zimerr::check(code).map_err(|e| ZimError::new(e.code(), message))\n}\n",
    );
    for size in sizes.split(',') {
        let n: usize = size.trim().parse().expect("a size");
        let (cat, yaml) = if n == 145 {
            let text = fs::read_to_string(real).unwrap_or_else(|e| panic!("{real}: {e}"));
            (read::read(real), text)
        } else {
            let cat = model::synthetic(n);
            let yaml = model::to_yaml(&cat);
            (cat, yaml)
        };
        assert_eq!(cat.codes.len(), n, "{real} has {} codes", cat.codes.len());
        // a_N always: the IDE bench and the hover probe read its catalog.yaml.
        let a = format!("a_{n}");
        write(&dir.join(&a).join("Cargo.toml"), &manifest(&a, &zimerr_dep));
        write(&dir.join(&a).join("catalog.yaml"), &yaml);
        write(
            &dir.join(&a).join("src/lib.rs"),
            // `prefix = "Zim"`: the names of the hand-written variants (`ZimCode`), which
            // bench/ide_hover.py probes in every leaf alike; the file alone would give
            // `CatalogCode`.
            "//! (a) zimerr's macro.\nzimerr::zim_errors!(\"catalog.yaml\", prefix = \"Zim\");\n",
        );
        members.push(a);
        let plain: [(&str, Emit); 4] = [
            ("b", emit::tables_crate),
            ("d", |c| emit::light_crate(c, false)),
            ("e", emit::floor_enum_crate),
            ("f", emit::floor_crate),
        ];
        for (v, options) in ZIMERR_OPTIONS {
            if want(v, n) {
                let name = format!("{v}_{n}");
                let mut manifest = manifest(&name, &zimerr_dep);
                if v == "r" {
                    // Read when the crate is a workspace of its own (the IDE bench's copy);
                    // in the leaf workspace the bench sets it through the environment.
                    manifest.push_str("\n[profile.dev.build-override]\nopt-level = 3\n");
                }
                write(&dir.join(&name).join("Cargo.toml"), &manifest);
                write(&dir.join(&name).join("catalog.yaml"), &yaml);
                write(
                    &dir.join(&name).join("src/lib.rs"),
                    &format!(
                        "//! zimerr's macro, {options}.\nzimerr::zim_errors!(\"catalog.yaml\", prefix = \"Zim\", {options});\n"
                    ),
                );
                members.push(name);
            }
        }
        if want("p", n) {
            let name = format!("p_{n}");
            write(
                &dir.join(&name).join("Cargo.toml"),
                &manifest(&name, &zimerr_dep),
            );
            write(&dir.join(&name).join("src/lib.rs"), &pasted(&yaml));
            members.push(name);
        }
        for (v, emit) in plain {
            if want(v, n) {
                let name = format!("{v}_{n}");
                write(&dir.join(&name).join("Cargo.toml"), &manifest(&name, ""));
                write(&dir.join(&name).join("src/lib.rs"), &emit(&cat));
                members.push(name);
            }
        }
        if n <= derive_max && want("c", n) {
            let c = format!("c_{n}");
            write(&dir.join(&c).join("Cargo.toml"), &manifest(&c, derive_deps));
            write(&dir.join(&c).join("src/lib.rs"), &emit::derive_crate(&cat));
            members.push(c);
        }
    }
    let members: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
    write(
        &dir.join("Cargo.toml"),
        &format!(
            "# Generated by bench/gen-catalog.\n[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    );
}

/// The zimerr leaves with options: letter and the options after the path.
const ZIMERR_OPTIONS: [(&str, &str); 5] = [
    ("n", "doc_aliases = false"),
    ("k", "constants = false"),
    ("s", "docs = \"brief\""),
    ("o", "constants = false, docs = \"brief\""),
    ("r", "constants = false, docs = \"brief\""),
];

/// The source text `zim_errors!("catalog.yaml")` hands rustc for this catalog, without
/// the rebuild tracking (there is no file to track): the items alone, no macro run.
#[cfg(feature = "pasted")]
fn pasted(yaml: &str) -> String {
    use zimerr_catalog::{Args, SourceText, check, expand};
    let source = SourceText::from_text("catalog.yaml", yaml);
    let catalog = check(&source).unwrap_or_else(|error| panic!("{error}"));
    // The names of the `a` leaves (`prefix = "Zim"`), so the IDE bench probes one name.
    let args = Args::parse(r#""catalog.yaml", prefix = "Zim""#).unwrap();
    let expansion = expand(&args, &catalog, &source).unwrap_or_else(|error| panic!("{error}"));
    let text = expansion.text();
    format!("//! The items of `zim_errors!(\"catalog.yaml\")`, pasted in.\n{text}\n")
}

#[cfg(not(feature = "pasted"))]
fn pasted(_: &str) -> String {
    panic!("the `p` leaves need gen-catalog built with `--features pasted`")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| -> &str {
        args.get(i).map_or_else(
            || panic!("missing argument {i}; see the file's docs"),
            String::as_str,
        )
    };
    match arg(0) {
        "yaml" => print!("{}", model::to_yaml(&catalog(arg(1)))),
        "tables" => print!("{}", emit::tables_crate(&catalog(arg(1)))),
        "derive" => print!("{}", emit::derive_crate(&catalog(arg(1)))),
        "light" => print!("{}", emit::light_crate(&catalog(arg(1)), false)),
        "light-derive-debug" => print!("{}", emit::light_crate(&catalog(arg(1)), true)),
        "floor-enum" => print!("{}", emit::floor_enum_crate(&catalog(arg(1)))),
        "floor" => print!("{}", emit::floor_crate(&catalog(arg(1)))),
        "baseline" => {
            let command = format!(
                "CARGO_TARGET_DIR=/tmp/target-perf/gen cargo run --release --manifest-path bench/gen-catalog/Cargo.toml -- baseline {} > zimerr/benches/support/zim_match.rs && rustfmt --edition 2024 zimerr/benches/support/zim_match.rs",
                arg(1)
            );
            print!("{}", emit::baseline(&read::read(arg(1)), &command));
        }
        "workspace" => workspace(
            Path::new(arg(1)),
            arg(2),
            arg(3),
            arg(4),
            arg(5).parse().expect("DERIVE_MAX"),
            args.get(6).map_or("a,b,c,d,e,f", String::as_str),
        ),
        other => panic!("unknown command `{other}`; see the file's docs"),
    }
}
