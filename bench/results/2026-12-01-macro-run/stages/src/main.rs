//! Each stage of the macro's pipeline timed in process, best of REPS, in the build this
//! crate is compiled with (`cargo run` = dev, as cargo builds proc macros): the numbers of
//! docs/PERFORMANCE.md section 7.1. Point the path dependency at a snapshot to time it.
//!
//!     cargo run -q -- zim 30            # the bundled ZIM catalog
//!     cargo run -q -- catalog.yaml 3    # any catalog file
use std::time::Instant;
use zimerr_catalog::{
    args::Args,
    load::{self, SourceText},
    model::raw::RawCatalog,
};
fn best<T>(reps: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut b = f64::MAX;
    for _ in 0..reps {
        let t = Instant::now();
        std::hint::black_box(f());
        b = b.min(t.elapsed().as_secs_f64() * 1e3);
    }
    b
}
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let reps: usize = a.get(2).map_or(20, |s| s.parse().unwrap());
    let src = if a[1] == "zim" {
        SourceText::bundled()
    } else {
        SourceText::from_text(a[1].clone(), std::fs::read_to_string(&a[1]).unwrap())
    };
    let text = &src.text;
    let args = Args::default();
    let catalog = zimerr_catalog::check(&src).expect("valid");
    let rows = [
        (
            "flow_depth",
            best(reps, || load::flow_depth::check_flow_depth(text)),
        ),
        (
            "serde_yaml typed parse",
            best(reps, || {
                serde_yaml::from_str::<RawCatalog>(text).map(|r| r.codes.len())
            }),
        ),
        ("load (all)", best(reps, || load::load(text).problems.len())),
        (
            "check (load+validate)",
            best(reps, || zimerr_catalog::check(&src).is_ok()),
        ),
        (
            "expand",
            best(reps, || {
                zimerr_catalog::expand::expand(&args, &catalog, &src).map(|e| e.text.is_empty())
            }),
        ),
        (
            "expand_source (all)",
            best(reps, || zimerr_catalog::expand_source(&args, &src).is_ok()),
        ),
    ];
    for (n, ms) in rows {
        println!("{n:28} {ms:9.2} ms");
    }
}
