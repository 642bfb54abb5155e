//! Every `u32` from 0 to 7 000 000, and a sample of the rest of the range, through
//! `ZimError` and the generated lookups: the code is kept, `kind()` is
//! `ZimCode::from_code`, a known code maps back to itself, and the codes found known
//! are exactly the catalog's (read from `errors.yaml` here, without the macro).
//!
//! Slow in a debug build; `.ci/run` runs it in release:
//! `cargo test --release -p zimerr --test exhaustive -- --ignored`.

use std::collections::BTreeSet;

use zimerr::{ZimCategory, ZimCode, ZimError};

/// The dense part: every ZIM code lies below it (0, 1 and 6000xxx).
const DENSE_END: u32 = 7_000_000;

/// The sparse part: every 4099th number of the rest, plus the edges.
fn sample() -> impl Iterator<Item = u32> {
    let edges = [
        DENSE_END + 1,
        (1 << 31) - 2,
        (1 << 31) - 1,
        1 << 31,
        u32::MAX / 2,
        u32::MAX - 4099,
        u32::MAX - 2,
        u32::MAX - 1,
        u32::MAX,
    ];
    (0..=DENSE_END)
        .chain((DENSE_END..=u32::MAX).step_by(4099))
        .chain(edges)
}

/// The codes of the bundled catalog, read line by line (`  - code: N`).
fn catalog_codes() -> BTreeSet<u32> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../errors.yaml"))
        .expect("read errors.yaml");
    text.lines()
        .filter_map(|line| line.strip_prefix("  - code: "))
        .map(|n| n.trim().parse().expect("a code is a number"))
        .collect()
}

#[test]
#[ignore = "slow in debug; .ci/run runs it in release"]
fn every_number_round_trips() {
    let mut known = BTreeSet::new();
    let mut checked: u64 = 0;
    for n in sample() {
        checked += 1;
        let err = ZimError::from(n);
        assert_eq!(err.code(), n);
        let kind = ZimCode::from_code(n);
        assert_eq!(err.kind(), kind, "{n}");
        assert_eq!(ZimCode::try_from(n).ok(), kind, "{n}");
        assert_eq!(err.category(), ZimCategory::of_code(n), "{n}");
        if let Some(code) = kind {
            assert_eq!(code.code(), n);
            assert_eq!(code as u32, n);
            assert_eq!(err.category(), Some(code.category()), "{n}");
            assert_eq!(err.description(), Some(code.description()), "{n}");
            known.insert(n);
        } else {
            assert_eq!(err.description(), None, "{n}");
            assert_eq!(err.action(), None, "{n}");
            if let Some(category) = err.category() {
                assert!(
                    category.ranges().iter().any(|r| r.contains(&n)),
                    "{n} placed in {category:?} outside its ranges"
                );
            }
        }
    }
    assert!(
        checked > u64::from(DENSE_END),
        "only {checked} numbers checked"
    );
    let catalog = catalog_codes();
    assert_eq!(
        catalog.len(),
        ZimCode::all().len(),
        "errors.yaml read wrong"
    );
    assert_eq!(known, catalog, "the known codes are not the catalog's");
    let all: BTreeSet<u32> = ZimCode::all().map(ZimCode::code).collect();
    assert_eq!(all, catalog);
}

#[test]
fn the_sample_covers_the_edges_and_every_catalog_code() {
    let catalog = catalog_codes();
    assert!(catalog.iter().all(|&c| c <= DENSE_END));
    let sampled = sample().filter(|&n| n > DENSE_END).count();
    assert!(sampled > 1_000_000, "{sampled}");
    assert!(sample().any(|n| n == u32::MAX));
}
