//! Items the generated code reaches through `$runtime::__private`; not public API.

#[cfg(feature = "serde")]
pub use serde;

#[cfg(feature = "serde")]
pub use crate::serde_impl::{
    deserialize_category, deserialize_code, serialize_category, serialize_code,
};

/// Called by every `zim_errors!` expansion. The `serde` feature is decided here, in the
/// runtime crate, because the invoking crate cannot see this crate's features.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde_for_code {
    ($code:ident) => {
        impl $crate::__private::serde::Serialize for $code {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serialize_code(*self, serializer)
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $code {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_code(deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde_for_code {
    ($code:ident) => {};
}

pub use crate::__impl_serde_for_code as impl_serde_for_code;

/// Called by every `zim_errors!` expansion for its category enum: the enum is written
/// as, and read from, its catalog key (`"login"`) in every format. Feature-gated here
/// for the same reason as [`impl_serde_for_code!`].
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde_for_category {
    ($category:ident) => {
        impl $crate::__private::serde::Serialize for $category {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serialize_category(*self, serializer)
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $category {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_category(deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde_for_category {
    ($category:ident) => {};
}

pub use crate::__impl_serde_for_category as impl_serde_for_category;

/// This crate's root, for `zim_errors!`'s expansion: it names the runtime crate
/// `use $crate::__private::root as __zimerr_runtime_CodeEnum;` and its text goes through
/// that alias (`$crate` is a token, not text, and `use $crate as …;` needs a newer Rust
/// than the crate's rust-version).
pub use crate as root;
pub use zimerr_macros::__catalog_code as catalog_code;
pub use zimerr_macros::__zim_errors as zim_errors;
pub use zimerr_macros::code as bundled_code;
pub use zimerr_macros::server_code;

/// The argument of the hidden method of `ErrorCode` and `ErrorCategory` that generated
/// impls write, named for what it is. Not a seal: any crate can name this path, and the
/// impls are generated in the user's crate, so a type the user's crate could not name
/// would not work (a `macro_rules!` expansion gets no privacy of its own on stable Rust).
/// It keeps a hand-written impl from compiling by accident; such impls, and everything in
/// this module, have no stability promise (the traits' docs say so).
#[derive(Debug)]
pub struct ImplementedByZimErrors(());

/// The codes at catalog indices `0..len`: the generated `all()`. Here rather than a
/// public constructor, so that [`Codes`](crate::Codes) has none.
#[inline]
#[must_use]
pub const fn codes<C>(len: usize) -> crate::Codes<C> {
    crate::Codes::new(len)
}

/// Entry `index` of a generated table of `u32`s, stored as their little-endian bytes in
/// one byte-string literal.
///
/// A `[u32; N]` literal is N expressions that rustc type-checks, lowers and evaluates one
/// by one: at 50,000 codes about 0.14 s and 17 MB per table; a byte string is one token and
/// one allocation (docs/performance-history.md, byte tables). In an optimized build the four loads
/// are one.
///
/// # Panics
///
/// When `table` holds fewer than `4 * (index + 1)` bytes.
#[inline]
#[must_use]
pub const fn u32_at(table: &[u8], index: usize) -> u32 {
    // One bounds check for the four bytes, so the optimizer makes them one load.
    if let Some(at) = index.checked_mul(4) {
        if let Some((_, rest)) = table.split_at_checked(at) {
            if let Some(bytes) = rest.first_chunk::<4>() {
                return u32::from_le_bytes(*bytes);
            }
        }
    }
    panic!("index out of bounds of a generated table")
}

/// The catalog index whose name is `name`, by a binary search over `by_name`: catalog
/// indices in the order of their names, as [`u32_at`] reads them; `name_at` gives the
/// name of a catalog index. Written once here instead of in every expansion.
#[must_use]
pub fn find_by_name(
    by_name: &[u8],
    name_at: fn(usize) -> &'static str,
    name: &str,
) -> Option<usize> {
    let (mut low, mut high) = (0, by_name.len() / 4);
    while low < high {
        let middle = low + (high - low) / 2;
        let index = u32_at(by_name, middle) as usize;
        match name_at(index).cmp(name) {
            ::core::cmp::Ordering::Less => low = middle + 1,
            ::core::cmp::Ordering::Greater => high = middle,
            ::core::cmp::Ordering::Equal => return Some(index),
        }
    }
    None
}

/// Text `index` of a generated text table: the texts are stored end to end in `joined`
/// and entry `i` of `ends` (read by [`u32_at`]) is the byte offset where text `i` ends
/// (text 0 starts at 0).
///
/// One string and one byte string instead of a `[&str; N]`: rustc turns each element of
/// a `[&str; N]` static into an allocation of its own, which at 50,000 codes costs it
/// seconds and hundreds of megabytes per table (docs/PERFORMANCE.md, the ablation).
/// `str::split_at` checks that each offset is a char boundary (one byte comparison), so
/// the result is a whole `str` whatever the table holds, without `unsafe`.
///
/// # Panics
///
/// When an offset is past the end of `joined`, not a char boundary, or smaller than the
/// one before it; the generator writes the offsets of whole strings, so a generated table
/// never does.
#[inline]
#[must_use]
pub const fn text(joined: &'static str, ends: &[u8], index: usize) -> &'static str {
    let end = u32_at(ends, index) as usize;
    let start = if index == 0 {
        0
    } else {
        u32_at(ends, index - 1) as usize
    };
    let (head, _) = joined.split_at(end);
    let (_, cut) = head.split_at(start);
    cut
}

/// The JSON field names every catalog reads as an error's code, in precedence order: a
/// copy of `zimerr_catalog::wire::DEFAULT_CODE_NAMES` (this crate cannot depend on the
/// engine at run time); `tests/wire_names.rs` checks the two are equal.
pub const DEFAULT_WIRE_CODE_NAMES: &[&str] = &[
    "ErrorCode",
    "errorCode",
    "error_code",
    "errCode",
    "errcode",
    "err_code",
    "code",
    "Code",
    "ResultCode",
    "retcode",
    "ret",
];

/// The JSON field names every catalog reads as an error's message, in precedence order:
/// a copy of `zimerr_catalog::wire::DEFAULT_MESSAGE_NAMES`, checked by the same test.
pub const DEFAULT_WIRE_MESSAGE_NAMES: &[&str] = &[
    "ErrorMessage",
    "errorMessage",
    "error_message",
    "ErrorInfo",
    "errorInfo",
    "errMsg",
    "errmsg",
    "err_msg",
    "error_msg",
    "message",
    "Message",
    "ResultInfo",
    "retmsg",
    "msg",
    "desc",
];

/// The index into `others` of the language `tag` asks for, or `None` for the main
/// language (`main`) or a language the catalog does not have: what the generated
/// `description_in`/`solution_in` use. Tags compare case-insensitively with `_` read as
/// `-` (`zh_CN` from a POSIX locale). A tag not found is shortened from the right, as
/// RFC 4647's lookup does (`zh-Hans-CN`, `zh-Hans`, `zh`); failing that, a catalog tag
/// that extends the tag or one of its shortenings matches (`zh` and `zh-CN` find
/// `zh-Hans`, `pt` finds `pt-BR`), the main language first. No allocation: `no_std`
/// builds use it.
pub fn language_index(tag: &str, main: &str, others: &[&str]) -> Option<usize> {
    let tag = tag.trim();
    let mut prefix = tag;
    loop {
        if same_tag(prefix, main) {
            return None;
        }
        if let Some(index) = others.iter().position(|o| same_tag(prefix, o)) {
            return Some(index);
        }
        match prefix.rfind(['-', '_']) {
            Some(cut) => prefix = &prefix[..cut],
            None => break,
        }
    }
    let mut prefix = tag;
    while !prefix.is_empty() {
        if starts_with_tag(main, prefix) {
            return None;
        }
        if let Some(index) = others.iter().position(|o| starts_with_tag(o, prefix)) {
            return Some(index);
        }
        prefix = &prefix[..prefix.rfind(['-', '_'])?];
    }
    None
}

/// Whether two language tags are the same, ignoring ASCII case and `_` against `-`.
fn same_tag(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes().zip(b.bytes()).all(|(x, y)| {
            x.eq_ignore_ascii_case(&y) || (matches!(x, b'-' | b'_') && matches!(y, b'-' | b'_'))
        })
}

/// Whether `tag` is `prefix` followed by more subtags (`zh-Hans` for `zh`).
fn starts_with_tag(tag: &str, prefix: &str) -> bool {
    tag.len() > prefix.len()
        && matches!(tag.as_bytes()[prefix.len()], b'-' | b'_')
        && tag.is_char_boundary(prefix.len())
        && same_tag(&tag[..prefix.len()], prefix)
}

#[cfg(test)]
mod tests {
    use super::{find_by_name, text, u32_at};

    #[test]
    fn find_by_name_searches_the_name_order() {
        const NAMES: [&str; 5] = ["Delta", "Alpha", "Echo", "Charlie", "Bravo"];
        let by_name = le(&[1, 4, 3, 0, 2]);
        for (index, name) in NAMES.iter().enumerate() {
            assert_eq!(find_by_name(&by_name, |i| NAMES[i], name), Some(index));
        }
        for absent in ["", "A", "Alphas", "Zulu", "delta"] {
            assert_eq!(
                find_by_name(&by_name, |i| NAMES[i], absent),
                None,
                "{absent}"
            );
        }
        assert_eq!(find_by_name(&[], |i| NAMES[i], "Alpha"), None);
    }

    /// `ends` as the generator writes them: little-endian bytes.
    fn le(ends: &[u32]) -> Vec<u8> {
        ends.iter().flat_map(|e| e.to_le_bytes()).collect()
    }

    #[test]
    fn u32_at_reads_little_endian_entries() {
        let table = le(&[0, 1, 0xDEAD_BEEF, u32::MAX]);
        let got: Vec<u32> = (0..4).map(|i| u32_at(&table, i)).collect();
        assert_eq!(got, [0, 1, 0xDEAD_BEEF, u32::MAX]);
        assert_eq!(u32_at(b"\x01\x02\x03\x04", 0), 0x0403_0201);
    }

    #[test]
    #[should_panic(expected = "index out of bounds")]
    fn u32_at_past_the_table_panics() {
        let _ = u32_at(b"\x01\x02\x03\x04\x05", 1);
    }

    #[test]
    #[should_panic(expected = "index out of bounds")]
    fn u32_at_an_index_whose_offset_overflows_panics() {
        // `usize::MAX / 4 + 1` times 4 wraps to 0: it must not read entry 0.
        let _ = u32_at(b"\x01\x02\x03\x04", usize::MAX / 4 + 1);
    }

    #[test]
    fn text_cuts_the_joined_texts_at_their_ends() {
        // "", "é", "", "abc", "世界": empty texts and multi-byte characters at both ends.
        let joined = "éabc世界";
        let ends = le(&[0, 2, 2, 5, 11]);
        let got: Vec<&str> = (0..ends.len() / 4)
            .map(|i| text(joined, &ends, i))
            .collect();
        assert_eq!(got, ["", "é", "", "abc", "世界"]);
    }

    #[test]
    #[should_panic(expected = "end byte index 9 is out of bounds of `abc`")]
    fn an_end_past_the_text_panics() {
        let _ = text("abc", &le(&[9]), 0);
    }

    #[test]
    #[should_panic(expected = "byte index 1 is not a char boundary")]
    fn an_end_inside_a_character_panics() {
        // "é" is two bytes: 1 cuts it in half, which would be invalid UTF-8.
        let _ = text("é", &le(&[1]), 0);
    }

    #[test]
    #[should_panic(expected = "byte index 1 is not a char boundary")]
    fn a_start_inside_a_character_panics() {
        // Text 1 would start inside "é" and end after it.
        let _ = text("é", &le(&[1, 2]), 1);
    }

    #[test]
    #[should_panic(expected = "end byte index 2 is out of bounds of `a`")]
    fn a_decreasing_end_panics() {
        let _ = text("abc", &le(&[2, 1]), 1);
    }

    const CONST_USE: &str = text("abc", b"\x01\0\0\0\x03\0\0\0", 1);

    #[test]
    fn text_works_in_const_context() {
        assert_eq!(CONST_USE, "bc");
    }

    #[test]
    fn language_tags_fall_back_from_the_right() {
        use super::language_index;
        let others = ["zh", "ja", "zh-Hant"];
        assert_eq!(language_index("zh", "en", &others), Some(0));
        assert_eq!(language_index("ZH-hans-CN", "en", &others), Some(0));
        assert_eq!(language_index("zh_TW", "en", &others), Some(0));
        assert_eq!(language_index("zh-Hant-TW", "en", &others), Some(2));
        assert_eq!(language_index(" ja ", "en", &others), Some(1));
        assert_eq!(language_index("en-US", "en", &others), None);
        assert_eq!(language_index("fr", "en", &others), None);
        assert_eq!(language_index("", "en", &others), None);
        // Less specific than a tag the catalog has, or sharing its leading subtags.
        assert_eq!(language_index("pt", "en", &["pt-BR"]), Some(0));
        assert_eq!(language_index("zh-Hant", "en", &["zh-Hans"]), Some(0));
        assert_eq!(language_index("zh-CN", "en", &["ja", "zh-Hans"]), Some(1));
        assert_eq!(language_index("zh-CN", "zh-Hans", &["zh-Hant"]), None);
        assert_eq!(language_index("de-CH", "en", &["de-AT", "de-DE"]), Some(0));
        assert_eq!(language_index("-", "en", &others), None);
    }
}
