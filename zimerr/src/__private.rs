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

pub use zimerr_macros::__catalog_code as catalog_code;

/// The argument of the hidden method that only generated impls of `ErrorCode` and
/// `ErrorCategory` write: not public API, named by the macro alone.
#[derive(Debug)]
pub struct Sealed(());

/// Text `index` of a generated text table: the texts are stored end to end in `joined`
/// and `ends[i]` is the byte offset where text `i` ends (text 0 starts at 0).
///
/// One string and one `[u32; N]` instead of a `[&str; N]`: rustc turns each element of
/// a `[&str; N]` static into an allocation of its own, which at 50,000 codes costs it
/// seconds and hundreds of megabytes per table (docs/PERFORMANCE.md, the ablation).
///
/// # Safety
///
/// Every offset in `ends` must be a char boundary of `joined`. The generator writes the
/// offsets of whole strings, so generated tables always meet this; a wrong offset that is
/// out of range or decreasing panics instead (slice bounds are checked).
#[inline]
#[allow(unsafe_code)]
pub const unsafe fn text(joined: &'static str, ends: &[u32], index: usize) -> &'static str {
    let end = ends[index] as usize;
    let start = if index == 0 {
        0
    } else {
        ends[index - 1] as usize
    };
    let (head, _) = joined.as_bytes().split_at(end);
    let (_, bytes) = head.split_at(start);
    // SAFETY: `start` and `end` are char boundaries of `joined` (the caller's promise),
    // so `bytes` is whole UTF-8 characters of a `str`.
    unsafe { ::core::str::from_utf8_unchecked(bytes) }
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn text_cuts_the_joined_texts_at_their_ends() {
        // "", "é", "", "abc", "世界": empty texts and multi-byte characters at both ends.
        let joined = "éabc世界";
        let ends = [0, 2, 2, 5, 11];
        // SAFETY: every end is a char boundary of `joined`.
        let got: Vec<&str> = (0..ends.len())
            .map(|i| unsafe { text(joined, &ends, i) })
            .collect();
        assert_eq!(got, ["", "é", "", "abc", "世界"]);
    }

    #[test]
    #[should_panic(expected = "mid > len")]
    fn an_end_past_the_text_panics() {
        // SAFETY: 9 is past the end, which `split_at` rejects before any char is read.
        let _ = unsafe { text("abc", &[9], 0) };
    }

    const CONST_USE: &str = {
        // SAFETY: 1 and 3 are char boundaries of "abc".
        unsafe { text("abc", &[1, 3], 1) }
    };

    #[test]
    fn text_works_in_const_context() {
        assert_eq!(CONST_USE, "bc");
    }
}
