// The perfect hash's mixing and probing, in one place for both of its users: the engine
// compiles this file to build the tables (`phf.rs`), and the expander emits its text into
// every generated lookup (`code_enum.rs`), so the tables and the lookup cannot disagree.
// Plain `//` comments and no paths: the text must compile as items anywhere.

const fn hash(code: u32, seed: u32) -> u64 {
    let mut h = (code as u64) | ((seed as u64) << 32);
    h = h.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^= h >> 32;
    h = h.wrapping_mul(0xD6E8_FEB8_6659_FD93);
    h ^ (h >> 32)
}

// The bucket whose displacement places `code`: the hash's high half, masked to the
// power-of-two bucket count.
#[allow(clippy::cast_possible_truncation)]
const fn bucket(code: u32, bucket_mask: usize) -> usize {
    ((hash(code, 0) >> 32) as usize) & bucket_mask
}

// The slot `code` lands in under `displacement`, masked to the power-of-two table size.
#[allow(clippy::cast_possible_truncation)]
const fn slot(code: u32, displacement: u32, slot_mask: usize) -> usize {
    (hash(code, displacement) as usize) & slot_mask
}
