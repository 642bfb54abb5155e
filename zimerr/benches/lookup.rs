//! Run-time cost of zimerr's lookups beside plain baselines, in one run:
//! `from_code` on a 90 % known / 10 % unknown mix, `description()`, `ZimError`'s
//! `Display` into a preallocated `String`, and `zimerr::check()`; against a plain
//! `match` (generated from errors.yaml: `support/zim_match.rs`), `HashMap<u32, _>` and a
//! sorted-slice binary search.
//!
//! ```text
//! cargo bench -p zimerr --bench lookup
//! ```
//!
//! Every bench runs over the same 1,024 inputs per iteration (so the times divan prints
//! are per 1,024 operations; the throughput column is per operation) and passes each
//! result through `black_box`.

#[path = "support/zim_match.rs"]
mod zim_match;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hint::black_box;

use divan::Bencher;
use divan::counter::ItemsCount;
use zimerr::{ZimCode, ZimError};

/// Operations per iteration.
const OPS: usize = 1024;

fn main() {
    // 100 samples of a few microseconds each (divan's default) is noisy at this scale:
    // take 2,000, still overridable with `-- --sample-count N`.
    divan::Divan::default()
        .sample_count(2000)
        .config_with_args()
        .main();
}

/// 1,024 codes: 90 % drawn uniformly from the catalog, 10 % numbers next to a known code
/// that the catalog does not have; a fixed xorshift seed, so every bench and run sees
/// the same sequence.
fn mix() -> Vec<u32> {
    let all: Vec<ZimCode> = ZimCode::all().collect();
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % bound as u64).expect("below a usize bound")
    };
    (0..OPS)
        .map(|_| {
            let known = all[next(all.len())].code();
            if next(10) != 0 {
                return known;
            }
            let mut unknown = known.wrapping_add(1);
            while ZimCode::from_code(unknown).is_some() {
                unknown = unknown.wrapping_add(1);
            }
            unknown
        })
        .collect()
}

/// The known variants of [`mix`], for accessors that take a variant.
fn known_mix() -> Vec<ZimCode> {
    mix()
        .into_iter()
        .filter_map(ZimCode::from_code)
        .cycle()
        .take(OPS)
        .collect()
}

/// `code → variant`.
mod from_code {
    use super::{Bencher, HashMap, ItemsCount, OPS, ZimCode, black_box, mix, zim_match};

    #[divan::bench]
    fn zimerr(bencher: Bencher<'_, '_>) {
        let codes = mix();
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(ZimCode::from_code(black_box(code)));
            }
        });
    }

    #[divan::bench]
    fn plain_match(bencher: Bencher<'_, '_>) {
        let codes = mix();
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(zim_match::from_code_match(black_box(code)));
            }
        });
    }

    #[divan::bench]
    fn hash_map(bencher: Bencher<'_, '_>) {
        let codes = mix();
        let map: HashMap<u32, ZimCode> = ZimCode::all().map(|c| (c.code(), c)).collect();
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(map.get(&black_box(code)).copied());
            }
        });
    }

    #[divan::bench]
    fn binary_search(bencher: Bencher<'_, '_>) {
        let codes = mix();
        let mut sorted: Vec<(u32, ZimCode)> = ZimCode::all().map(|c| (c.code(), c)).collect();
        sorted.sort_unstable_by_key(|&(code, _)| code);
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                let code = black_box(code);
                black_box(
                    sorted
                        .binary_search_by_key(&code, |&(c, _)| c)
                        .ok()
                        .map(|i| sorted[i].1),
                );
            }
        });
    }
}

/// `variant → description` (known variants only).
mod description {
    use super::{Bencher, ItemsCount, OPS, black_box, known_mix, zim_match};

    #[divan::bench]
    fn zimerr(bencher: Bencher<'_, '_>) {
        let codes = known_mix();
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(black_box(code).description());
            }
        });
    }

    #[divan::bench]
    fn plain_match(bencher: Bencher<'_, '_>) {
        let codes = known_mix();
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(zim_match::description_match(black_box(code)));
            }
        });
    }
}

/// `code → Option<description>`: `from_code` then `description()`, on the mix.
mod from_code_description {
    use super::{Bencher, HashMap, ItemsCount, OPS, ZimCode, black_box, mix, zim_match};

    #[divan::bench]
    fn zimerr(bencher: Bencher<'_, '_>) {
        let codes = mix();
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(ZimCode::from_code(black_box(code)).map(ZimCode::description));
            }
        });
    }

    #[divan::bench]
    fn plain_match(bencher: Bencher<'_, '_>) {
        let codes = mix();
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(
                    zim_match::from_code_match(black_box(code)).map(zim_match::description_match),
                );
            }
        });
    }

    #[divan::bench]
    fn hash_map(bencher: Bencher<'_, '_>) {
        let codes = mix();
        let map: HashMap<u32, &'static str> = ZimCode::all()
            .map(|c| (c.code(), c.description()))
            .collect();
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(map.get(&black_box(code)).copied());
            }
        });
    }
}

/// `ZimError`'s `Display` into a reused `String` (clear + `write!`), on the mix.
#[divan::bench]
fn display_zim_error(bencher: Bencher<'_, '_>) {
    let errors: Vec<ZimError> = mix().into_iter().map(ZimError::from).collect();
    let mut out = String::with_capacity(256);
    bencher.counter(ItemsCount::new(OPS)).bench_local(|| {
        for error in &errors {
            out.clear();
            write!(out, "{}", black_box(error)).expect("writing to a String");
            black_box(&out);
        }
    });
}

/// `zimerr::check(code)`, on the mix.
#[divan::bench]
fn check(bencher: Bencher<'_, '_>) {
    let codes = mix();
    bencher.counter(ItemsCount::new(OPS)).bench(|| {
        for &code in &codes {
            black_box(zimerr::check(black_box(code)).is_ok());
        }
    });
}
