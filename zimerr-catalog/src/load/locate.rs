//! Where each catalog entry and field stands in the text (part of the load stage).
//!
//! `serde_yaml` reports positions only for its own errors, so the rules of the validate
//! stage would otherwise have nowhere to point. A line scan over the block-style YAML
//! recovers them and [`attach`] stores them in the entries they locate; when the scan
//! does not match what serde parsed (flow style, anchors), every entry of that section
//! points at the section's key, which is still a real place in the file.

use super::outline::char_col;
use crate::diag::Pos;
use crate::model::raw::{Field, Located, RawCatalog};

/// Locates every entry of `raw`, parsed from `text`.
pub(super) fn attach(text: &str, raw: &mut RawCatalog) {
    let locations = Locations::scan(text, raw.categories.len(), raw.codes.len());
    raw.categories_at = locations.categories.key.unwrap_or(Pos::START);
    raw.codes_at = locations.codes.key.unwrap_or(Pos::START);
    raw.prefix_at = locations.prefix.unwrap_or(Pos::START);
    raw.language_at = locations.language.unwrap_or(Pos::START);
    raw.languages_at = locations.languages.unwrap_or(Pos::START);
    raw.markdown_at = locations.markdown.unwrap_or(Pos::START);
    let fallback = raw.categories_at;
    let mut items = locations.categories.items.into_iter();
    for category in &mut raw.categories {
        category.at = items
            .next()
            .map_or(Located::only(fallback), Item::into_located);
    }
    let fallback = raw.codes_at;
    let mut items = locations.codes.items.into_iter();
    for code in &mut raw.codes {
        code.at = items
            .next()
            .map_or(Located::only(fallback), Item::into_located);
    }
}

/// Positions of the entries of both sections.
#[derive(Debug, Default)]
struct Locations {
    categories: Section,
    codes: Section,
    /// The value of the top-level `prefix:`.
    prefix: Option<Pos>,
    /// The value of the top-level `language:`.
    language: Option<Pos>,
    /// The value of the top-level `languages:`.
    languages: Option<Pos>,
    /// The value of the top-level `markdown:`.
    markdown: Option<Pos>,
}

/// One top-level sequence (`categories:` or `codes:`).
#[derive(Debug, Default)]
struct Section {
    /// Where the section's key is, the fallback for entries that could not be located.
    key: Option<Pos>,
    /// One per parsed entry, in order; empty when the scan did not match the parse.
    items: Vec<Item>,
}

/// One sequence entry: where its dash is, and where each of its fields' values is.
#[derive(Debug, Clone)]
struct Item {
    pos: Pos,
    /// The byte column of the entry's own keys; deeper keys belong to nested maps.
    key_indent: Option<usize>,
    /// The same, 1-based in characters (0 until known).
    key_col: usize,
    fields: Vec<(Field, Pos)>,
    /// Whether the scan is inside the entry's `texts` map, the byte column of its keys
    /// once one is seen, and the language keys found there.
    in_texts: bool,
    texts_indent: Option<usize>,
    languages: Vec<(String, Pos)>,
}

impl Locations {
    fn scan(text: &str, categories: usize, codes: usize) -> Self {
        let mut locations = Locations::default();
        let mut current: Option<&mut Section> = None;
        let mut item_indent: Option<usize> = None;
        for (index, raw_line) in text.lines().enumerate() {
            let line = raw_line.strip_suffix('\r').unwrap_or(raw_line);
            let trimmed = trim_start(line);
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = line.len() - trimmed.len();
            let line_no = index + 1;
            if indent == 0 && !trimmed.starts_with('-') {
                let key = trimmed.split(':').next().unwrap_or_default().trim();
                item_indent = None;
                let slot = match key {
                    "prefix" => Some(&mut locations.prefix),
                    "language" => Some(&mut locations.language),
                    "languages" => Some(&mut locations.languages),
                    "markdown" => Some(&mut locations.markdown),
                    _ => None,
                };
                if let Some(slot) = slot {
                    let value = trimmed[key.len()..].trim_start_matches([' ', ':']);
                    let at = line.len() - value.len();
                    *slot = Some(Pos::new(line_no, char_col(line, at)));
                }
                current = match key {
                    "categories" => Some(&mut locations.categories),
                    "codes" => Some(&mut locations.codes),
                    _ => None,
                };
                if let Some(section) = current.as_deref_mut() {
                    section.key = Some(Pos::new(line_no, 1));
                }
                continue;
            }
            let Some(section) = current.as_deref_mut() else {
                continue;
            };
            let is_item = trimmed == "-" || trimmed.starts_with("- ");
            if is_item && item_indent.is_none_or(|i| i == indent) {
                item_indent = Some(indent);
                let mut item = Item {
                    pos: Pos::new(line_no, char_col(line, indent)),
                    key_indent: None,
                    key_col: 0,
                    fields: Vec::new(),
                    in_texts: false,
                    texts_indent: None,
                    languages: Vec::new(),
                };
                let rest_at = indent + 1 + (trimmed.len() - 1 - trim_start(&trimmed[1..]).len());
                item.record(line, rest_at, line_no);
                section.items.push(item);
            } else if let Some(item) = section.items.last_mut() {
                item.record(line, indent, line_no);
            }
        }
        // Flow style has no section keys at the line start: fall back to the first line
        // that holds anything, never to a comment.
        let first_content = text
            .lines()
            .position(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .map(|i| Pos::new(i + 1, 1));
        for section in [&mut locations.categories, &mut locations.codes] {
            if section.key.is_none() {
                section.key = first_content;
            }
        }
        if locations.categories.items.len() != categories {
            locations.categories.items.clear();
        }
        if locations.codes.items.len() != codes {
            locations.codes.items.clear();
        }
        locations
    }
}

/// `str::trim_start`, ASCII whitespace skipped byte by byte: the generic version walks
/// chars through the pattern machinery, which the unoptimized build proc macros run in
/// makes the larger part of this scan.
fn trim_start(s: &str) -> &str {
    // An index loop: `bytes().position(…)` costs two calls a byte unoptimized.
    let bytes = s.as_bytes();
    let mut ascii_blank = 0;
    while ascii_blank < bytes.len()
        && matches!(
            bytes[ascii_blank],
            b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r'
        )
    {
        ascii_blank += 1;
    }
    let rest = &s[ascii_blank..];
    // Other Unicode whitespace (U+3000 in Chinese text) is rare: the std version does it.
    if rest.as_bytes().first().is_some_and(|b| !b.is_ascii()) {
        rest.trim_start()
    } else {
        rest
    }
}

impl Item {
    /// Records a `key: value` that starts at byte `at` of `line`, if there is one.
    fn record(&mut self, line: &str, at: usize, line_no: usize) {
        let rest = &line[at.min(line.len())..];
        // A key is `[A-Za-z0-9_]+` then `:`. One index loop over its bytes: `find` and
        // `bytes().all(…)` walk the line through several calls a byte unoptimized.
        let bytes = rest.as_bytes();
        let mut colon = 0;
        while colon < bytes.len() && (bytes[colon].is_ascii_alphanumeric() || bytes[colon] == b'_')
        {
            colon += 1;
        }
        // Language tags (`zh-Hans`) in a `texts` map also hold `-`.
        if self.in_texts {
            while colon < bytes.len()
                && (bytes[colon].is_ascii_alphanumeric() || matches!(bytes[colon], b'_' | b'-'))
            {
                colon += 1;
            }
        }
        if colon == 0 || colon == bytes.len() || bytes[colon] != b':' {
            return;
        }
        let key = &rest[..colon];
        if self.in_texts {
            if self.key_indent.is_some_and(|own| at > own) {
                if *self.texts_indent.get_or_insert(at) == at {
                    self.languages
                        .push((key.to_owned(), Pos::new(line_no, char_col(line, at))));
                }
                return;
            }
            self.in_texts = false;
        }
        // Keys outside the schema are reported by serde, with their own position.
        let Some(field) = Field::from_key(key) else {
            return;
        };
        if *self.key_indent.get_or_insert(at) != at {
            return;
        }
        if self.key_col == 0 {
            self.key_col = char_col(line, at);
        }
        if field == Field::Texts {
            self.in_texts = true;
            self.texts_indent = None;
        }
        let after = &rest[colon + 1..];
        let value = trim_start(after);
        let value_at = at + colon + 1 + (after.len() - value.len());
        let pos = if value.is_empty() || value.starts_with('#') {
            Pos::new(line_no, char_col(line, at))
        } else {
            Pos::new(line_no, char_col(line, value_at))
        };
        self.fields.push((field, pos));
    }

    fn into_located(self) -> Located {
        Located {
            entry: self.pos,
            fields: self.fields,
            languages: self.languages,
            key_col: self.key_col,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
# comment
categories:
  - key: login
    name: Login
codes:
  - code: 6000106
    name: TokenExpired
    zh:
      description: x
  -
    code: 7
    description: y
";

    fn located(text: &str, categories: usize, codes: usize) -> (Vec<Located>, Vec<Located>, Pos) {
        let loc = Locations::scan(text, categories, codes);
        let key = loc.codes.key.unwrap();
        let into = |items: Vec<Item>| items.into_iter().map(Item::into_located).collect();
        (into(loc.categories.items), into(loc.codes.items), key)
    }

    #[test]
    fn finds_entries_and_field_values() {
        let (categories, codes, _) = located(TEXT, 1, 2);
        assert_eq!(categories[0].entry, Pos::new(3, 3));
        assert_eq!(categories[0].at(Field::Name), Pos::new(4, 11));
        assert_eq!(codes[0].at(Field::Code), Pos::new(6, 11));
        assert_eq!(codes[0].at(Field::Name), Pos::new(7, 11));
        // `zh:` has its value on the next lines: point at the key.
        assert_eq!(codes[0].at(Field::Zh), Pos::new(8, 5));
        assert_eq!(codes[1].at(Field::Code), Pos::new(11, 11));
        assert_eq!(codes[1].at(Field::Description), Pos::new(12, 18));
        // A nested `description` does not stand in for entry 0's missing one.
        assert_eq!(codes[0].at(Field::Description), Pos::new(6, 3));
    }

    #[test]
    fn finds_the_language_keys_of_texts() {
        let text = "categories: []\ncodes:\n  - code: 1\n    texts:\n      ja:\n        description: x\n      zh-Hans: {description: y}\n    name: A\n";
        let (_, codes, _) = located(text, 0, 1);
        assert_eq!(
            codes[0].languages,
            [
                ("ja".to_owned(), Pos::new(5, 7)),
                ("zh-Hans".to_owned(), Pos::new(7, 7))
            ]
        );
        assert_eq!(codes[0].at(Field::Name), Pos::new(8, 11));
        assert_eq!(codes[0].language("ko"), Pos::new(4, 5));
    }

    #[test]
    fn a_mismatched_scan_falls_back_to_the_section_key() {
        let (_, codes, key) = located("categories: []\ncodes: [{code: 1}, {code: 2}]\n", 0, 2);
        assert!(codes.is_empty());
        assert_eq!(key, Pos::new(2, 1));
        let mut raw: RawCatalog = serde_yaml::from_str(
            "categories: []\ncodes: [{code: 1, retryable: true}, {code: 2, retryable: true}]\n",
        )
        .unwrap();
        attach(
            "categories: []\ncodes: [{code: 1, retryable: true}, {code: 2, retryable: true}]\n",
            &mut raw,
        );
        assert_eq!(raw.codes[1].at.at(Field::Code), Pos::new(2, 1));
    }

    #[test]
    fn the_byte_trim_agrees_with_std() {
        let blanks = [
            " ", "\t", "\r", "\n", "\u{0B}", "\u{0C}", "\u{3000}", "\u{A0}", "\u{85}", "\u{2028}",
        ];
        let words = ["", "a", "#", "- x", "\u{4E2D}", "\u{200B}z", ":"];
        for first in blanks {
            for second in blanks {
                for word in words {
                    let s = format!("{first}{second}{word}");
                    assert_eq!(trim_start(&s), s.trim_start(), "{s:?}");
                    assert_eq!(trim_start(word), word.trim_start(), "{word:?}");
                }
            }
        }
    }
}
