//! Expansion time of `zim_errors!`: load → validate → expand, in process, on the ZIM
//! catalog (145 codes) and on a synthetic catalog of 10,000 codes (`bench/gen-catalog`).
//!
//! It runs what the macro runs up to the source text it hands rustc (`check`, then
//! `expand::expand_text`): the macro's own work. Lexing that text happens in rustc's
//! optimized code, and compiling the items is what `bench/run compile` measures
//! (`bench/run expand` runs this bench and keeps its output).
//!
//! ```text
//! cargo bench -p zimerr-catalog --bench expand                 # release (bench profile)
//! cargo bench -p zimerr-catalog --bench expand --profile dev   # how cargo builds proc macros
//! ```
//!
//! The `dev` run is the one users pay: cargo builds proc macros and their dependencies
//! without optimization (`build-override` has `opt-level = 0`), in release builds too.

use divan::Bencher;
use gen_catalog::model as synth;
use zimerr_catalog::Args;
use zimerr_catalog::expand::phf_build_for_bench;
use zimerr_catalog::load::{self, SourceText};
// The stage's module, not the function of the same name (`{self}` imports the module only).
use zimerr_catalog::{
    check,
    expand::{self},
    validate,
};

fn main() {
    divan::main();
}

/// The macro's input for a catalog of `n` codes: 145 is the bundled ZIM catalog
/// (`zim_errors!()`), any other size a synthetic catalog given by path.
fn input(n: usize) -> (Args, SourceText) {
    let args = Args::default();
    if n == 145 {
        return (args, SourceText::bundled());
    }
    let source = SourceText::from_text(
        format!("catalog-{n}.yaml"),
        synth::to_yaml(&synth::synthetic(n)),
    )
    .with_absolute_path(format!("/tmp/catalog-{n}.yaml"));
    (args, source)
}

/// The whole macro: parse + validate + expand to source text, what `zim_errors!` does
/// before rustc lexes the text.
#[divan::bench(args = [145, 10_000], sample_count = 30, max_time = 60)]
fn load_validate_expand(bencher: Bencher<'_, '_>, n: usize) {
    let (args, source) = input(n);
    let whole = || check(&source).map(|catalog| expand::expand_text(&args, &catalog, &source));
    assert!(matches!(whole(), Ok(Ok(_))), "the catalog is valid");
    bencher.bench_local(whole);
}

/// Stage 2: YAML → raw model, plus the line scan that locates entries and the pre-scan.
#[divan::bench(args = [145, 10_000], sample_count = 30, max_time = 30)]
fn load_parse(bencher: Bencher<'_, '_>, n: usize) {
    let (_, source) = input(n);
    bencher.bench_local(|| load::parse(source.text()));
}

/// Part of stage 2: `serde_yaml`'s typed parse alone, without the location scan. The YAML
/// library is the user's choice; in the unoptimized build this is the floor of the macro.
#[divan::bench(args = [145, 10_000], sample_count = 30, max_time = 30)]
fn load_yaml_only(bencher: Bencher<'_, '_>, n: usize) {
    let (_, source) = input(n);
    bencher.bench_local(|| {
        serde_yaml::from_str::<zimerr_catalog::model::raw::RawCatalog>(source.text())
    });
}

/// Stage 3: every rule over the raw model.
#[divan::bench(args = [145, 10_000], sample_count = 30, max_time = 30)]
fn validate(bencher: Bencher<'_, '_>, n: usize) {
    let (_, source) = input(n);
    bencher
        .with_inputs(|| load::parse(source.text()).expect("parses"))
        .bench_local_values(validate::validate);
}

/// Stage 4: the generated items as source text, perfect hash included.
#[divan::bench(args = [145, 10_000], sample_count = 30, max_time = 30)]
fn expand(bencher: Bencher<'_, '_>, n: usize) {
    let (args, source) = input(n);
    let catalog = check(&source).expect("valid");
    bencher.bench_local(|| expand::expand_text(&args, &catalog, &source));
}

/// Part of stage 4: the perfect hash over the catalog's codes.
#[divan::bench(args = [145, 10_000], sample_count = 30, max_time = 30)]
fn expand_phf_build(bencher: Bencher<'_, '_>, n: usize) {
    let (_, source) = input(n);
    let raw = load::parse(source.text()).expect("parses");
    let codes: Vec<u32> = raw.codes.iter().map(|c| c.code).collect();
    bencher.bench_local(|| phf_build_for_bench(&codes));
}
