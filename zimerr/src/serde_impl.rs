//! Serde support (`serde` feature). The wire form and its stability are documented
//! publicly on [`Error`](crate::Error#serde); this module must match that table.
//!
//! Human-readable formats get `deserialize_any` (numbers, strings and maps all occur in
//! real events); binary formats get only typed requests (`deserialize_u32`,
//! `deserialize_struct`, `deserialize_str`), which postcard and bincode can serve.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Action, Error, ErrorCategory, ErrorCode};

/// The struct form of [`Error`]: its name and its fields in the order they are written.
const ERROR_STRUCT: &str = "Error";
#[cfg(feature = "std")]
const ERROR_FIELDS: &[&str] = &["code", "message"];

/// A numeric string as a code; surrounding whitespace is tolerated, as the code enums'
/// `FromStr` does.
fn parse_code(text: &str) -> Option<u32> {
    text.trim().parse().ok()
}

#[doc(hidden)]
pub fn serialize_code<C: ErrorCode, S: Serializer>(
    code: C,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_u32(code.code())
}

#[doc(hidden)]
pub fn deserialize_code<'de, C: ErrorCode, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    let visitor = CodeVisitor(PhantomData);
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(visitor)
    } else {
        deserializer.deserialize_u32(visitor)
    }
}

struct CodeVisitor<C>(PhantomData<C>);

impl<C: ErrorCode> Visitor<'_> for CodeVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error code of the catalog, as a number or a name")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<C, E> {
        u32::try_from(v)
            .ok()
            .and_then(C::from_code)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<C, E> {
        let v = u64::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))?;
        self.visit_u64(v)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<C, E> {
        if let Some(code) = C::all().iter().copied().find(|c| c.name() == v) {
            return Ok(code);
        }
        parse_code(v)
            .and_then(C::from_code)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
    }
}

/// Reads a key string of a closed set (the actions, a catalog's categories). The error
/// lists the keys, computed from `all` so a user's catalog names its own.
struct KeyVisitor<T: 'static> {
    all: &'static [T],
    key: fn(T) -> &'static str,
    what: &'static str,
}

impl<T: Copy + 'static> Visitor<'_> for KeyVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, one of ", self.what)?;
        for (i, &item) in self.all.iter().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            write!(f, "{sep}`{}`", (self.key)(item))?;
        }
        Ok(())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        self.all
            .iter()
            .copied()
            .find(|&item| (self.key)(item) == v)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
    }
}

/// Writes a category as its key, in every format.
#[doc(hidden)]
pub fn serialize_category<C: ErrorCategory, S: Serializer>(
    category: C,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(category.key())
}

/// Reads a category from its key, in every format.
#[doc(hidden)]
pub fn deserialize_category<'de, C: ErrorCategory, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    deserializer.deserialize_str(KeyVisitor {
        all: C::ALL,
        key: C::key,
        what: "a category key of the catalog",
    })
}

/// The catalog key (`"renew_token"`) in every format; see [`Error`'s wire
/// form](crate::Error#serde).
impl Serialize for Action {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

/// From the catalog key (`"renew_token"`) only, in every format, as [`FromStr`] does.
///
/// [`FromStr`]: core::str::FromStr
impl<'de> Deserialize<'de> for Action {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor {
            all: Action::ALL,
            key: Action::key,
            what: "an action key",
        })
    }
}

/// The struct `{code, message}` in every format, `message` `None` (JSON `null`) when
/// there is none: one shape whatever the error holds. The full wire form and its
/// stability: [`Error`'s docs](crate::Error#serde).
impl<C: ErrorCode> Serialize for Error<C> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct(ERROR_STRUCT, 2)?;
        s.serialize_field("code", &self.code())?;
        s.serialize_field("message", &self.message())?;
        s.end()
    }
}

/// Human-readable: a number, a numeric string, or a map with `code` (or `Code`) and an
/// optional `message` (or `Message`), other fields ignored. Binary: the struct written by
/// `Serialize`. Needs `std`: the message is owned. The full wire form and its stability:
/// [`Error`'s docs](crate::Error#serde).
#[cfg(feature = "std")]
impl<'de, C: ErrorCode> Deserialize<'de> for Error<C> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let human_readable = deserializer.is_human_readable();
        let visitor = ErrorVisitor {
            human_readable,
            catalog: PhantomData,
        };
        if human_readable {
            deserializer.deserialize_any(visitor)
        } else {
            deserializer.deserialize_struct(ERROR_STRUCT, ERROR_FIELDS, visitor)
        }
    }
}

/// The expected-value text of every code-range error.
#[cfg(feature = "std")]
const CODE_RANGE: &str = "an error code from 0 to 4294967295, as a number or a numeric string";

/// The `code` of an error: any `u32`; in human-readable formats also a numeric string.
#[cfg(feature = "std")]
struct CodeNumber {
    human_readable: bool,
}

#[cfg(feature = "std")]
impl<'de> de::DeserializeSeed<'de> for CodeNumber {
    type Value = u32;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<u32, D::Error> {
        if self.human_readable {
            deserializer.deserialize_any(self)
        } else {
            deserializer.deserialize_u32(self)
        }
    }
}

#[cfg(feature = "std")]
impl Visitor<'_> for CodeNumber {
    type Value = u32;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(CODE_RANGE)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<u32, E> {
        u32::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<u32, E> {
        u32::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<u32, E> {
        parse_code(v).ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
    }
}

/// A key of the map form of [`Error`]; the `&'static str` is the spelling seen, so a
/// duplicate is reported as written.
#[cfg(feature = "std")]
enum Field {
    Code(&'static str),
    Message(&'static str),
    Other,
}

#[cfg(feature = "std")]
impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(FieldVisitor)
    }
}

#[cfg(feature = "std")]
struct FieldVisitor;

#[cfg(feature = "std")]
impl Visitor<'_> for FieldVisitor {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    // Formats that write struct fields by index (as serde's derive accepts).
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Field, E> {
        Ok(match v {
            0 => Field::Code("code"),
            1 => Field::Message("message"),
            _ => Field::Other,
        })
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Field, E> {
        Ok(match v {
            "code" => Field::Code("code"),
            "Code" => Field::Code("Code"),
            "message" => Field::Message("message"),
            "Message" => Field::Message("Message"),
            _ => Field::Other,
        })
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Field, E> {
        core::str::from_utf8(v).map_or(Ok(Field::Other), |v| self.visit_str(v))
    }
}

#[cfg(feature = "std")]
struct ErrorVisitor<C> {
    human_readable: bool,
    catalog: PhantomData<C>,
}

#[cfg(feature = "std")]
impl<C: ErrorCode> ErrorVisitor<C> {
    fn code(&self) -> CodeNumber {
        CodeNumber {
            human_readable: self.human_readable,
        }
    }
}

#[cfg(feature = "std")]
impl<'de, C: ErrorCode> Visitor<'de> for ErrorVisitor<C> {
    type Value = Error<C>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "an error code as a number or a numeric string, or a map with `code` and an optional `message`",
        )
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Error<C>, E> {
        self.code().visit_u64(v).map(Error::from)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Error<C>, E> {
        self.code().visit_i64(v).map(Error::from)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Error<C>, E> {
        parse_code(v)
            .map(Error::from)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Error<C>, A::Error> {
        let code = seq
            .next_element_seed(self.code())?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let message = seq.next_element::<Option<String>>()?.flatten();
        Ok(Error::new(code, message.unwrap_or_default()))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Error<C>, A::Error> {
        let mut code: Option<u32> = None;
        let mut message: Option<Option<String>> = None;
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Code(name) => {
                    if code.is_some() {
                        return Err(de::Error::duplicate_field(name));
                    }
                    code = Some(map.next_value_seed(self.code())?);
                }
                Field::Message(name) => {
                    if message.is_some() {
                        return Err(de::Error::duplicate_field(name));
                    }
                    message = Some(map.next_value()?);
                }
                Field::Other => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        let code = code.ok_or_else(|| de::Error::missing_field("code"))?;
        Ok(Error::new(code, message.flatten().unwrap_or_default()))
    }
}
