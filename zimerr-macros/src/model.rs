//! The catalog as written in YAML, before validation. Field names are the schema's
//! (`errors.schema.json`); unknown fields are rejected so typos do not pass silently.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a catalog: a map with the keys `categories` and `codes`")]
pub(crate) struct RawCatalog {
    pub(crate) categories: Vec<RawCategory>,
    pub(crate) codes: Vec<RawCode>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a category: a map with `key`, `name`, `title` and optional `ranges`, `note`")]
pub(crate) struct RawCategory {
    pub(crate) key: String,
    pub(crate) name: String,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) ranges: Vec<RawRange>,
    #[serde(default)]
    pub(crate) note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a range: a map with `first` and `last`")]
pub(crate) struct RawRange {
    pub(crate) first: u32,
    pub(crate) last: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a code entry: a map with `code`, `name`, `category`, `description`, `action`, `retryable` and optional fields")]
pub(crate) struct RawCode {
    pub(crate) code: u32,
    pub(crate) name: String,
    pub(crate) category: String,
    pub(crate) description: String,
    #[serde(default)]
    pub(crate) solution: Option<String>,
    pub(crate) action: String,
    pub(crate) retryable: bool,
    #[serde(default)]
    pub(crate) sdk_name: Option<String>,
    #[serde(default)]
    pub(crate) success: bool,
    #[serde(default)]
    pub(crate) zh: Option<RawZh>,
    #[serde(default)]
    pub(crate) errata: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a translation: a map with `description` and optional `solution`")]
pub(crate) struct RawZh {
    pub(crate) description: String,
    #[serde(default)]
    pub(crate) solution: Option<String>,
}
