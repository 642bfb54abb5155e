//! The catalog as written in YAML, before validation. Field names are the schema's
//! (`errors.schema.json`); unknown fields are rejected so typos do not pass silently.

use serde::Deserialize;

use crate::load::budget;

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
    #[serde(deserialize_with = "budget::string")]
    pub(crate) key: String,
    #[serde(deserialize_with = "budget::string")]
    pub(crate) name: String,
    #[serde(deserialize_with = "budget::string")]
    pub(crate) title: String,
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
    #[serde(deserialize_with = "budget::string")]
    pub(crate) name: String,
    #[serde(deserialize_with = "budget::string")]
    pub(crate) category: String,
    #[serde(deserialize_with = "budget::string")]
    pub(crate) description: String,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub(crate) solution: Option<String>,
    #[serde(deserialize_with = "budget::string")]
    pub(crate) action: String,
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
    #[serde(deserialize_with = "budget::string")]
    pub(crate) description: String,
    #[serde(default, deserialize_with = "budget::optional_string")]
    pub(crate) solution: Option<String>,
}
