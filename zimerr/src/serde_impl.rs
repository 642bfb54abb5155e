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
        if let Some(code) = C::all().find(|c| c.name() == v) {
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
        all: C::all(),
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

/// A name list of the map form: the catalog's declared names, then the built-in ones.
#[cfg(feature = "std")]
#[derive(Clone, Copy)]
struct Names {
    declared: &'static [&'static str],
    defaults: &'static [&'static str],
}

#[cfg(feature = "std")]
impl Names {
    fn code<C: ErrorCode>() -> Self {
        Names {
            declared: C::WIRE_CODE_NAMES,
            defaults: crate::__private::DEFAULT_WIRE_CODE_NAMES,
        }
    }

    fn message<C: ErrorCode>() -> Self {
        Names {
            declared: C::WIRE_MESSAGE_NAMES,
            defaults: crate::__private::DEFAULT_WIRE_MESSAGE_NAMES,
        }
    }

    /// The precedence of `key` (lower wins), if it is one of the names.
    fn rank(self, key: &str) -> Option<usize> {
        self.declared
            .iter()
            .chain(self.defaults)
            .position(|n| *n == key)
    }

    /// The name of rank `rank`, as written.
    fn name(self, rank: usize) -> &'static str {
        self.declared
            .iter()
            .chain(self.defaults)
            .nth(rank)
            .copied()
            .unwrap_or("code")
    }

    fn listed(self) -> String {
        let mut out = String::new();
        for (i, name) in self.declared.iter().chain(self.defaults).enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push('`');
            out.push_str(name);
            out.push('`');
        }
        out
    }
}

/// A key of the map form of [`Error`]: a code or a message name with its precedence.
#[cfg(feature = "std")]
enum Field {
    Code(usize),
    Message(usize),
    Other,
}

/// Reads a key, knowing the catalog's names.
#[cfg(feature = "std")]
struct FieldSeed {
    code: Names,
    message: Names,
}

#[cfg(feature = "std")]
impl<'de> de::DeserializeSeed<'de> for FieldSeed {
    type Value = Field;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Field, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

#[cfg(feature = "std")]
impl Visitor<'_> for FieldSeed {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    // Formats that write struct fields by index (as serde's derive accepts).
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Field, E> {
        Ok(match v {
            0 => self.code.rank("code").map_or(Field::Other, Field::Code),
            1 => self
                .message
                .rank("message")
                .map_or(Field::Other, Field::Message),
            _ => Field::Other,
        })
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Field, E> {
        if let Some(rank) = self.code.rank(v) {
            Ok(Field::Code(rank))
        } else if let Some(rank) = self.message.rank(v) {
            Ok(Field::Message(rank))
        } else {
            Ok(Field::Other)
        }
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Field, E> {
        core::str::from_utf8(v).map_or(Ok(Field::Other), |v| self.visit_str(v))
    }
}

/// A value that is not what its field should hold, kept until it is known whether the
/// field is the one that counts: a lower-precedence field may hold anything.
#[cfg(feature = "std")]
enum Bad {
    Signed(i64),
    Unsigned(u64),
    Float(f64),
    Bool(bool),
    Str(String),
    Seq,
    Map,
}

#[cfg(feature = "std")]
impl Bad {
    fn unexpected(&self) -> de::Unexpected<'_> {
        match self {
            Bad::Signed(v) => de::Unexpected::Signed(*v),
            Bad::Unsigned(v) => de::Unexpected::Unsigned(*v),
            Bad::Float(v) => de::Unexpected::Float(*v),
            Bad::Bool(v) => de::Unexpected::Bool(*v),
            Bad::Str(v) => de::Unexpected::Str(v),
            Bad::Seq => de::Unexpected::Seq,
            Bad::Map => de::Unexpected::Map,
        }
    }
}

/// A code field's value: `None` for `null`, the code, or what it held instead.
#[cfg(feature = "std")]
type CodeValue = Option<Result<u32, Bad>>;

/// Reads a code field's value without failing on a value of the wrong kind.
#[cfg(feature = "std")]
struct CodeCandidate {
    human_readable: bool,
}

#[cfg(feature = "std")]
impl<'de> de::DeserializeSeed<'de> for CodeCandidate {
    type Value = CodeValue;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<CodeValue, D::Error> {
        if self.human_readable {
            deserializer.deserialize_any(self)
        } else {
            // Binary formats: the struct written by `Serialize`, a `u32`.
            u32::deserialize(deserializer).map(|code| Some(Ok(code)))
        }
    }
}

#[cfg(feature = "std")]
impl<'de> Visitor<'de> for CodeCandidate {
    type Value = CodeValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(CODE_RANGE)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<CodeValue, E> {
        Ok(Some(u32::try_from(v).map_err(|_| Bad::Unsigned(v))))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<CodeValue, E> {
        Ok(Some(u32::try_from(v).map_err(|_| Bad::Signed(v))))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<CodeValue, E> {
        Ok(Some(Err(Bad::Float(v))))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<CodeValue, E> {
        Ok(Some(Err(Bad::Bool(v))))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<CodeValue, E> {
        Ok(Some(parse_code(v).ok_or_else(|| Bad::Str(v.to_owned()))))
    }

    fn visit_unit<E: de::Error>(self) -> Result<CodeValue, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<CodeValue, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<CodeValue, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<CodeValue, A::Error> {
        while seq.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(Some(Err(Bad::Seq)))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<CodeValue, A::Error> {
        while map
            .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
            .is_some()
        {}
        Ok(Some(Err(Bad::Map)))
    }
}

/// A message field's value: `None` for `null`, the text, or what it held instead.
#[cfg(feature = "std")]
type MessageValue = Result<Option<String>, Bad>;

/// Reads a message field's value without failing on a value of the wrong kind.
#[cfg(feature = "std")]
struct MessageCandidate {
    human_readable: bool,
}

/// The expected-value text of a message of the wrong kind.
#[cfg(feature = "std")]
const MESSAGE_TEXT: &str = "a message string or null";

#[cfg(feature = "std")]
impl<'de> de::DeserializeSeed<'de> for MessageCandidate {
    type Value = MessageValue;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<MessageValue, D::Error> {
        if self.human_readable {
            deserializer.deserialize_any(self)
        } else {
            Option::<String>::deserialize(deserializer).map(Ok)
        }
    }
}

#[cfg(feature = "std")]
impl<'de> Visitor<'de> for MessageCandidate {
    type Value = MessageValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MESSAGE_TEXT)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<MessageValue, E> {
        Ok(Ok(Some(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<MessageValue, E> {
        Ok(Ok(Some(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<MessageValue, E> {
        Ok(Ok(None))
    }

    fn visit_none<E: de::Error>(self) -> Result<MessageValue, E> {
        Ok(Ok(None))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<MessageValue, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<MessageValue, E> {
        Ok(Err(Bad::Unsigned(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<MessageValue, E> {
        Ok(Err(Bad::Signed(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<MessageValue, E> {
        Ok(Err(Bad::Float(v)))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<MessageValue, E> {
        Ok(Err(Bad::Bool(v)))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<MessageValue, A::Error> {
        while seq.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(Err(Bad::Seq))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<MessageValue, A::Error> {
        while map
            .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
            .is_some()
        {}
        Ok(Err(Bad::Map))
    }
}

/// The field of highest precedence seen so far among several names, and every rank seen
/// (the same key twice is an error, as serde's derive reports it).
#[cfg(feature = "std")]
struct Candidates<T> {
    names: Names,
    best: Option<(usize, T)>,
    seen: Vec<usize>,
}

#[cfg(feature = "std")]
impl<T> Candidates<T> {
    fn new(names: Names) -> Self {
        Candidates {
            names,
            best: None,
            seen: Vec::new(),
        }
    }

    /// Records that rank `rank` was seen; an error when it was seen before.
    fn see<E: de::Error>(&mut self, rank: usize) -> Result<(), E> {
        if self.seen.contains(&rank) {
            return Err(E::duplicate_field(self.names.name(rank)));
        }
        self.seen.push(rank);
        Ok(())
    }

    fn offer(&mut self, rank: usize, value: T) {
        if self.best.as_ref().is_none_or(|(best, _)| rank < *best) {
            self.best = Some((rank, value));
        }
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
            "an error code as a number or a numeric string, or a map with the code in a field such as `code`, `ErrorCode` or `errcode`, and an optional message",
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
        let hr = self.human_readable;
        let mut code: Candidates<Result<u32, Bad>> = Candidates::new(Names::code::<C>());
        let mut message: Candidates<Result<Option<String>, Bad>> =
            Candidates::new(Names::message::<C>());
        let keys = || FieldSeed {
            code: Names::code::<C>(),
            message: Names::message::<C>(),
        };
        while let Some(field) = map.next_key_seed(keys())? {
            match field {
                Field::Code(rank) => {
                    code.see(rank)?;
                    let value = map.next_value_seed(CodeCandidate { human_readable: hr })?;
                    // `null` is no code: a lower-precedence field may still carry one.
                    if let Some(value) = value {
                        code.offer(rank, value);
                    }
                }
                Field::Message(rank) => {
                    message.see(rank)?;
                    let value = map.next_value_seed(MessageCandidate { human_readable: hr })?;
                    message.offer(rank, value);
                }
                Field::Other => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        let code = match code.best {
            Some((_, Ok(code))) => code,
            Some((_, Err(bad @ (Bad::Signed(_) | Bad::Unsigned(_) | Bad::Str(_))))) => {
                return Err(de::Error::invalid_value(bad.unexpected(), &self.code()));
            }
            Some((_, Err(bad))) => {
                return Err(de::Error::invalid_type(bad.unexpected(), &self.code()));
            }
            None => {
                return Err(de::Error::custom(format_args!(
                    "missing field `code`: expected the error code in one of the fields {}",
                    code.names.listed()
                )));
            }
        };
        let message = match message.best {
            Some((_, Ok(message))) => message,
            Some((_, Err(bad))) => {
                return Err(de::Error::invalid_type(bad.unexpected(), &MESSAGE_TEXT));
            }
            None => None,
        };
        Ok(Error::new(code, message.unwrap_or_default()))
    }
}
