//! The catalog as written in YAML, before validation. Field names are the schema's
//! (`errors.schema.json`); unknown fields are rejected so typos do not pass silently.

use serde::Deserialize;

use crate::load::budget;

/// A required text. `None` when the key is missing or its value is null (`~`), which the
/// validate stage reports — all of them at once, at the field — instead of serde stopping
/// at the first. Reads as `""` then, so other rules can look at it without unwrapping.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Text(Option<String>);

impl Text {
    /// The text, or `None` when it is missing or null.
    pub(crate) fn get(&self) -> Option<&str> {
        self.0.as_deref()
    }

    pub(crate) fn as_str(&self) -> &str {
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
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        budget::optional_string(d).map(Text)
    }
}

#[cfg(test)]
impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text(Some(text.to_owned()))
    }
}

#[derive(Debug, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a catalog: a map with the keys `categories` and `codes`"
)]
pub(crate) struct RawCatalog {
    #[serde(deserialize_with = "budget::list")]
    pub(crate) categories: Vec<RawCategory>,
    #[serde(deserialize_with = "budget::list")]
    pub(crate) codes: Vec<RawCode>,
}

#[derive(Debug, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a category: a map with `key`, `name`, `title` and optional `ranges`, `note`"
)]
pub(crate) struct RawCategory {
    #[serde(default)]
    pub(crate) key: Text,
    #[serde(default)]
    pub(crate) name: Text,
    #[serde(default)]
    pub(crate) title: Text,
    #[serde(default, deserialize_with = "budget::list")]
    pub(crate) ranges: Vec<RawRange>,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub(crate) note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a range: a map with `first` and `last`"
)]
pub(crate) struct RawRange {
    pub(crate) first: u32,
    pub(crate) last: u32,
}

#[derive(Debug, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a code entry: a map with `code`, `name`, `category`, `description`, `action`, `retryable` and optional fields"
)]
pub(crate) struct RawCode {
    pub(crate) code: u32,
    #[serde(default)]
    pub(crate) name: Text,
    #[serde(default)]
    pub(crate) category: Text,
    #[serde(default)]
    pub(crate) description: Text,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub(crate) solution: Option<String>,
    #[serde(default)]
    pub(crate) action: Text,
    pub(crate) retryable: bool,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub(crate) sdk_name: Option<String>,
    #[serde(default)]
    pub(crate) success: bool,
    #[serde(default)]
    pub(crate) zh: Option<RawZh>,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub(crate) errata: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a translation: a map with `description` and optional `solution`"
)]
pub(crate) struct RawZh {
    #[serde(default)]
    pub(crate) description: Text,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub(crate) solution: Option<String>,
}
