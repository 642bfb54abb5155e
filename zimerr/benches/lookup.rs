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
use zimerr::{ZimError, ZimErrorCode};

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
    let all = ZimErrorCode::ALL;
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
            while ZimErrorCode::from_code(unknown).is_some() {
                unknown = unknown.wrapping_add(1);
            }
            unknown
        })
        .collect()
}

/// The known variants of [`mix`], for accessors that take a variant.
fn known_mix() -> Vec<ZimErrorCode> {
    mix()
        .into_iter()
        .filter_map(ZimErrorCode::from_code)
        .cycle()
        .take(OPS)
        .collect()
}

/// `code → variant`.
mod from_code {
    use super::{Bencher, HashMap, ItemsCount, OPS, ZimErrorCode, black_box, mix, zim_match};

    #[divan::bench]
    fn zimerr(bencher: Bencher<'_, '_>) {
        let codes = mix();
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(ZimErrorCode::from_code(black_box(code)));
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
        let map: HashMap<u32, ZimErrorCode> =
            ZimErrorCode::ALL.iter().map(|&c| (c.code(), c)).collect();
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(map.get(&black_box(code)).copied());
            }
        });
    }

    #[divan::bench]
    fn binary_search(bencher: Bencher<'_, '_>) {
        let codes = mix();
        let mut sorted: Vec<(u32, ZimErrorCode)> =
            ZimErrorCode::ALL.iter().map(|&c| (c.code(), c)).collect();
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
    use super::{Bencher, HashMap, ItemsCount, OPS, ZimErrorCode, black_box, mix, zim_match};

    #[divan::bench]
    fn zimerr(bencher: Bencher<'_, '_>) {
        let codes = mix();
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(ZimErrorCode::from_code(black_box(code)).map(ZimErrorCode::description));
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
        let map: HashMap<u32, &'static str> = ZimErrorCode::ALL
            .iter()
            .map(|&c| (c.code(), c.description()))
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

/// A proposal for the generated lookup, measured beside it (docs/PERFORMANCE.md): ONE
/// multiply-xorshift per lookup instead of two 2-multiply hashes; the bucket comes from
/// the high bits and the slot is `(low bits ^ displacement) & mask`. Keys of one bucket
/// whose low bits collide cannot be separated by an XOR, so the builder retries seeds.
/// Tables are sized for the ZIM catalog (145 codes: 128 buckets, 256 slots), as the
/// macro would emit them, so bounds checks fold away as they do for its statics.
mod one_hash {
    use super::{Bencher, HashMap, ItemsCount, OPS, ZimErrorCode, black_box, mix};

    const BUCKETS: usize = 128;
    const SLOTS: usize = 256;
    const EMPTY: u32 = u32::MAX;

    struct Phf {
        seed: u64,
        displacements: [u32; BUCKETS],
        slots: [u32; SLOTS],
    }

    #[inline]
    fn hash(code: u32, seed: u64) -> u64 {
        let h = (u64::from(code) ^ seed).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^ (h >> 32)
    }

    impl Phf {
        fn build(codes: &[u32]) -> Phf {
            (0..u64::from(u32::MAX))
                .map(|seed| seed.wrapping_mul(0xD6E8_FEB8_6659_FD93))
                .find_map(|seed| Self::try_build(codes, seed))
                .expect("a seed works")
        }

        #[allow(clippy::cast_possible_truncation)] // masked to the table sizes
        fn try_build(codes: &[u32], seed: u64) -> Option<Phf> {
            let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); BUCKETS];
            for (i, &code) in codes.iter().enumerate() {
                buckets[(hash(code, seed) >> 48) as usize & (BUCKETS - 1)].push(i);
            }
            let mut order: Vec<usize> = (0..BUCKETS).collect();
            order.sort_by_key(|&b| std::cmp::Reverse(buckets[b].len()));
            let mut phf = Phf {
                seed,
                displacements: [0; BUCKETS],
                slots: [EMPTY; SLOTS],
            };
            for b in order {
                let slot =
                    |i: usize, d: u32| (hash(codes[i], seed) as u32 ^ d) as usize & (SLOTS - 1);
                let d = (0..SLOTS as u32).find(|&d| {
                    let mut taken: Vec<usize> = Vec::new();
                    buckets[b].iter().all(|&i| {
                        let s = slot(i, d);
                        let free = phf.slots[s] == EMPTY && !taken.contains(&s);
                        taken.push(s);
                        free
                    })
                })?;
                phf.displacements[b] = d;
                for &i in &buckets[b] {
                    phf.slots[slot(i, d)] = u32::try_from(i).ok()?;
                }
            }
            Some(phf)
        }

        #[inline]
        #[allow(clippy::cast_possible_truncation)] // masked to the table sizes
        fn entry(&self, code: u32) -> usize {
            let h = hash(code, self.seed);
            let d = self.displacements[(h >> 48) as usize & (BUCKETS - 1)];
            self.slots[(h as u32 ^ d) as usize & (SLOTS - 1)] as usize
        }

        #[inline]
        fn lookup(&self, code: u32) -> Option<ZimErrorCode> {
            let all = ZimErrorCode::ALL;
            let i = self.entry(code);
            (i < all.len() && all[i].code() == code).then(|| all[i])
        }
    }

    fn phf_and_descriptions() -> (Phf, Vec<&'static str>) {
        let codes: Vec<u32> = ZimErrorCode::ALL.iter().map(|c| c.code()).collect();
        assert_eq!(codes.len(), 145, "the tables are sized for the ZIM catalog");
        let phf = Phf::build(&codes);
        for (i, &code) in codes.iter().enumerate() {
            assert_eq!(phf.entry(code), i);
        }
        let descriptions = ZimErrorCode::ALL.iter().map(|c| c.description()).collect();
        (phf, descriptions)
    }

    #[divan::bench]
    fn from_code(bencher: Bencher<'_, '_>) {
        let codes = mix();
        let (phf, _) = phf_and_descriptions();
        let check: HashMap<u32, ZimErrorCode> =
            ZimErrorCode::ALL.iter().map(|&c| (c.code(), c)).collect();
        assert!(
            codes
                .iter()
                .all(|c| phf.lookup(*c) == check.get(c).copied())
        );
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(phf.lookup(black_box(code)));
            }
        });
    }

    #[divan::bench]
    fn from_code_description(bencher: Bencher<'_, '_>) {
        let codes = mix();
        let (phf, descriptions) = phf_and_descriptions();
        bencher.counter(ItemsCount::new(OPS)).bench(|| {
            for &code in &codes {
                black_box(
                    phf.lookup(black_box(code))
                        .map(|c| descriptions[phf.entry(c.code())]),
                );
            }
        });
    }
}
