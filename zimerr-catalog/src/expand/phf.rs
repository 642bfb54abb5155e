//! A perfect hash over the catalog's codes, computed at expansion time (part of the
//! expand stage).
//!
//! Generated accessors read static tables by a dense index. Mapping a code to that
//! index with one `match` arm per code makes rustc's time grow about as N^1.6 and is
//! slower at run time than a hash (see `docs/PERFORMANCE.md`); a perfect hash costs two
//! small tables, one multiply-xorshift per lookup, and no branch per code.
//!
//! Scheme ("hash and displace", one hash per lookup): `h = hash(code, seed)` picks the
//! code's bucket from its high half; each bucket gets a displacement `d` chosen here so
//! that the low half XOR `d` sends every code of every bucket to its own slot of a
//! power-of-two table. The slot holds the code's index in catalog order. A `d` cannot
//! separate two codes of one bucket whose low halves agree under the mask, so the builder
//! tries further seeds until no bucket holds such a pair. The hash and the probing live in `hash.rs`, compiled here and
//! emitted as text into the generated lookup, so both sides run the same code.

use std::collections::HashSet;

use probe::{bucket, hash, slot};

// The casts of `hash.rs` narrow on purpose (to masked indices). The allow is on this
// module rather than in the file, which is also emitted into user crates, where an
// `#[allow]` of a lint the crate forbids would be an error.
#[allow(clippy::cast_possible_truncation)]
mod probe {
    include!("hash.rs");
}

/// The text of `hash.rs`, as the expander emits it into generated lookups.
pub(crate) const HASH_SOURCE: &str = include_str!("hash.rs");

/// Marks a slot no code hashes to.
pub(crate) const EMPTY: u32 = u32::MAX;

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Phf {
    /// The seed every code is hashed with.
    pub(crate) seed: u64,
    /// One displacement per bucket; `len()` is a power of two.
    pub(crate) displacements: Vec<u32>,
    /// Catalog index per slot, or [`EMPTY`]; `len()` is a power of two.
    pub(crate) slots: Vec<u32>,
}

/// Why no perfect hash could be built: input validation should have ruled it out, so the
/// expander reports it as an internal error instead of looping.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum PhfError {
    /// Two entries share a code: no table separates them.
    DuplicateCode(u32),
    /// More codes than a `u32` index can address.
    TooManyCodes(usize),
    /// No displacement worked even at the sparsest table tried (never seen in practice).
    NoTable(usize),
    /// The texts of one text table add up to more than a `u32` offset can address (the
    /// load stage's budget keeps real catalogs far below).
    TextTooLarge,
}

impl std::fmt::Display for PhfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PhfError::DuplicateCode(code) => write!(f, "code `{code}` appears twice"),
            PhfError::TooManyCodes(n) => {
                write!(f, "{n} codes is more than a lookup table can index")
            }
            PhfError::NoTable(n) => write!(f, "no perfect hash found for {n} codes"),
            PhfError::TextTooLarge => f.write_str("the texts of one field exceed 4 GiB"),
        }
    }
}

impl Phf {
    /// How many times sparser than its first try a table may grow: each doubling makes
    /// placing a bucket easier, so distinct codes never get close; anything past this is
    /// input no table can separate.
    const MAX_GROWTH: u32 = 8;

    /// Seeds tried per table size before it doubles. A seed fails when two codes of one
    /// bucket agree in the slot bits, about `n / 2 * 2^-bits` likely per seed (under 0.2
    /// at 50,000 codes): a handful of tries is the rule, 64 is generous.
    const SEEDS: u64 = 64;

    /// Builds the hash for `codes`, which must be distinct; fails fast, in one pass, when
    /// they are not.
    pub(crate) fn build(codes: &[u32]) -> Result<Phf, PhfError> {
        if u32::try_from(codes.len()).is_err() || codes.len() == u32::MAX as usize {
            return Err(PhfError::TooManyCodes(codes.len()));
        }
        // The smallest code seen twice. A `HashSet<u32>` (the fallback has one already)
        // rather than a sort: every std sort is thousands of lines of LLVM IR per element
        // type, and this crate's compile is on a user's clean build's critical path.
        let mut distinct = HashSet::with_capacity(codes.len());
        if let Some(&duplicate) = codes.iter().filter(|&&code| !distinct.insert(code)).min() {
            return Err(PhfError::DuplicateCode(duplicate));
        }
        let n = codes.len().max(1);
        let buckets = (n / 2).max(1).next_power_of_two();
        let first = (n + n / 2).next_power_of_two();
        for growth in 0..Self::MAX_GROWTH {
            for i in 0..Self::SEEDS {
                // Spread the seeds over all 64 bits; seed 0 first keeps small tables stable.
                let seed = i.wrapping_mul(0xD6E8_FEB8_6659_FD93);
                if let Some(phf) = Self::try_build(codes, seed, buckets, first << growth) {
                    return Ok(phf);
                }
            }
        }
        Err(PhfError::NoTable(codes.len()))
    }

    fn try_build(codes: &[u32], seed: u64, bucket_count: usize, slot_count: usize) -> Option<Phf> {
        let hashes: Vec<u64> = codes.iter().map(|&code| hash(code, seed)).collect();
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
        for (i, &h) in hashes.iter().enumerate() {
            buckets[bucket(h, bucket_count - 1)].push(i);
        }
        // Largest buckets first, while the table is emptiest; ties by bucket number, so
        // the output is deterministic. Empty buckets need no displacement. Grouped by size
        // instead of sorted (no sort to compile, as above): sizes are a handful of codes,
        // so this is a few passes over the buckets.
        let largest = buckets.iter().map(Vec::len).max().unwrap_or(0);
        let mut order: Vec<usize> = Vec::with_capacity(bucket_count);
        for size in (1..=largest).rev() {
            order.extend((0..bucket_count).filter(|&b| buckets[b].len() == size));
        }
        let mut displacements = vec![0; bucket_count];
        let mut slots = vec![EMPTY; slot_count];
        let mut taken: Vec<usize> = Vec::new();
        // XOR with a displacement below the table size reaches every slot, so
        // displacements past it would only repeat.
        let displacement_count = u32::try_from(slot_count).unwrap_or(u32::MAX);
        for b in order {
            let placed = (0..displacement_count).find(|&d| {
                taken.clear();
                buckets[b].iter().all(|&i| {
                    let s = slot(hashes[i], d, slot_count - 1);
                    let free = slots[s] == EMPTY && !taken.contains(&s);
                    taken.push(s);
                    free
                })
            })?;
            displacements[b] = placed;
            for &i in &buckets[b] {
                slots[slot(hashes[i], placed, slot_count - 1)] = u32::try_from(i).ok()?;
            }
        }
        Some(Phf {
            seed,
            displacements,
            slots,
        })
    }

    /// The catalog index of `code`, if the tables hold it (mirrors the generated lookup).
    #[cfg(test)]
    pub(crate) fn index_of(&self, codes: &[u32], code: u32) -> Option<usize> {
        let h = hash(code, self.seed);
        let d = self.displacements[bucket(h, self.displacements.len() - 1)];
        let i = self.slots[slot(h, d, self.slots.len() - 1)];
        (i != EMPTY && codes[i as usize] == code).then_some(i as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(codes: &[u32]) -> Phf {
        let phf = Phf::build(codes).expect("distinct codes hash");
        for (i, &code) in codes.iter().enumerate() {
            assert_eq!(phf.index_of(codes, code), Some(i), "code {code}");
        }
        assert!(
            phf.slots.len() <= 4 * codes.len().max(1),
            "table too sparse: {}",
            phf.slots.len()
        );
        phf
    }

    #[test]
    fn every_code_finds_its_index_and_others_do_not() {
        let codes: Vec<u32> = (0..145)
            .map(|i| 6_000_000 + i * 7)
            .chain([0, 1, u32::MAX])
            .collect();
        let phf = check(&codes);
        for probe in [2, 5_999_999, 6_000_001, 6_000_002, 7_000_000, u32::MAX - 1] {
            assert_eq!(phf.index_of(&codes, probe), None, "{probe}");
        }
    }

    #[test]
    fn scales_and_is_deterministic() {
        // The 50,000-code build is quick, and small, only with the intended hash and table
        // sizes: check them on 145 codes first, so that a broken hash or size fails here at
        // once instead of searching displacements for minutes or allocating gigabytes
        // (what mutation testing showed, docs/reliability.md).
        assert_eq!(hash(6_000_106, 0), 0x71b0_ae24_0a53_5216);
        let small: Vec<u32> = (0..145u32).map(|i| 6_000_000 + i * 3).collect();
        let phf = check(&small);
        assert_eq!((phf.displacements.len(), phf.slots.len()), (128, 256));
        let codes: Vec<u32> = (0..50_000u32).map(|i| 6_000_000 + i * 3).collect();
        let first = check(&codes);
        assert_eq!(Ok(first), Phf::build(&codes));
        assert_eq!(
            check(&[42]).slots.iter().filter(|&&s| s != EMPTY).count(),
            1
        );
    }

    /// Equal codes anywhere (first, middle, last) end in an error at once instead of a
    /// table that doubles forever.
    #[test]
    fn equal_codes_fail_fast() {
        let mut codes: Vec<u32> = (0..10_000).map(|i| 6_000_000 + i).collect();
        for (at, dup) in [(0, 6_000_000), (5_000, 6_004_999), (9_999, 6_009_998)] {
            let mut copy = codes.clone();
            copy[at] = dup;
            if at == 0 {
                copy[1] = dup;
            }
            assert_eq!(Phf::build(&copy), Err(PhfError::DuplicateCode(dup)));
        }
        codes.truncate(2);
        codes[1] = codes[0];
        assert_eq!(
            Phf::build(&codes).unwrap_err().to_string(),
            "code `6000000` appears twice"
        );
    }

    /// The hash the generated lookup runs is this file's: the emitted text parses and
    /// names the same functions.
    #[test]
    fn the_emitted_hash_is_the_compiled_one() {
        let tokens: proc_macro2::TokenStream = HASH_SOURCE.parse().expect("hash.rs is Rust");
        let text = tokens.to_string();
        for item in ["const fn hash", "const fn bucket", "const fn slot"] {
            assert!(text.contains(item), "{item}");
        }
        assert_eq!(hash(0, 0), 0);
        assert_ne!(hash(1, 0), hash(1, 1 << 40));
    }

    /// Known answers of the hash, computed apart from this code (a Python transcription
    /// of `hash.rs`: `x = ((code ^ seed) * 0x9E3779B97F4A7C15) mod 2^64; x ^ (x >> 32)`):
    /// a change to the mixing changes every generated lookup, so it must be deliberate.
    /// The seed is combined with the code by XOR, so seed 1 of code 0 and seed 0 of code 1 agree.
    #[test]
    fn the_hash_gives_its_known_answers() {
        for (code, seed, expected) in [
            (0, 0, 0),
            (1, 0, 0x9e37_79b9_e17d_05ac),
            (0, 1, 0x9e37_79b9_e17d_05ac),
            (6_000_106, 0, 0x71b0_ae24_0a53_5216),
            (6_000_106, 1, 0x0fe8_27dd_f4c6_5f9a),
            (6_000_106, 0xD6E8_FEB8_6659_FD93, 0x4f52_617b_59f5_b496),
            (u32::MAX, u64::MAX, 0x80b5_83eb_80b5_83eb),
        ] {
            assert_eq!(hash(code, seed), expected, "hash({code}, {seed})");
        }
        // The bucket is the high half under the mask, the slot the low half XOR the
        // displacement under the mask.
        let h = hash(6_000_106, 0);
        assert_eq!(bucket(h, 127), 36);
        assert_eq!(slot(h, 7, 255), 17);
        assert_eq!(slot(hash(1, 0), 3, 0xffff), 1455);
    }

    /// The tables are as small as the scheme intends: one bucket per two codes and 1.5
    /// slots per code, each rounded up to a power of two (the first size tried succeeds).
    #[test]
    fn tables_have_the_intended_size() {
        for (n, buckets, slots) in [
            (1, 1, 1),
            (2, 1, 4),
            (3, 1, 4),
            (100, 64, 256),
            (145, 128, 256),
            (1000, 512, 2048),
        ] {
            let codes: Vec<u32> = (0..n).map(|i| 6_000_000 + i * 7).collect();
            let phf = check(&codes);
            assert_eq!(
                (phf.displacements.len(), phf.slots.len()),
                (buckets, slots),
                "{n} codes"
            );
            assert_eq!(
                phf.slots.iter().filter(|&&s| s != EMPTY).count(),
                codes.len()
            );
            // A displacement only ever XORs within the table: never past its size.
            assert!(
                phf.displacements.iter().all(|&d| (d as usize) < slots),
                "{n} codes"
            );
        }
    }

    #[test]
    fn errors_say_what_went_wrong() {
        assert_eq!(
            PhfError::TooManyCodes(4_294_967_295).to_string(),
            "4294967295 codes is more than a lookup table can index"
        );
        assert_eq!(
            PhfError::NoTable(12).to_string(),
            "no perfect hash found for 12 codes"
        );
        assert_eq!(Phf::build(&[]).map(|p| p.slots), Ok(vec![EMPTY]));
    }
}
