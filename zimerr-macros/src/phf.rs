//! A perfect hash over the catalog's codes, computed at expansion time (part of the
//! expand stage).
//!
//! Generated accessors read static tables by a dense index. Mapping a code to that
//! index with one `match` arm per code makes rustc's time grow about as N^1.6 and is
//! slower at run time than a hash (see `docs/PERFORMANCE.md`); a perfect hash costs two
//! small tables, one multiply-xorshift per probe, and no branch per code.
//!
//! Scheme ("hash and displace"): a code's bucket is picked by `hash(code, 0)`; each
//! bucket gets a displacement `d` chosen here so that `hash(code, d)` sends every code of
//! every bucket to its own slot of a power-of-two table. The slot holds the code's index
//! in catalog order. [`hash`] and the generated `__entry` function must agree bit for
//! bit; the runtime tests over every catalog code check that they do.

/// The hash shared by expansion time and run time (the generated code spells out the
/// same operations).
pub(crate) const fn hash(code: u32, seed: u32) -> u64 {
    let mut h = (code as u64) | ((seed as u64) << 32);
    h = h.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^= h >> 32;
    h = h.wrapping_mul(0xD6E8_FEB8_6659_FD93);
    h ^ (h >> 32)
}

/// Marks a slot no code hashes to.
pub(crate) const EMPTY: u32 = u32::MAX;

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Phf {
    /// One displacement per bucket; `len()` is a power of two.
    pub(crate) displacements: Vec<u32>,
    /// Catalog index per slot, or [`EMPTY`]; `len()` is a power of two.
    pub(crate) slots: Vec<u32>,
}

impl Phf {
    /// Builds the hash for distinct `codes` (validation guarantees distinctness).
    pub(crate) fn build(codes: &[u32]) -> Phf {
        let n = codes.len().max(1);
        let buckets = (n / 2).max(1).next_power_of_two();
        let mut slots = (n + n / 2).next_power_of_two();
        loop {
            if let Some(phf) = Self::try_build(codes, buckets, slots) {
                return phf;
            }
            // Displacements ran out at this load: a sparser table always succeeds.
            slots *= 2;
        }
    }

    fn try_build(codes: &[u32], bucket_count: usize, slot_count: usize) -> Option<Phf> {
        const MAX_DISPLACEMENT: u32 = 1 << 16;
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
        for (i, &code) in codes.iter().enumerate() {
            buckets[bucket_of(code, bucket_count)].push(i);
        }
        // Largest buckets first, while the table is emptiest; ties by bucket number, so
        // the output is deterministic.
        let mut order: Vec<usize> = (0..bucket_count).collect();
        order.sort_by_key(|&b| (std::cmp::Reverse(buckets[b].len()), b));
        let mut displacements = vec![0; bucket_count];
        let mut slots = vec![EMPTY; slot_count];
        let mut taken: Vec<usize> = Vec::new();
        for b in order {
            if buckets[b].is_empty() {
                break;
            }
            let placed = (1..MAX_DISPLACEMENT).find(|&d| {
                taken.clear();
                buckets[b].iter().all(|&i| {
                    let s = slot_of(codes[i], d, slot_count);
                    let free = slots[s] == EMPTY && !taken.contains(&s);
                    taken.push(s);
                    free
                })
            })?;
            displacements[b] = placed;
            for &i in &buckets[b] {
                slots[slot_of(codes[i], placed, slot_count)] = u32::try_from(i).ok()?;
            }
        }
        Some(Phf {
            displacements,
            slots,
        })
    }

    /// The catalog index of `code`, if the tables hold it (mirrors the generated lookup).
    #[cfg(test)]
    pub(crate) fn index_of(&self, codes: &[u32], code: u32) -> Option<usize> {
        let b = bucket_of(code, self.displacements.len());
        let i = self.slots[slot_of(code, self.displacements[b], self.slots.len())];
        (i != EMPTY && codes[i as usize] == code).then_some(i as usize)
    }
}

#[allow(clippy::cast_possible_truncation)] // masked to the table size first
fn bucket_of(code: u32, bucket_count: usize) -> usize {
    ((hash(code, 0) >> 32) as usize) & (bucket_count - 1)
}

#[allow(clippy::cast_possible_truncation)] // masked to the table size first
fn slot_of(code: u32, displacement: u32, slot_count: usize) -> usize {
    (hash(code, displacement) as usize) & (slot_count - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(codes: &[u32]) -> Phf {
        let phf = Phf::build(codes);
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
        let codes: Vec<u32> = (0..50_000u32).map(|i| 6_000_000 + i * 3).collect();
        let first = check(&codes);
        assert_eq!(first, Phf::build(&codes));
        assert_eq!(
            check(&[42]).slots.iter().filter(|&&s| s != EMPTY).count(),
            1
        );
    }
}
