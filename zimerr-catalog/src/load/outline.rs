//! A line-level reading of a catalog for the failure path of the load stage: where each
//! top-level key, entry and field stands, and what each `key: value` line says, without a
//! YAML parser. It tells the failure path where to point (every key of an entry, known or
//! not), which lines an entry spans (to set aside an entry the parser chokes on), and what
//! can still be learned (`name:`, `key:`, `code:`) from text that does not parse at all.
//! Block style is read line by line; a flow entry on one line (`- { code: 1, name: A }`)
//! is split at its commas. Anything else is skipped: this is a reading for recovery, not
//! a parser.

use crate::diag::Pos;

/// The two sections of a catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Section {
    Categories,
    Codes,
}

impl Section {
    pub(crate) fn key(self) -> &'static str {
        match self {
            Section::Categories => "categories",
            Section::Codes => "codes",
        }
    }
}

/// A `key: value` found on a line.
#[derive(Clone, Debug)]
pub(crate) struct KeyLine {
    pub(crate) key: String,
    pub(crate) key_pos: Pos,
    /// The value's first character, or the key when the value starts on a later line.
    pub(crate) value_pos: Pos,
    /// The value as written on the line, comment and quotes removed.
    pub(crate) value: String,
    /// 0 for the entry's own keys, 1 and more for keys of maps nested in it.
    pub(crate) depth: usize,
}

/// One entry of a section.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    /// Where its `-` is.
    pub(crate) dash: Pos,
    /// First and last line (1-based, inclusive).
    pub(crate) lines: (usize, usize),
    pub(crate) keys: Vec<KeyLine>,
}

impl Entry {
    /// The entry's own `key`, if written.
    pub(crate) fn own(&self, key: &str) -> Option<&KeyLine> {
        self.keys.iter().find(|k| k.depth == 0 && k.key == key)
    }

    /// The `n`-th of the entry's own keys named `key` (0-based): duplicates are kept.
    pub(crate) fn nth_own(&self, key: &str, n: usize) -> Option<&KeyLine> {
        self.keys
            .iter()
            .filter(|k| k.depth == 0 && k.key == key)
            .nth(n)
    }

    /// The `n`-th key named `key` nested anywhere below the entry's own `parent`.
    pub(crate) fn nested(&self, parent: &str, key: &str, n: usize) -> Option<&KeyLine> {
        let start = self
            .keys
            .iter()
            .position(|k| k.depth == 0 && k.key == parent)?;
        self.keys[start + 1..]
            .iter()
            .take_while(|k| k.depth > 0)
            .filter(|k| k.key == key)
            .nth(n)
    }
}

/// The outline of a whole text.
#[derive(Clone, Debug, Default)]
pub(crate) struct Outline {
    /// Keys at the start of a line, in order (duplicates kept).
    pub(crate) top: Vec<KeyLine>,
    pub(crate) categories: Vec<Entry>,
    pub(crate) codes: Vec<Entry>,
}

impl Outline {
    pub(crate) fn section(&self, section: Section) -> &[Entry] {
        match section {
            Section::Categories => &self.categories,
            Section::Codes => &self.codes,
        }
    }

    /// The `n`-th top-level key named `key`.
    pub(crate) fn top_key(&self, key: &str, n: usize) -> Option<&KeyLine> {
        self.top.iter().filter(|k| k.key == key).nth(n)
    }

    /// The entry whose lines hold `line`, with its section and index.
    pub(crate) fn entry_at(&self, line: usize) -> Option<(Section, usize)> {
        [Section::Categories, Section::Codes]
            .into_iter()
            .find_map(|s| {
                self.section(s)
                    .iter()
                    .position(|e| (e.lines.0..=e.lines.1).contains(&line))
                    .map(|i| (s, i))
            })
    }

    /// Reads `text` line by line.
    pub(crate) fn read(text: &str) -> Self {
        let mut outline = Outline::default();
        let mut section: Option<Section> = None;
        // The column of the section's dashes, and of the current entry's own keys.
        let mut item_indent: Option<usize> = None;
        let mut key_indent: Option<usize> = None;
        for (index, raw_line) in text.lines().enumerate() {
            let line_no = index + 1;
            let line = raw_line.strip_suffix('\r').unwrap_or(raw_line);
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = line.len() - trimmed.len();
            let marker = |m: &str| {
                line.strip_prefix(m)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
            };
            if marker("---") || marker("...") {
                // A document marker ends everything before it.
                close(&mut outline, section, line_no - 1);
                (section, item_indent, key_indent) = (None, None, None);
                continue;
            }
            if indent == 0 && !trimmed.starts_with('-') {
                // A new top-level key ends the current entry and section.
                close(&mut outline, section, line_no - 1);
                item_indent = None;
                key_indent = None;
                section = None;
                if let Some(key) = key_line(line, 0, line_no, 0) {
                    // A misspelt section key (`categorie:`) still holds its section.
                    section = match crate::suggest::closest(&key.key, &["categories", "codes"])
                        .unwrap_or(&key.key)
                    {
                        "categories" => Some(Section::Categories),
                        "codes" => Some(Section::Codes),
                        _ => None,
                    };
                    outline.top.push(key);
                }
                continue;
            }
            let Some(current) = section else { continue };
            let entries = match current {
                Section::Categories => &mut outline.categories,
                Section::Codes => &mut outline.codes,
            };
            let is_item = trimmed == "-" || trimmed.starts_with("- ") || trimmed.starts_with("-\t");
            if is_item && item_indent.is_none_or(|i| i == indent) {
                item_indent = Some(indent);
                let mut entry = Entry {
                    dash: Pos::new(line_no, char_col(line, indent)),
                    lines: (line_no, line_no),
                    keys: Vec::new(),
                };
                let after_dash = indent + 1;
                let rest_at =
                    after_dash + (line[after_dash..].len() - line[after_dash..].trim_start().len());
                let rest = &line[rest_at..];
                if rest.starts_with('{') {
                    entry.keys = flow_keys(line, rest_at, line_no);
                    key_indent = None;
                } else if let Some(key) = key_line(line, rest_at, line_no, 0) {
                    key_indent = Some(rest_at);
                    entry.keys.push(key);
                } else {
                    key_indent = None;
                }
                entries.push(entry);
            } else if let Some(entry) = entries.last_mut() {
                entry.lines.1 = line_no;
                let own = *key_indent.get_or_insert(indent);
                let depth = usize::from(indent > own);
                if let Some(brace) = trimmed.strip_prefix("- {").map(|_| indent + 2) {
                    // A flow entry of a nested list, e.g. a range `- { first: 1, last: 2 }`.
                    entry
                        .keys
                        .extend(flow_keys(line, brace, line_no).into_iter().map(|mut k| {
                            k.depth = depth.max(1);
                            k
                        }));
                } else if indent >= own {
                    if let Some(key) = key_line(line, indent, line_no, depth) {
                        entry.keys.push(key);
                    }
                }
            }
        }
        let last = text.lines().count();
        close(&mut outline, section, last);
        outline
    }
}

/// Ends the last entry of `section` at `line` at the latest (trailing blank lines and
/// comments are left out of it).
fn close(outline: &mut Outline, section: Option<Section>, line: usize) {
    let entries = match section {
        Some(Section::Categories) => &mut outline.categories,
        Some(Section::Codes) => &mut outline.codes,
        None => return,
    };
    if let Some(last) = entries.last_mut() {
        last.lines.1 = last.lines.1.max(last.lines.0).min(line.max(last.lines.0));
    }
}

/// The `key: value` starting at byte `at` of `line`, if the line holds one there.
fn key_line(line: &str, at: usize, line_no: usize, depth: usize) -> Option<KeyLine> {
    let rest = line.get(at..)?;
    let (key, key_len) = if let Some(quoted) = rest.strip_prefix(['"', '\'']) {
        let quote = rest.chars().next()?;
        let end = quoted.find(quote)?;
        (quoted[..end].to_owned(), end + 2)
    } else {
        let end = plain_key_end(rest)?;
        (rest[..end].trim_end().to_owned(), end)
    };
    let after = rest.get(key_len..)?;
    let after = after.trim_start_matches([' ', '\t']).strip_prefix(':')?;
    if !(after.is_empty() || after.starts_with([' ', '\t'])) || key.is_empty() {
        return None;
    }
    let value_at = line.len() - after.trim_start().len();
    let value = plain_value(&line[value_at..]);
    let key_pos = Pos::new(line_no, char_col(line, at));
    let value_pos = if value.is_empty() && !after.trim_start().starts_with(['"', '\'']) {
        key_pos
    } else {
        Pos::new(line_no, char_col(line, value_at))
    };
    Some(KeyLine {
        key,
        key_pos,
        value_pos,
        value,
        depth,
    })
}

/// Where a plain key ends: at the first `:` followed by a blank or the line's end.
fn plain_key_end(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    (0..bytes.len())
        .find(|&i| bytes[i] == b':' && bytes.get(i + 1).is_none_or(|b| *b == b' ' || *b == b'\t'))
}

/// A value as written: a quoted scalar without its quotes, a plain one without a trailing
/// comment; flow collections and block scalar indicators are kept as written.
pub(crate) fn plain_value(raw: &str) -> String {
    let raw = raw.trim();
    for quote in ['"', '\''] {
        if let Some(inner) = raw.strip_prefix(quote) {
            return inner
                .find(quote)
                .map_or(inner, |end| &inner[..end])
                .to_owned();
        }
    }
    let end = raw
        .find(" #")
        .or_else(|| raw.find("\t#"))
        .unwrap_or(raw.len());
    if raw.starts_with('#') {
        return String::new();
    }
    raw[..end].trim().to_owned()
}

/// The `key: value` pairs of a flow map written on one line, `{ a: 1, b: "x, y" }`.
fn flow_keys(line: &str, open: usize, line_no: usize) -> Vec<KeyLine> {
    let mut keys = Vec::new();
    let mut start = open + 1;
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in line[open + 1..].char_indices() {
        let at = open + 1 + i;
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '[' | '{' => depth += 1,
            ']' | '}' if depth > 0 => depth -= 1,
            ',' | '}' if depth == 0 => {
                let part = &line[start..at];
                let lead = part.len() - part.trim_start().len();
                let end = start + part.trim_end().len();
                if let Some(mut key) = key_line(&line[..end], start + lead, line_no, 0) {
                    key.value = plain_value(key.value.trim_end_matches('}'));
                    keys.push(key);
                }
                start = at + 1;
                if c == '}' {
                    break;
                }
            }
            _ => {}
        }
    }
    keys
}

/// The 1-based character column of byte offset `at` in `line`.
pub(crate) fn char_col(line: &str, at: usize) -> usize {
    line.get(..at).map_or(at, |s| s.chars().count()) + 1
}

/// A code written with digits only (quotes, leading zeros and `_` allowed): what the
/// writer meant, for recovery.
pub(crate) fn lenient_code(value: &str) -> Option<u32> {
    let digits: String = value.chars().filter(|c| *c != '_').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
prefix: x
categories:
  - key: login
    name: Login
    title: \"Login: errors\" # a comment
codes:
  - code: 6000106
    name: TokenExpired
    zh:
      description: x
  -
    code: '007'
    nmae: Kicked
  - { code: 8, name: \"A, B\", category: login }

extra: 1
";

    #[test]
    fn reads_entries_keys_and_values() {
        let o = Outline::read(TEXT);
        let top: Vec<&str> = o.top.iter().map(|k| k.key.as_str()).collect();
        assert_eq!(top, ["prefix", "categories", "codes", "extra"]);
        assert_eq!(o.categories.len(), 1);
        assert_eq!(o.categories[0].lines, (3, 5));
        assert_eq!(o.categories[0].own("title").unwrap().value, "Login: errors");
        assert_eq!(o.codes.len(), 3);
        assert_eq!(o.codes[0].lines, (7, 10));
        assert_eq!(o.codes[0].own("name").unwrap().value_pos, Pos::new(8, 11));
        assert_eq!(o.codes[0].own("zh").unwrap().value_pos, Pos::new(9, 5));
        assert!(o.codes[0].own("description").is_none());
        assert_eq!(
            o.codes[0].nested("zh", "description", 0).unwrap().value,
            "x"
        );
        assert_eq!(o.codes[1].lines, (11, 13));
        assert_eq!(o.codes[1].own("code").unwrap().value, "007");
        assert_eq!(o.codes[1].own("nmae").unwrap().key_pos, Pos::new(13, 5));
        assert_eq!(o.codes[2].own("name").unwrap().value, "A, B");
        assert_eq!(o.codes[2].own("category").unwrap().value, "login");
        assert_eq!(o.codes[2].lines, (14, 14));
        assert_eq!(o.entry_at(12), Some((Section::Codes, 1)));
        assert_eq!(o.entry_at(16), None);
    }

    #[test]
    fn lenient_codes() {
        assert_eq!(lenient_code("01002033"), Some(1002033));
        assert_eq!(lenient_code("6_000_106"), Some(6000106));
        assert_eq!(lenient_code("x"), None);
        assert_eq!(lenient_code("99999999999"), None);
    }
}
