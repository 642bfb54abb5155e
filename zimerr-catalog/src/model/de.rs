//! `Deserialize` for the structs of the raw model ([`super::raw`]), written out instead of
//! derived.
//!
//! `#[derive(serde::Deserialize)]` would make every user of zimerr build `serde_derive`,
//! which sits on the critical path of a clean build (syn → `serde_derive` →
//! zimerr-catalog → zimerr-macros → zimerr) for five plain structs. What
//! [`raw_deserialize!`] writes does what `serde_derive` generates for a struct with
//! `#[serde(deny_unknown_fields, expecting = "…")]`, call for call: the same keys read
//! the same way, checked in the same order, so the errors and the positions `serde_yaml`
//! attaches to them are the same ("unknown field \`x\`, expected one of \`a\`, \`b\`",
//! "duplicate field \`name\`", "missing field \`code\`", and "invalid type: sequence,
//! expected …" ending in the type's `expecting` text). The load stage's failure path, the
//! located diagnostics and the UI tests' `.stderr` files are written against those
//! messages; `tests` compares the two side by side.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, Expected, Unexpected, Visitor};

use crate::load::budget;

/// Reads a key of a struct's map as `serde_derive`'s field visitor does, answering which
/// of `fields` it names: a string or bytes (what `serde_yaml` gives) by name, an integer (what
/// formats that number fields give) by index. Any other name is `unknown field`
/// (`deny_unknown_fields`); a key of another type is `invalid type: …, expected field
/// identifier`.
pub(super) struct FieldKey(pub(super) &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldKey {
    type Value = &'static str;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for FieldKey {
    type Value = &'static str;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        usize::try_from(v)
            .ok()
            .and_then(|i| self.0.get(i).copied())
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(v), &FieldIndex(self.0.len())))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        self.0
            .iter()
            .find(|f| **f == v)
            .copied()
            .ok_or_else(|| E::unknown_field(v, self.0))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Self::Value, E> {
        self.0
            .iter()
            .find(|f| f.as_bytes() == v)
            .copied()
            .ok_or_else(|| E::unknown_field(&String::from_utf8_lossy(v), self.0))
    }
}

/// What an out-of-range field index was expected to be, in `serde_derive`'s words.
struct FieldIndex(usize);

impl Expected for FieldIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "field index 0 <= i < {}", self.0)
    }
}

/// Reads a field's value with `budget::optional_string` (`serde_derive`'s
/// `deserialize_with = "budget::optional_string"`).
pub(super) struct OptionalString;

impl<'de> DeserializeSeed<'de> for OptionalString {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        budget::optional_string(d)
    }
}

/// Reads a field's value with `budget::list` (`deserialize_with = "budget::list"`).
pub(super) struct List<T>(pub(super) PhantomData<T>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for List<T> {
    type Value = Vec<T>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        budget::list(d)
    }
}

/// Writes `Deserialize` for a struct of the raw model, as `serde_derive` would for
///
/// ```text
/// #[serde(deny_unknown_fields, expecting = $expecting)]
/// struct $ty {
///     field: T,                                   // `field: required`
///     #[serde(default)] field: T,                 // `field: default`
///     #[serde(default, deserialize_with = ..)] .. // `field: default with Seed`
///     #[serde(skip)] field: T,                    // listed after `skip`
/// }
/// ```
///
/// Fields are listed in declaration order (it is the order missing fields are reported
/// in, and a sequence's). Their YAML key is their Rust name. A field read `with` a seed
/// goes through it (`OptionalString`, `List`); the others through their type's
/// `Deserialize`.
macro_rules! raw_deserialize {
    (
        $ty:ident, expecting $expecting:literal,
        fields { $($field:ident: $missing:ident $(with $seed:expr)?),+ $(,)? }
        $(skip { $($skip:ident),+ $(,)? })?
    ) => {
        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                use ::serde::de::{Error as _, MapAccess, SeqAccess};
                use $crate::model::de::{FieldKey, raw_deserialize};

                const FIELDS: &[&str] = &[$(stringify!($field)),+];

                struct StructVisitor;

                impl<'de> ::serde::de::Visitor<'de> for StructVisitor {
                    type Value = $ty;

                    fn expecting(
                        &self,
                        f: &mut ::std::fmt::Formatter<'_>,
                    ) -> ::std::fmt::Result {
                        f.write_str($expecting)
                    }

                    // The usual form, a map: each key once, in any order; every missing
                    // field checked after the last key, in declaration order.
                    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<$ty, A::Error> {
                        $(let mut $field = None;)+
                        while let Some(key) = map.next_key_seed(FieldKey(FIELDS))? {
                            $(
                                if key == stringify!($field) {
                                    // Checked before the value is read: the error stands
                                    // at the second key.
                                    if $field.is_some() {
                                        return Err(A::Error::duplicate_field(key));
                                    }
                                    let seed = raw_deserialize!(@seed $($seed)?);
                                    $field = Some(map.next_value_seed(seed)?);
                                    continue;
                                }
                            )+
                            unreachable!("FieldKey answers one of FIELDS");
                        }
                        Ok($ty {
                            $($field: raw_deserialize!(
                                @missing $missing, $field,
                                Err(A::Error::missing_field(stringify!($field)))
                            ),)+
                            $($($skip: Default::default(),)+)?
                        })
                    }

                    // `serde_derive` also reads a struct from a sequence of its fields in
                    // order (formats without keys). `serde_yaml` never offers a struct as a
                    // sequence, but the model's `Deserialize` is public: same behaviour.
                    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<$ty, A::Error> {
                        $(
                            let $field = seq.next_element_seed(raw_deserialize!(@seed $($seed)?))?;
                            let $field = raw_deserialize!(
                                @missing $missing, $field,
                                Err(A::Error::invalid_length(
                                    FIELDS.iter().position(|f| *f == stringify!($field)).unwrap(),
                                    &self,
                                ))
                            );
                        )+
                        Ok($ty {
                            $($field,)+
                            $($($skip: Default::default(),)+)?
                        })
                    }
                }

                d.deserialize_struct(stringify!($ty), FIELDS, StructVisitor)
            }
        }
    };
    // How a field's value is read: through the seed given, or its type's `Deserialize`.
    (@seed) => { ::std::marker::PhantomData };
    (@seed $seed:expr) => { $seed };
    // What a field left out becomes: its default, or the error (returned).
    (@missing default, $value:ident, $err:expr) => { $value.unwrap_or_default() };
    (@missing required, $value:ident, $err:expr) => {
        match $value {
            Some(value) => value,
            None => return $err,
        }
    };
}

pub(super) use raw_deserialize;

#[cfg(test)]
mod tests;
