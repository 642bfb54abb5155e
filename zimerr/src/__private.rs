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
