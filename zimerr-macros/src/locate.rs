//! Where each catalog entry and field stands in the text (part of the load stage).
//!
//! `serde_yaml` reports positions only for its own errors, so the rules of the validate
//! stage would otherwise have nowhere to point. A line scan over the block-style YAML
//! recovers them; when the scan does not match what serde parsed (flow style, anchors),
//! positions fall back to the section's key, which is still a real place in the file.

use crate::diag::Pos;

/// Positions of the entries of both sections.
#[derive(Debug, Default)]
pub(crate) struct Locations {
    pub(crate) categories: Section,
    pub(crate) codes: Section,
}

/// One top-level sequence (`categories:` or `codes:`).
#[derive(Debug, Default)]
pub(crate) struct Section {
    /// Where the section's key is, the fallback for entries that could not be located.
    pub(crate) key: Option<Pos>,
    /// One per parsed entry, in order; empty when the scan did not match the parse.
    pub(crate) items: Vec<Item>,
}

/// One sequence entry: where its dash is, and where each of its fields' values is.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub(crate) pos: Pos,
    /// The byte column of the entry's own keys; deeper keys belong to nested maps.
    key_indent: Option<usize>,
    fields: Vec<(String, Pos)>,
}

impl Locations {
    pub(crate) fn scan(text: &str, categories: usize, codes: usize) -> Self {
        let mut locations = Locations::default();
        let mut current: Option<&mut Section> = None;
        let mut item_indent: Option<usize> = None;
        for (index, raw_line) in text.lines().enumerate() {
            let line = raw_line.strip_suffix('\r').unwrap_or(raw_line);
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = line.len() - trimmed.len();
            let line_no = index + 1;
            if indent == 0 && !trimmed.starts_with('-') {
                let key = trimmed.split(':').next().unwrap_or_default().trim();
                item_indent = None;
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
                    fields: Vec::new(),
                };
                let rest_at = indent + 1 + (trimmed.len() - 1 - trimmed[1..].trim_start().len());
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

impl Section {
    /// The position of entry `index`, or of the section key when it could not be located.
    pub(crate) fn item(&self, index: usize) -> Pos {
        self.items
            .get(index)
            .map_or(self.key.unwrap_or(Pos::START), |item| item.pos)
    }

    /// The position of field `name`'s value in entry `index`, falling back to the entry.
    pub(crate) fn field(&self, index: usize, name: &str) -> Pos {
        self.items
            .get(index)
            .and_then(|item| item.field(name))
            .unwrap_or_else(|| self.item(index))
    }
}

impl Item {
    /// Records a `key: value` that starts at byte `at` of `line`, if there is one.
    fn record(&mut self, line: &str, at: usize, line_no: usize) {
        let rest = &line[at.min(line.len())..];
        let Some(colon) = rest.find(':') else { return };
        let key = &rest[..colon];
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return;
        }
        if *self.key_indent.get_or_insert(at) != at {
            return;
        }
        let after = &rest[colon + 1..];
        let value_at = at + colon + 1 + (after.len() - after.trim_start().len());
        let pos = if after.trim().is_empty() || after.trim_start().starts_with('#') {
            Pos::new(line_no, char_col(line, at))
        } else {
            Pos::new(line_no, char_col(line, value_at))
        };
        self.fields.push((key.to_owned(), pos));
    }

    fn field(&self, name: &str) -> Option<Pos> {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, p)| *p)
    }
}

/// The 1-based character column of byte offset `at` in `line`.
fn char_col(line: &str, at: usize) -> usize {
    line.get(..at).map_or(at, |s| s.chars().count()) + 1
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

    #[test]
    fn finds_entries_and_field_values() {
        let loc = Locations::scan(TEXT, 1, 2);
        assert_eq!(loc.categories.item(0), Pos::new(3, 3));
        assert_eq!(loc.categories.field(0, "name"), Pos::new(4, 11));
        assert_eq!(loc.codes.field(0, "code"), Pos::new(6, 11));
        assert_eq!(loc.codes.field(0, "name"), Pos::new(7, 11));
        // `zh:` has its value on the next lines: point at the key.
        assert_eq!(loc.codes.field(0, "zh"), Pos::new(8, 5));
        assert_eq!(loc.codes.field(1, "code"), Pos::new(11, 11));
        assert_eq!(loc.codes.field(1, "description"), Pos::new(12, 18));
        // A nested `description` does not stand in for entry 0's missing one.
        assert_eq!(loc.codes.field(0, "description"), Pos::new(6, 3));
    }

    #[test]
    fn a_mismatched_scan_falls_back_to_the_section_key() {
        let loc = Locations::scan("categories: []\ncodes: [{code: 1}, {code: 2}]\n", 0, 2);
        assert!(loc.codes.items.is_empty());
        assert_eq!(loc.codes.item(1), Pos::new(2, 1));
        assert_eq!(loc.codes.field(1, "code"), Pos::new(2, 1));
    }
}
