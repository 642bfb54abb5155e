//! The written-out `Deserialize` of the raw model against the one `serde_derive` generates
//! for the same declarations (`derived` below, the attributes the model had before): the
//! same value or the same error, message and position, for every catalog of the
//! repository, the corpus of bad catalogs, mutations of a catalog using every field, and
//! the forms `serde_yaml` never produces (integer and byte keys, sequences).

use std::fmt::{Debug, Write as _};
use std::path::Path;

use serde::de::value::{Error as ValueError, MapDeserializer, SeqDeserializer};
use serde::de::{Deserialize, IntoDeserializer};

use crate::load::budget;
use crate::model::raw;

/// The raw model as it was declared with `#[derive(Deserialize)]`. Same names, so values
/// print the same (`Debug`) as the written-out model's.
mod derived {
    #![allow(dead_code, unreachable_pub)]

    use crate::diag::Pos;
    use crate::load::budget;
    use crate::model::raw::{Field, Located, Text};

    #[derive(Debug, serde::Deserialize)]
    #[serde(
        deny_unknown_fields,
        expecting = "a catalog: a map with the keys `categories`, `codes` and optional `prefix`"
    )]
    pub struct RawCatalog {
        #[serde(default, deserialize_with = "budget::optional_string")]
        pub prefix: Option<String>,
        #[serde(deserialize_with = "budget::list")]
        pub categories: Vec<RawCategory>,
        #[serde(deserialize_with = "budget::list")]
        pub codes: Vec<RawCode>,
        #[serde(skip)]
        pub categories_at: Pos,
        #[serde(skip)]
        pub codes_at: Pos,
        #[serde(skip)]
        pub prefix_at: Pos,
        #[serde(skip)]
        pub from_lines: bool,
        #[serde(skip)]
        pub unread: Vec<&'static str>,
        #[serde(default, deserialize_with = "budget::optional_string")]
        pub message_label: Option<String>,
        #[serde(default)]
        pub wire: Option<RawWire>,
        #[serde(skip)]
        pub message_label_at: Pos,
        pub language: Option<String>,
        #[serde(default, deserialize_with = "budget::list")]
        pub languages: Vec<Text>,
        #[serde(default)]
        pub markdown: bool,
        #[serde(skip)]
        pub language_at: Pos,
        #[serde(skip)]
        pub languages_at: Pos,
        #[serde(skip)]
        pub markdown_at: Pos,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(
        deny_unknown_fields,
        expecting = "wire names: a map with optional `code` and `message` lists of JSON field names"
    )]
    pub struct RawWire {
        #[serde(default, deserialize_with = "budget::list")]
        pub code: Vec<Text>,
        #[serde(default, deserialize_with = "budget::list")]
        pub message: Vec<Text>,
        #[serde(skip)]
        pub at: Pos,
        #[serde(skip)]
        pub code_at: Vec<Pos>,
        #[serde(skip)]
        pub message_at: Vec<Pos>,
    }

    #[derive(Debug, serde::Deserialize)]
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
        #[serde(skip)]
        pub broken: Vec<Field>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(
        deny_unknown_fields,
        expecting = "a range: a map with `first` and `last`"
    )]
    pub struct RawRange {
        pub first: u32,
        pub last: u32,
    }

    #[derive(Debug, serde::Deserialize)]
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
        #[serde(default)]
        pub texts: crate::model::raw::RawTexts,
        #[serde(skip)]
        pub at: Located,
        #[serde(skip)]
        pub from_lines: bool,
        #[serde(skip)]
        pub broken: Vec<Field>,
    }

    #[derive(Debug, serde::Deserialize)]
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
}

/// Both models read `text` as the load stage does (within the text's budget): the same
/// value, or the same error with the same position.
fn same_yaml<Written, Derived>(text: &str)
where
    Written: for<'de> Deserialize<'de> + Debug,
    Derived: for<'de> Deserialize<'de> + Debug,
{
    let read = |text: &str| {
        let written = budget::within(text.len(), || serde_yaml::from_str::<Written>(text));
        let derived = budget::within(text.len(), || serde_yaml::from_str::<Derived>(text));
        let show = |e: serde_yaml::Error| (e.to_string(), e.location().map(|l| l.index()));
        (written.map_err(show), derived.map_err(show))
    };
    let (written, derived) = read(text);
    assert_eq!(format!("{written:?}"), format!("{derived:?}"), "{text}");
}

fn same_catalog(text: &str) {
    same_yaml::<raw::RawCatalog, derived::RawCatalog>(text);
}

/// Both models read what `deserializer` gives (serde's in-memory deserializers).
fn same_value<'de, Written, Derived, D>(deserializer: impl Fn() -> D)
where
    Written: Deserialize<'de> + Debug,
    Derived: Deserialize<'de> + Debug,
    D: serde::Deserializer<'de, Error = ValueError>,
{
    let written = Written::deserialize(deserializer()).map_err(|e| e.to_string());
    let derived = Derived::deserialize(deserializer()).map_err(|e| e.to_string());
    assert_eq!(format!("{written:?}"), format!("{derived:?}"));
}

/// A catalog that uses every field of every struct, one per line.
const EVERY_FIELD: &str = "\
prefix: zim
categories:
  - key: login
    name: Login
    title: Login errors
    ranges:
      - first: 100
        last: 199
    note: A note.
codes:
  - code: 100
    name: TokenExpired
    category: login
    description: The token has expired.
    solution: Renew it.
    action: renew_token
    retryable: true
    sdk_name: ZIMErrorCodeTokenExpired
    success: false
    zh:
      description: 令牌已过期。
      solution: 续期。
    errata: None.
    cause: Time.
    since: '2.0'
    deprecated: Use another.
message_label: server message
wire:
  code:
    - SendMsgResult
  message: [ErrorDesc]
";

#[test]
fn every_catalog_of_the_repository_reads_the_same() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut read = 0;
    for dir in ["", "tests/bad_catalogs", "tests/ui", "tests/fixtures"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue; // the published crate has no tests/
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yaml") {
                // Not UTF-8 (a case of the corpus): nothing for serde to read.
                if let Ok(text) = std::fs::read_to_string(&path) {
                    same_catalog(&text);
                    read += 1;
                }
            }
        }
    }
    assert!(read > 0 || !root.join("tests").exists());
}

#[test]
fn mutations_of_every_field_read_the_same() {
    same_catalog(EVERY_FIELD);
    let lines: Vec<&str> = EVERY_FIELD.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let with = |replacement: &[String]| {
            let mut out: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
            out.splice(i..=i, replacement.iter().cloned());
            out.join("\n") + "\n"
        };
        let (indent, rest) = line.split_at(line.len() - line.trim_start().len());
        let Some((key, _)) = rest.trim_start_matches("- ").split_once(':') else {
            continue;
        };
        let indent = format!("{indent}{}", if rest.starts_with("- ") { "  " } else { "" });
        let values = [
            "~",
            "''",
            "[]",
            "{}",
            "[1, 2]",
            "-1",
            "4294967296",
            "1.5",
            "true",
            "text",
            "!tag x",
        ];
        // Missing: the line dropped (a list item's first key leaves its `-` alone, the
        // entry's other keys on the lines below).
        if rest.starts_with("- ") {
            same_catalog(&with(&[format!("{}-", &line[..line.len() - rest.len()])]));
        } else {
            same_catalog(&with(&[]));
        }
        // Duplicate, then unknown and misspelt keys.
        same_catalog(&with(&[
            (*line).to_owned(),
            format!("{indent}{key}: again"),
        ]));
        for other in ["unknown", "Name", "codes", "first", "1", "~"] {
            same_catalog(&with(&[(*line).to_owned(), format!("{indent}{other}: x")]));
        }
        // Every type of value.
        for value in values {
            let prefix = &line[..line.len() - rest.len()];
            let dash = if rest.starts_with("- ") { "- " } else { "" };
            same_catalog(&with(&[format!("{prefix}{dash}{key}: {value}")]));
        }
    }
}

#[test]
fn whole_values_of_every_kind_read_the_same() {
    for text in [
        "",
        "~",
        "[]",
        "[1, 2]",
        "x",
        "1",
        "{}",
        "{categories: []}",
        "{codes: []}",
        "{categories: [], codes: []}",
        "{categories: ~, codes: ~}",
        "{categories: [~], codes: []}",
        "{categories: [], codes: [], codes: []}",
        "{1: x}",
        "{[1]: x}",
        "{~: x}",
        "{categories: [], codes: [{code: 1, retryable: true, zh: ~}]}",
        "{categories: [], codes: [{code: 1, retryable: true, zh: []}]}",
        "{categories: [], codes: [{code: 1, retryable: true, zh: {}}]}",
        "{categories: [{ranges: [[1, 2]]}], codes: []}",
        "{categories: [{ranges: [{first: 1}]}], codes: []}",
        "{categories: [{ranges: [{last: 1, first: 2, first: 3}]}], codes: []}",
    ] {
        same_catalog(text);
        same_yaml::<raw::RawCategory, derived::RawCategory>(text);
        same_yaml::<raw::RawCode, derived::RawCode>(text);
        same_yaml::<raw::RawRange, derived::RawRange>(text);
        same_yaml::<raw::RawZh, derived::RawZh>(text);
    }
}

#[test]
fn an_alias_bomb_stops_at_the_same_place() {
    let big = "x".repeat(2000);
    let mut text = format!("categories:\n  - {{ key: a, name: A, title: &t \"{big}\" }}\n");
    for i in 0..5 {
        let _ = writeln!(text, "  - {{ key: k{i}, name: N{i}, title: *t }}");
    }
    text.push_str("codes: []\n");
    same_catalog(&text);
}

#[test]
fn keys_by_index_and_as_bytes_read_the_same() {
    // Integer keys name fields by index (formats that number fields); past the last one,
    // serde_derive's "field index" message.
    for keys in [[0u64, 1], [1, 0], [0, 0], [0, 2], [7, 1]] {
        same_value::<raw::RawRange, derived::RawRange, _>(|| {
            MapDeserializer::new(keys.into_iter().zip([1u32, 2]))
        });
    }
    for keys in [
        [&b"first"[..], b"last"],
        [b"last", b"fist"],
        [b"first", b"\xFFx"],
    ] {
        same_value::<raw::RawRange, derived::RawRange, _>(|| {
            MapDeserializer::new(keys.into_iter().zip([1u32, 2]))
        });
    }
    same_value::<raw::RawZh, derived::RawZh, _>(|| {
        MapDeserializer::new([(1u64, "s"), (0, "d")].into_iter())
    });
    same_value::<raw::RawCode, derived::RawCode, _>(|| {
        MapDeserializer::new([("code", 1u32), ("retryable", 2)].into_iter())
    });
}

#[test]
fn sequences_read_the_same() {
    for items in [&[][..], &[1u32], &[1, 2], &[1, 2, 3]] {
        same_value::<raw::RawRange, derived::RawRange, _>(|| {
            SeqDeserializer::new(items.iter().copied())
        });
    }
    for items in [&[][..], &["d"], &["d", "s"], &["d", "s", "x"]] {
        same_value::<raw::RawZh, derived::RawZh, _>(|| SeqDeserializer::new(items.iter().copied()));
    }
    // `categories` is the second field and required: a sequence of one is too short.
    same_value::<raw::RawCatalog, derived::RawCatalog, _>(|| {
        SeqDeserializer::new([()].into_iter())
    });
    let unit = || ().into_deserializer();
    same_value::<
        raw::RawCatalog,
        derived::RawCatalog,
        serde::de::value::UnitDeserializer<ValueError>,
    >(unit);
}
