//! Expansion time of `zim_errors!`: load → validate → expand, in process, on the ZIM
//! catalog (145 codes) and on a synthetic catalog of 10,000 codes (`bench/gen-catalog`).
//!
//! The pipeline is private to the proc-macro crate, so this bench compiles the macro's
//! stage modules itself (`#[path]` below; they refer to each other as `crate::x`, which
//! resolves at this bench's root) and repeats `pipeline` of `src/lib.rs`. Outside a
//! compiler, proc-macro2 uses its fallback token streams, so the time measured is the
//! macro's own work; handing the tokens to rustc and compiling them is what
//! `bench/compile.sh` measures.
//!
//! ```text
//! cargo bench -p zimerr-macros --bench expand                 # release (bench profile)
//! cargo bench -p zimerr-macros --bench expand --profile dev   # how cargo builds proc macros
//! ```
//!
//! The `dev` run is the one users pay: cargo builds proc macros and their dependencies
//! without optimization (`build-override` has `opt-level = 0`), in release builds too.

// The stage modules are compiled here without `lib.rs`: items only the macro entry points
// use are dead in this bench, and the catalog generator's items are `pub`. Cargo builds
// benches with `--cfg test`, so the modules' unit-test modules are compiled too, with
// their `#[test]` functions stripped: their imports go unused.
#![allow(dead_code, unreachable_pub, unused_imports)]

#[path = "../src/args.rs"]
mod args;
#[path = "../src/diag.rs"]
mod diag;
#[path = "../src/expand.rs"]
mod expand;
#[path = "../src/load.rs"]
mod load;
#[path = "../src/locate.rs"]
mod locate;
#[path = "../src/model.rs"]
mod model;
#[path = "../src/phf.rs"]
mod phf;
#[path = "../../bench/gen-catalog/src/model.rs"]
mod synth;
#[path = "../src/validate.rs"]
mod validate;

use divan::Bencher;
use proc_macro2::TokenStream;

fn main() {
    divan::main();
}

/// The macro's input for a catalog of `n` codes: 145 is the bundled ZIM catalog
/// (`zim_errors!()`), any other size a synthetic catalog given by path.
fn input(n: usize) -> (args::Args, load::SourceText) {
    let args = args::Args::default();
    if n == 145 {
        let source = load::read(&args.source).expect("the bundled catalog reads");
        return (args, source);
    }
    let source = load::SourceText {
        display_path: format!("catalog-{n}.yaml"),
        text: synth::to_yaml(&synth::synthetic(n)),
        absolute_path: Some(format!("/tmp/catalog-{n}.yaml")),
    };
    (args, source)
}

/// `pipeline` of `src/lib.rs`.
fn pipeline(args: &args::Args, source: &load::SourceText) -> Result<TokenStream, Vec<String>> {
    let (raw, locations) = load::parse(&source.text).map_err(|d| vec![source.render(&d)])?;
    let catalog = validate::validate(raw, &locations)
        .map_err(|ds| ds.iter().map(|d| source.render(d)).collect::<Vec<_>>())?;
    Ok(expand::expand(args, &catalog, source))
}

/// The whole macro: parse + validate + expand.
#[divan::bench(args = [145, 10_000], sample_count = 30, max_time = 60)]
fn load_validate_expand(bencher: Bencher<'_, '_>, n: usize) {
    let (args, source) = input(n);
    assert!(pipeline(&args, &source).is_ok(), "the catalog is valid");
    bencher.bench_local(|| pipeline(&args, &source));
}

/// Stage 2: YAML → raw model, plus the line scan that locates entries.
#[divan::bench(args = [145, 10_000], sample_count = 30, max_time = 30)]
fn load_parse(bencher: Bencher<'_, '_>, n: usize) {
    let (_, source) = input(n);
    bencher.bench_local(|| load::parse(&source.text));
}

/// Stage 3: every rule over the raw model.
#[divan::bench(args = [145, 10_000], sample_count = 30, max_time = 30)]
fn validate(bencher: Bencher<'_, '_>, n: usize) {
    let (_, source) = input(n);
    bencher
        .with_inputs(|| load::parse(&source.text).expect("parses"))
        .bench_local_values(|(raw, locations)| validate::validate(raw, &locations));
}

/// Stage 4: the token stream, perfect hash included.
#[divan::bench(args = [145, 10_000], sample_count = 30, max_time = 30)]
fn expand(bencher: Bencher<'_, '_>, n: usize) {
    let (args, source) = input(n);
    let (raw, locations) = load::parse(&source.text).expect("parses");
    let catalog = validate::validate(raw, &locations).expect("valid");
    bencher.bench_local(|| expand::expand(&args, &catalog, &source));
}

/// Part of stage 4: the perfect hash over the catalog's codes.
#[divan::bench(args = [145, 10_000], sample_count = 30, max_time = 30)]
fn expand_phf_build(bencher: Bencher<'_, '_>, n: usize) {
    let (_, source) = input(n);
    let (raw, _) = load::parse(&source.text).expect("parses");
    let codes: Vec<u32> = raw.codes.iter().map(|c| c.code).collect();
    bencher.bench_local(|| phf::Phf::build(&codes));
}
