//! Serde support (`serde` feature).
//!
//! Wire form: a code enum is its number (`6000106`); deserializing also accepts its
//! name or its number as a string. An [`Error`] is its number when it has no message,
//! otherwise `{"code": 6000106, "message": "…"}`; deserializing accepts both forms and
//! keeps codes the catalog does not know.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserializer, Serialize, Serializer};

use crate::{Error, ErrorCode};

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
    deserializer.deserialize_any(CodeVisitor(PhantomData))
}

struct CodeVisitor<C>(PhantomData<C>);

impl<C: ErrorCode> Visitor<'_> for CodeVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error code of the catalog, as a number or a name")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<C, E> {
        let code =
            u32::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))?;
        C::from_code(code).ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<C, E> {
        let v = u64::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))?;
        self.visit_u64(v)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<C, E> {
        if let Some(code) = C::all().iter().copied().find(|c| c.name() == v) {
            return Ok(code);
        }
        v.trim()
            .parse::<u32>()
            .ok()
            .and_then(C::from_code)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
    }
}

impl<C: ErrorCode> Serialize for Error<C> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.message() {
            None => serializer.serialize_u32(self.code()),
            Some(message) => {
                let mut s = serializer.serialize_struct("Error", 2)?;
                s.serialize_field("code", &self.code())?;
                s.serialize_field("message", message)?;
                s.end()
            }
        }
    }
}

/// Needs `std`: the message is owned.
#[cfg(feature = "std")]
impl<'de, C: ErrorCode> serde::Deserialize<'de> for Error<C> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ErrorVisitor(PhantomData))
    }
}

#[cfg(feature = "std")]
struct ErrorVisitor<C>(PhantomData<C>);

#[cfg(feature = "std")]
impl<'de, C: ErrorCode> Visitor<'de> for ErrorVisitor<C> {
    type Value = Error<C>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error code as a number, or a map with `code` and `message`")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Error<C>, E> {
        u32::try_from(v).map(Error::from).map_err(|_| {
            E::invalid_value(de::Unexpected::Unsigned(v), &"a code from 0 to 4294967295")
        })
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Error<C>, E> {
        u32::try_from(v).map(Error::from).map_err(|_| {
            E::invalid_value(de::Unexpected::Signed(v), &"a code from 0 to 4294967295")
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Error<C>, A::Error> {
        let mut code: Option<u32> = None;
        let mut message: Option<String> = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match &*key {
                "code" if code.is_none() => code = Some(map.next_value()?),
                "message" if message.is_none() => {
                    message = map.next_value::<Option<String>>()?.or(Some(String::new()));
                }
                "code" | "message" => {
                    return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
                }
                other => return Err(de::Error::unknown_field(other, &["code", "message"])),
            }
        }
        let code = code.ok_or_else(|| de::Error::missing_field("code"))?;
        Ok(Error::new(code, message.unwrap_or_default()))
    }
}
