// The perfect hash's mixing and probing, in one place for both of its users: the engine
// compiles this file to build the tables (`phf.rs`), and the expander emits its text into
// every generated lookup (`code_enum.rs`), so the tables and the lookup cannot disagree.
// Plain `//` comments and no paths but `::core`'s: the text must compile as items anywhere,
// also where the caller's module shadows a primitive type (`struct u64;`). No
// attributes either: an `#[allow]` in a user crate that forbids the lint is an error. The
// engine includes this file in a module of its own, which carries the allow its casts need
// and which is why the functions are `pub(crate)`; inside the generated lookup's body the
// visibility has no effect.

// ONE multiply-xorshift per lookup: the bucket comes from the high half of the result,
// the slot from the low half. Two hashes per lookup (one per probe) made `from_code`
// about as slow as a plain `match` (docs/performance-history.md, one hash per lookup).
pub(crate) const fn hash(code: ::core::primitive::u32, seed: ::core::primitive::u64) -> ::core::primitive::u64 {
    let h = ((code as ::core::primitive::u64) ^ seed).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ (h >> 32)
}

// The bucket whose displacement places the code hashed to `h`: the high half, masked to
// the power-of-two bucket count.
pub(crate) const fn bucket(h: ::core::primitive::u64, bucket_mask: ::core::primitive::usize) -> ::core::primitive::usize {
    ((h >> 32) as ::core::primitive::usize) & bucket_mask
}

// The slot of the code hashed to `h` under its bucket's `displacement`: the low half,
// moved by the displacement and masked to the power-of-two table size.
pub(crate) const fn slot(h: ::core::primitive::u64, displacement: ::core::primitive::u32, slot_mask: ::core::primitive::usize) -> ::core::primitive::usize {
    ((h as ::core::primitive::u32) ^ displacement) as ::core::primitive::usize & slot_mask
}
