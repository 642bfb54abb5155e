//! The catalog as written in YAML, before validation. Field names are the schema's
//! (`errors.schema.json`); unknown fields are rejected so typos do not pass silently.
//! Each entry carries where it and its fields stand in the text ([`Located`]), so the
//! validate stage points at the value it complains about.

use serde::{Deserialize, Deserializer};

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
}

impl Field {
    const KEYS: [(Field, &'static str); 18] = [
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
}

impl Located {
    /// A place for an entry that could not be located more precisely.
    pub fn only(pos: Pos) -> Self {
        Located {
            entry: pos,
            fields: Vec::new(),
        }
    }

    /// Where `field`'s value is, falling back to the entry.
    pub fn at(&self, field: Field) -> Pos {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(self.entry, |(_, p)| *p)
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

#[derive(Clone, Debug, Default, serde_derive::Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a catalog: a map with the keys `categories`, `codes` and optional `prefix`"
)]
pub struct RawCatalog {
    /// The namespace of the catalog's diagnostic codes, e.g. `zim`.
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub prefix: Option<String>,
    #[serde(deserialize_with = "budget::list")]
    pub categories: Vec<RawCategory>,
    #[serde(deserialize_with = "budget::list")]
    pub codes: Vec<RawCode>,
    /// Where the `categories:` key is.
    #[serde(skip)]
    pub categories_at: Pos,
    /// Where the `codes:` key is.
    #[serde(skip)]
    pub codes_at: Pos,
    /// Where the `prefix:` value is.
    #[serde(skip)]
    pub prefix_at: Pos,
    /// Whether the entries were learned from the text's lines because it does not parse
    /// as YAML: only their names and codes are known, and no rule is checked on them.
    #[serde(skip)]
    pub from_lines: bool,
    /// Sections (`categories`, `codes`) that are missing or not a list: already reported,
    /// so not reported again as empty.
    #[serde(skip)]
    pub unread: Vec<&'static str>,
}

#[derive(Clone, Debug, Default, serde_derive::Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a category: a map with `key`, `name`, `title` and optional `ranges`, `note`"
)]
pub struct RawCategory {
    #[serde(default)]
    pub key: Text,
    #[serde(default)]
    pub name: Text,
    #[serde(default)]
    pub title: Text,
    #[serde(default, deserialize_with = "budget::list")]
    pub ranges: Vec<RawRange>,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub note: Option<String>,
    #[serde(skip)]
    pub at: Located,
    /// Fields whose value could not be read (wrong type, or the entry did not parse):
    /// already reported by the load stage, so no rule looks at them again.
    #[serde(skip)]
    pub broken: Vec<Field>,
}

#[derive(Clone, Debug, Default, serde_derive::Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a range: a map with `first` and `last`"
)]
pub struct RawRange {
    pub first: u32,
    pub last: u32,
}

#[derive(Clone, Debug, Default, serde_derive::Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a code entry: a map with `code`, `name`, `category`, `description`, `action`, `retryable` and optional fields"
)]
pub struct RawCode {
    pub code: u32,
    #[serde(default)]
    pub name: Text,
    #[serde(default)]
    pub category: Text,
    #[serde(default)]
    pub description: Text,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub solution: Option<String>,
    #[serde(default)]
    pub action: Text,
    pub retryable: bool,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub sdk_name: Option<String>,
    #[serde(default)]
    pub success: bool,
    #[serde(default)]
    pub zh: Option<RawZh>,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub errata: Option<String>,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub cause: Option<String>,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub since: Option<String>,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub deprecated: Option<String>,
    #[serde(skip)]
    pub at: Located,
    /// Learned from the text's lines (the entry does not parse): only its name, category
    /// and code are known, for the macro's stand-ins; no rule checks it.
    #[serde(skip)]
    pub from_lines: bool,
    /// Fields whose value could not be read (wrong type, or the entry did not parse):
    /// already reported by the load stage, so no rule looks at them again.
    #[serde(skip)]
    pub broken: Vec<Field>,
}

#[derive(Clone, Debug, Default, serde_derive::Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a translation: a map with `description` and optional `solution`"
)]
pub struct RawZh {
    #[serde(default)]
    pub description: Text,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub solution: Option<String>,
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
