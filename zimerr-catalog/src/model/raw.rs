//! The catalog as written in YAML, before validation. Field names are the schema's
//! (`errors.schema.json`); unknown fields are rejected so typos do not pass silently.
//! Each entry carries where it and its fields stand in the text ([`Located`]), so the
//! validate stage points at the value it complains about.

use std::marker::PhantomData;

use serde::{Deserialize, Deserializer};

use super::de::{List, OptionalString, raw_deserialize};
use crate::diag::Pos;
use crate::load::budget;

/// A field of a catalog entry, as the schema names it: what [`Located`] positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// `key` (category)
    Key,
    /// `name`
    Name,
    /// `title` (category)
    Title,
    /// `ranges` (category)
    Ranges,
    /// `note` (category)
    Note,
    /// `code`
    Code,
    /// `category` (code)
    Category,
    /// `description`
    Description,
    /// `solution`
    Solution,
    /// `action`
    Action,
    /// `retryable`
    Retryable,
    /// `sdk_name`
    SdkName,
    /// `success`
    Success,
    /// `zh`
    Zh,
    /// `errata`
    Errata,
    /// `cause`
    Cause,
    /// `since`
    Since,
    /// `deprecated`
    Deprecated,
    /// `texts` (code): the code's text in the catalog's other languages
    Texts,
}

impl Field {
    const KEYS: [(Field, &'static str); 19] = [
        (Field::Key, "key"),
        (Field::Name, "name"),
        (Field::Title, "title"),
        (Field::Ranges, "ranges"),
        (Field::Note, "note"),
        (Field::Code, "code"),
        (Field::Category, "category"),
        (Field::Description, "description"),
        (Field::Solution, "solution"),
        (Field::Action, "action"),
        (Field::Retryable, "retryable"),
        (Field::SdkName, "sdk_name"),
        (Field::Success, "success"),
        (Field::Zh, "zh"),
        (Field::Errata, "errata"),
        (Field::Cause, "cause"),
        (Field::Since, "since"),
        (Field::Deprecated, "deprecated"),
        (Field::Texts, "texts"),
    ];

    /// The field a YAML key names, if it is one of the schema's.
    pub fn from_key(key: &str) -> Option<Field> {
        Self::KEYS.iter().find(|(_, k)| *k == key).map(|(f, _)| *f)
    }

    /// The key as written in YAML.
    pub fn key(self) -> &'static str {
        Self::KEYS[self as usize].1
    }
}

/// Where an entry and each of its fields stand in the text. Filled by the load stage
/// from a line scan of the block-style YAML; an entry the scan could not match (flow
/// style, anchors) points at its section's key for everything, still a real place.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Located {
    /// The entry itself (its `-`).
    pub entry: Pos,
    /// Each field whose key was found, with the position of its value (or of its key
    /// when the value starts on a later line).
    pub fields: Vec<(Field, Pos)>,
    /// The language keys of the entry's `texts` map, each at its key (empty when the
    /// entry has none, or writes it in flow style).
    pub languages: Vec<(String, Pos)>,
    /// The 1-based column of the entry's own keys; 0 when unknown.
    pub key_col: usize,
}

/// The fields of a code entry in the order the schema and the bundled catalogs write
/// them: where a missing field is best inserted.
pub const CODE_ORDER: [Field; 7] = [
    Field::Code,
    Field::Name,
    Field::Category,
    Field::Description,
    Field::Solution,
    Field::Action,
    Field::Retryable,
];

/// The fields of a category entry in the schema's order.
pub const CATEGORY_ORDER: [Field; 5] = [
    Field::Key,
    Field::Name,
    Field::Title,
    Field::Ranges,
    Field::Note,
];

impl Located {
    /// A place for an entry that could not be located more precisely.
    pub fn only(pos: Pos) -> Self {
        Located {
            entry: pos,
            fields: Vec::new(),
            languages: Vec::new(),
            key_col: 0,
        }
    }

    /// Where a missing `field` goes, and the field it goes next to: the line of the
    /// nearest field before it in `order` that is written (the new line goes below it),
    /// else of the nearest after it (the new line goes above), at the column of the
    /// entry's keys. The entry itself when it has no located field.
    pub fn insertion_point(&self, field: Field, order: &[Field]) -> (Pos, Option<(Field, bool)>) {
        let at = order
            .iter()
            .position(|f| *f == field)
            .unwrap_or(order.len());
        let written = |f: &Field| self.fields.iter().find(|(g, _)| g == f).map(|(_, p)| *p);
        let before = order[..at]
            .iter()
            .rev()
            .find_map(|f| Some((*f, written(f)?, true)));
        let after = || {
            order
                .get(at + 1..)?
                .iter()
                .find_map(|f| Some((*f, written(f)?, false)))
        };
        match before.or_else(after) {
            Some((next_to, pos, below)) if self.key_col > 0 => {
                (Pos::new(pos.line, self.key_col), Some((next_to, below)))
            }
            _ => (self.entry, None),
        }
    }

    /// The help for a missing `field`, to go with [`Located::insertion_point`].
    pub fn insertion_help(&self, field: Field, order: &[Field], value: &str) -> String {
        match self.insertion_point(field, order).1 {
            Some((next_to, below)) => format!(
                "add a line `{}: {value}` {} this one, in line with `{}:`",
                field.key(),
                if below { "below" } else { "above" },
                next_to.key()
            ),
            None => format!("add a line `{}: {value}` to the entry", field.key()),
        }
    }

    /// Where `field`'s value is, falling back to the entry.
    pub fn at(&self, field: Field) -> Pos {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(self.entry, |(_, p)| *p)
    }

    /// Where the key of language `tag` in the entry's `texts` is, falling back to the
    /// `texts` field.
    pub fn language(&self, tag: &str) -> Pos {
        self.languages
            .iter()
            .find(|(t, _)| t == tag)
            .map_or_else(|| self.at(Field::Texts), |(_, p)| *p)
    }
}

/// A required text. `None` when the key is missing or its value is null (`~`), which the
/// validate stage reports — all of them at once, at the field — instead of serde stopping
/// at the first. Reads as `""` then, so other rules can look at it without unwrapping.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Text(Option<String>);

impl Text {
    /// The text, or `None` when it is missing or null.
    pub fn get(&self) -> Option<&str> {
        self.0.as_deref()
    }

    pub fn as_str(&self) -> &str {
        self
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl From<Text> for String {
    fn from(text: Text) -> String {
        text.0.unwrap_or_default()
    }
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.0.as_deref().unwrap_or_default()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        budget::optional_string(d).map(Text)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text(Some(text))
    }
}

#[cfg(test)]
impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text(Some(text.to_owned()))
    }
}

/// The whole catalog.
#[derive(Clone, Debug, Default)]
pub struct RawCatalog {
    /// The namespace of the catalog's diagnostic codes, e.g. `zim`.
    pub prefix: Option<String>,
    pub categories: Vec<RawCategory>,
    pub codes: Vec<RawCode>,
    /// Where the `categories:` key is.
    pub categories_at: Pos,
    /// Where the `codes:` key is.
    pub codes_at: Pos,
    /// Where the `prefix:` value is.
    pub prefix_at: Pos,
    /// Whether the entries were learned from the text's lines because it does not parse
    /// as YAML: only their names and codes are known, and no rule is checked on them.
    pub from_lines: bool,
    /// Sections (`categories`, `codes`) that are missing or not a list: already reported,
    /// so not reported again as empty.
    pub unread: Vec<&'static str>,
    /// How `Display` labels the message an error arrived with (`SDK message`).
    pub message_label: Option<String>,
    /// The JSON field names the catalog's vendor uses beyond the built-in ones.
    pub wire: Option<RawWire>,
    /// Where the `message_label:` value is.
    pub message_label_at: Pos,
    /// The main language of the texts (`language`), e.g. `en`.
    pub language: Option<String>,
    /// The other languages codes may have text in (`languages`).
    pub languages: Vec<Text>,
    /// Whether texts are Markdown (`markdown`).
    pub markdown: bool,
    /// Where the `language:` value is.
    pub language_at: Pos,
    /// Where the `languages:` value is.
    pub languages_at: Pos,
    /// Where the `markdown:` value is.
    pub markdown_at: Pos,
}

// Written out, not derived: see `model::de`. Missing texts read as `None` (`default`);
// strings and lists are charged against the text's length (`with`, `load::budget`).
raw_deserialize! {
    RawCatalog, expecting "a catalog: a map with the keys `categories`, `codes` and optional `prefix`",
    fields {
        prefix: default with OptionalString,
        categories: required with List(PhantomData),
        codes: required with List(PhantomData),
        message_label: default with OptionalString,
        wire: default,
        language: default with OptionalString,
        languages: default with List(PhantomData),
        markdown: default,
    }
    skip { categories_at, codes_at, prefix_at, from_lines, unread, message_label_at, language_at, languages_at, markdown_at }
}

/// The top-level `wire:`: extra JSON field names for an error's code and message.
#[derive(Clone, Debug, Default)]
pub struct RawWire {
    /// Names of fields that carry a code.
    pub code: Vec<Text>,
    /// Names of fields that carry a message.
    pub message: Vec<Text>,
    /// Where the `wire:` key is.
    pub at: Pos,
    /// Where each name of `code` is (the `wire:` key when it could not be placed).
    pub code_at: Vec<Pos>,
    /// Where each name of `message` is.
    pub message_at: Vec<Pos>,
}

raw_deserialize! {
    RawWire, expecting "wire names: a map with optional `code` and `message` lists of JSON field names",
    fields {
        code: default with List(PhantomData),
        message: default with List(PhantomData),
    }
    skip { at, code_at, message_at }
}

/// An entry of `categories`.
#[derive(Clone, Debug, Default)]
pub struct RawCategory {
    pub key: Text,
    pub name: Text,
    pub title: Text,
    pub ranges: Vec<RawRange>,
    pub note: Option<String>,
    pub at: Located,
    /// Fields whose value could not be read (wrong type, or the entry did not parse):
    /// already reported by the load stage, so no rule looks at them again.
    pub broken: Vec<Field>,
}

raw_deserialize! {
    RawCategory, expecting "a category: a map with `key`, `name`, `title` and optional `ranges`, `note`",
    fields {
        key: default,
        name: default,
        title: default,
        ranges: default with List(PhantomData),
        note: default with OptionalString,
    }
    skip { at, broken }
}

/// An entry of a category's `ranges`.
#[derive(Clone, Debug, Default)]
pub struct RawRange {
    pub first: u32,
    pub last: u32,
}

raw_deserialize! {
    RawRange, expecting "a range: a map with `first` and `last`",
    fields {
        first: required,
        last: required,
    }
}

/// An entry of `codes`.
#[derive(Clone, Debug, Default)]
pub struct RawCode {
    pub code: u32,
    pub name: Text,
    pub category: Text,
    pub description: Text,
    pub solution: Option<String>,
    pub action: Text,
    pub retryable: bool,
    pub sdk_name: Option<String>,
    pub success: bool,
    pub zh: Option<RawZh>,
    pub errata: Option<String>,
    pub cause: Option<String>,
    pub since: Option<String>,
    pub deprecated: Option<String>,
    /// The code's text in other languages, in the order written.
    pub texts: RawTexts,
    pub at: Located,
    /// Learned from the text's lines (the entry does not parse): only its name, category
    /// and code are known, for the macro's stand-ins; no rule checks it.
    pub from_lines: bool,
    /// Fields whose value could not be read (wrong type, or the entry did not parse):
    /// already reported by the load stage, so no rule looks at them again.
    pub broken: Vec<Field>,
}

raw_deserialize! {
    RawCode, expecting "a code entry: a map with `code`, `name`, `category`, `description`, `action`, `retryable` and optional fields",
    fields {
        code: required,
        name: default,
        category: default,
        description: default,
        solution: default with OptionalString,
        action: default,
        retryable: required,
        sdk_name: default with OptionalString,
        success: default,
        zh: default,
        errata: default with OptionalString,
        cause: default with OptionalString,
        since: default with OptionalString,
        deprecated: default with OptionalString,
        texts: default,
    }
    skip { at, from_lines, broken }
}

/// A code's `zh` translation.
#[derive(Clone, Debug, Default)]
pub struct RawZh {
    pub description: Text,
    pub solution: Option<String>,
}

raw_deserialize! {
    RawZh, expecting "a translation: a map with `description` and optional `solution`",
    fields {
        description: default,
        solution: default with OptionalString,
    }
}

/// A code's `texts`: language tag to translation, in the order written. A map of its
/// own (not `BTreeMap`): the order is the file's, so problems are reported in file order,
/// and a key given twice is an error, not silently the last.
#[derive(Clone, Debug, Default)]
pub struct RawTexts(pub Vec<(String, RawZh)>);

impl<'de> Deserialize<'de> for RawTexts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextsVisitor;

        impl<'de> serde::de::Visitor<'de> for TextsVisitor {
            type Value = RawTexts;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map from language tags to translations, e.g. `ja: {description: …}`")
            }

            fn visit_unit<E: serde::de::Error>(self) -> Result<RawTexts, E> {
                Ok(RawTexts::default())
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RawTexts, A::Error> {
                let mut texts: Vec<(String, RawZh)> = Vec::new();
                while let Some(tag) = map.next_key::<String>()? {
                    if texts.iter().any(|(t, _)| *t == tag) {
                        return Err(serde::de::Error::custom(format_args!(
                            "duplicate language `{tag}`"
                        )));
                    }
                    budget::charge::<A::Error>(tag.len())?;
                    let text = map.next_value::<RawZh>()?;
                    texts.push((tag, text));
                }
                Ok(RawTexts(texts))
            }
        }

        d.deserialize_any(TextsVisitor)
    }
}

impl RawCategory {
    /// Whether `field` can be checked: read, and for required texts present.
    pub fn sound(&self, field: Field) -> bool {
        let present = match field {
            Field::Key => self.key.get().is_some(),
            Field::Name => self.name.get().is_some(),
            Field::Title => self.title.get().is_some(),
            _ => true,
        };
        present && !self.broken.contains(&field)
    }
}

impl RawCode {
    /// Whether `field` can be checked: read, and for required texts present.
    pub fn sound(&self, field: Field) -> bool {
        if self.from_lines {
            return false;
        }
        let present = match field {
            Field::Name => self.name.get().is_some(),
            Field::Category => self.category.get().is_some(),
            Field::Description => self.description.get().is_some(),
            Field::Action => self.action.get().is_some(),
            _ => true,
        };
        present && !self.broken.contains(&field)
    }
}

#[cfg(test)]
mod insertion_tests {
    use super::*;

    fn located(fields: &[(Field, usize)], key_col: usize) -> Located {
        Located {
            entry: Pos::new(10, 3),
            fields: fields
                .iter()
                .map(|&(f, line)| (f, Pos::new(line, 11)))
                .collect(),
            languages: Vec::new(),
            key_col,
        }
    }

    /// Below the nearest written field before it, else above the nearest after it, at the
    /// column of the entry's keys; without a known key column (0), the entry itself: a
    /// column-0 position would point at no character.
    #[test]
    fn a_missing_field_goes_next_to_its_neighbour_in_the_entry_s_column() {
        let at = located(&[(Field::Code, 10), (Field::Category, 12)], 5);
        assert_eq!(
            at.insertion_point(Field::Description, &CODE_ORDER),
            (Pos::new(12, 5), Some((Field::Category, true)))
        );
        assert_eq!(
            at.insertion_point(Field::Name, &CODE_ORDER),
            (Pos::new(10, 5), Some((Field::Code, true)))
        );
        let first_missing = located(&[(Field::Name, 11)], 5);
        assert_eq!(
            first_missing.insertion_point(Field::Code, &CODE_ORDER),
            (Pos::new(11, 5), Some((Field::Name, false)))
        );
        let unknown_column = located(&[(Field::Code, 10)], 0);
        assert_eq!(
            unknown_column.insertion_point(Field::Name, &CODE_ORDER),
            (Pos::new(10, 3), None)
        );
        let first_column = located(&[(Field::Code, 10)], 1);
        assert_eq!(
            first_column.insertion_point(Field::Name, &CODE_ORDER),
            (Pos::new(10, 1), Some((Field::Code, true)))
        );
        assert_eq!(
            located(&[], 5).insertion_point(Field::Name, &CODE_ORDER),
            (Pos::new(10, 3), None)
        );
    }
}
