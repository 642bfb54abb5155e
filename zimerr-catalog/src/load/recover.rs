//! The load stage's failure path: when the typed parse fails, the catalog is read again
//! to report every mistake at once and to keep every entry that can still be learned.
//!
//! 1. A second YAML document is reported at its `---` and set aside.
//! 2. The text is parsed into schema-less [`Node`]s. A syntax error inside an entry is
//!    reported, the entry's lines are set aside (blanked, so positions do not move), and
//!    the rest is parsed again: one error per broken entry, not one per build.
//! 3. Each entry is then read field by field: an unknown field, a wrong type or a
//!    duplicate key is reported at its place, with a hint, and the field is marked broken
//!    so the validate stage does not report it again.
//! 4. Entries set aside are learned from their lines (`name:`, `key:`, `code:`), so the
//!    stand-in items of the macro still name them.
//!
//! None of this runs for a catalog the typed parse accepts.

use super::node::Node;
use super::outline::{self, Entry, KeyLine, Outline, Section};
use super::{Loaded, budget, parser_error};
use crate::diag::{Diagnostic, Pos};
use crate::model::raw::{
    CODE_ORDER, Field, Located, RawCatalog, RawCategory, RawCode, RawRange, RawWire, RawZh, Text,
};
use crate::suggest;

/// How many syntax errors one build reports before it stops looking: each costs a parse.
const MAX_SYNTAX_ERRORS: usize = 32;

const TOP_KEYS: [&str; 8] = [
    "prefix",
    "categories",
    "codes",
    "message_label",
    "wire",
    "language",
    "languages",
    "markdown",
];
const CATEGORY_KEYS: [&str; 5] = ["key", "name", "title", "ranges", "note"];
const CODE_KEYS: [&str; 15] = [
    "code",
    "name",
    "category",
    "description",
    "solution",
    "action",
    "retryable",
    "sdk_name",
    "success",
    "zh",
    "errata",
    "cause",
    "since",
    "deprecated",
    "texts",
];
const ZH_KEYS: [&str; 2] = ["description", "solution"];
const RANGE_KEYS: [&str; 2] = ["first", "last"];

/// Reads a text the typed parse rejected: every problem, and what could be learned.
pub(super) fn load(text: &str, typed: &serde_yaml::Error) -> Loaded {
    let lines: Vec<&str> = text.lines().collect();
    let mut problems = Vec::new();
    let mut working = text.to_owned();
    let mut aside = Aside::default();
    if let Some(line) = second_document(text) {
        problems.push(
            Diagnostic::at(
                Pos::new(line, 1),
                "a second YAML document starts here; a catalog is one document",
            )
            .with_help("remove the `---` line and move what follows into the first document's `categories` and `codes`"),
        );
        aside.learn(&Outline::read(text), line, lines.len());
        blank(&mut working, line, lines.len());
    }
    let mut parsed = None;
    for _ in 0..MAX_SYNTAX_ERRORS {
        match budget::within(working.len(), || serde_yaml::from_str::<Node>(&working)) {
            Ok(node) => {
                parsed = Some(node);
                break;
            }
            Err(e) => {
                // The limits (alias bombs, recursion) are located where the typed parse
                // hit them: at the alias that overflows, not at the anchor it repeats.
                let limit = !parser_error::recoverable(&parser_error::yaml_error(&e, text));
                let mut d = parser_error::yaml_error(if limit { typed } else { &e }, text);
                if let Some(pos) = d.pos {
                    d.pos = Some(parser_error::clamp_to_text(&working, pos));
                }
                parser_error::add_hint(text, &mut d);
                let span = (!limit)
                    .then(|| entry_span(&working, &d, lines.len()))
                    .flatten();
                problems.push(d);
                let Some((first, last)) = span else { break };
                aside.learn(&Outline::read(&working), first, last);
                blank(&mut working, first, last);
            }
        }
    }
    let Some(node) = parsed else {
        return Loaded {
            raw: from_lines(text),
            problems,
        };
    };
    let outline = Outline::read(&working);
    let mut reader = Reader {
        text,
        lines: &lines,
        outline: &outline,
        problems: &mut problems,
        aside: &aside,
    };
    let mut raw = reader.catalog(node);
    if problems.is_empty() {
        // The typed parse failed on something the lenient reader lets through (`code:
        // -0`: the YAML crate hands `u32` a negative zero it refuses): its own error
        // stands, so a catalog is never accepted here that the typed parse rejected.
        let mut d = parser_error::yaml_error(typed, text);
        parser_error::add_hint(text, &mut d);
        problems.push(d);
    }
    raw.categories.extend(aside.categories);
    raw.codes.extend(aside.codes);
    // Entries set aside go back to their place: the stand-in enums keep catalog order.
    raw.categories.sort_by_key(|c| c.at.entry);
    raw.codes.sort_by_key(|c| c.at.entry);
    Loaded { raw, problems }
}

/// The entries of a text that does not parse, learned from its lines: names, keys and
/// codes for the stand-in items, no rule checked.
pub(super) fn from_lines(text: &str) -> RawCatalog {
    let outline = Outline::read(text);
    let mut aside = Aside::default();
    aside.learn(&outline, 1, usize::MAX);
    RawCatalog {
        categories: aside.categories,
        codes: aside.codes,
        from_lines: true,
        ..RawCatalog::default()
    }
}

/// Entries set aside, learned from their lines.
#[derive(Default)]
struct Aside {
    categories: Vec<RawCategory>,
    codes: Vec<RawCode>,
}

impl Aside {
    /// Learns every entry of `outline` that starts in lines `first..=last`.
    fn learn(&mut self, outline: &Outline, first: usize, last: usize) {
        let within = |e: &&Entry| {
            (first..=last).contains(&e.lines.0) || (e.lines.0..=e.lines.1).contains(&first)
        };
        for entry in outline.categories.iter().filter(within) {
            self.categories.push(learned_category(entry));
        }
        for entry in outline.codes.iter().filter(within) {
            self.codes.push(learned_code(entry));
        }
    }

    fn holds(&self, section: Section) -> bool {
        match section {
            Section::Categories => !self.categories.is_empty(),
            Section::Codes => !self.codes.is_empty(),
        }
    }
}

/// A field's value from the entry's lines, a misspelt key standing in for a missing one.
fn learned<'a>(entry: &'a Entry, key: &str, known: &[&str]) -> Option<&'a KeyLine> {
    entry.own(key).or_else(|| {
        entry.keys.iter().find(|k| {
            k.depth == 0
                && !known.contains(&k.key.as_str())
                && suggest::closest(&k.key, known) == Some(key)
        })
    })
}

fn learned_text(entry: &Entry, key: &str, known: &[&str]) -> Text {
    learned(entry, key, known)
        .filter(|k| !k.value.is_empty())
        .map_or_else(Text::default, |k| Text::from(k.value.clone()))
}

fn located(entry: &Entry) -> Located {
    Located {
        entry: entry.dash,
        key_col: entry
            .keys
            .iter()
            .find(|k| k.depth == 0)
            .map_or(0, |k| k.key_pos.col),
        fields: entry
            .keys
            .iter()
            .filter(|k| k.depth == 0)
            .filter_map(|k| Some((Field::from_key(&k.key)?, k.value_pos)))
            .collect(),
        languages: entry
            .keys
            .iter()
            .position(|k| k.depth == 0 && k.key == "texts")
            .map(|start| {
                entry.keys[start + 1..]
                    .iter()
                    .take_while(|k| k.depth > 0)
                    .filter(|k| k.depth == 1)
                    .map(|k| (k.key.clone(), k.key_pos))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

fn learned_category(entry: &Entry) -> RawCategory {
    RawCategory {
        key: learned_text(entry, "key", &CATEGORY_KEYS),
        name: learned_text(entry, "name", &CATEGORY_KEYS),
        at: located(entry),
        broken: ALL_FIELDS.to_vec(),
        ..RawCategory::default()
    }
}

fn learned_code(entry: &Entry) -> RawCode {
    // What is learned from lines only names the stand-ins: no rule checks it, nor holds
    // it against another entry (`from_lines`), so it causes no secondary errors.
    let code = learned(entry, "code", &CODE_KEYS).and_then(|k| outline::lenient_code(&k.value));
    let mut broken = ALL_FIELDS.to_vec();
    if code.is_some() {
        broken.retain(|f| *f != Field::Code);
    }
    RawCode {
        code: code.unwrap_or(0),
        from_lines: true,
        name: learned_text(entry, "name", &CODE_KEYS),
        category: learned_text(entry, "category", &CODE_KEYS),
        at: located(entry),
        broken,
        ..RawCode::default()
    }
}

const ALL_FIELDS: [Field; 19] = [
    Field::Key,
    Field::Name,
    Field::Title,
    Field::Ranges,
    Field::Note,
    Field::Code,
    Field::Category,
    Field::Description,
    Field::Solution,
    Field::Action,
    Field::Retryable,
    Field::SdkName,
    Field::Success,
    Field::Zh,
    Field::Errata,
    Field::Cause,
    Field::Since,
    Field::Deprecated,
    Field::Texts,
];

/// The line of a second document's `---` (or of what follows a `...`), if any.
fn second_document(text: &str) -> Option<usize> {
    let mut content = false;
    let mut ended = false;
    for (i, line) in text.lines().enumerate() {
        let marker = |m: &str| {
            line.strip_prefix(m)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r']))
        };
        if marker("---") {
            if content || ended {
                return Some(i + 1);
            }
            continue;
        }
        if marker("...") {
            ended = content;
            continue;
        }
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') || (!content && t.starts_with('%')) {
            continue;
        }
        if ended {
            return Some(i + 1);
        }
        content = true;
    }
    None
}

/// Replaces lines `first..=last` by spaces: the parser no longer sees them, and every
/// other position stays where it was.
fn blank(text: &mut String, first: usize, last: usize) {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if (first..=last).contains(&(i + 1)) {
            let body = line.trim_end_matches(['\n', '\r']);
            out.extend(body.chars().map(|_| ' '));
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    *text = out;
}

/// The lines to set aside for a syntax error: the entries from the one holding the
/// parser's context (where the construct began) to the one holding the error. An error
/// past the last entry (an unclosed quote runs to the end) sets aside up to the end.
fn entry_span(working: &str, d: &Diagnostic, last_line: usize) -> Option<(usize, usize)> {
    let outline = Outline::read(working);
    let pos = d.pos?;
    let context = parser_error::context_line(&d.message).unwrap_or(pos.line);
    let (start_line, end_line) = (context.min(pos.line), context.max(pos.line));
    let entry_of = |line| {
        outline
            .entry_at(line)
            .map(|(s, i)| outline.section(s)[i].lines)
    };
    let first = entry_of(start_line).or_else(|| entry_of(end_line))?;
    let last = entry_of(end_line).map_or(last_line, |l| l.1);
    Some((first.0, last.max(first.1)))
}

/// Reads the parsed nodes into the raw model, reporting each problem at its place.
struct Reader<'a> {
    text: &'a str,
    lines: &'a [&'a str],
    outline: &'a Outline,
    problems: &'a mut Vec<Diagnostic>,
    aside: &'a Aside,
}

impl Reader<'_> {
    fn report(&mut self, d: Diagnostic) {
        let mut d = d;
        parser_error::add_hint(self.text, &mut d);
        self.problems.push(d);
    }

    fn first_content(&self) -> Pos {
        self.lines
            .iter()
            .position(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .map_or(Pos::START, |i| Pos::new(i + 1, 1))
    }

    fn catalog(&mut self, node: Node) -> RawCatalog {
        let mut raw = RawCatalog::default();
        let Node::Map(entries) = node else {
            let pos = self.first_content();
            self.report(Diagnostic::at(
                pos,
                format!(
                    "invalid type: {}, expected a catalog: a map with the keys `categories`, `codes` and optional `prefix`",
                    node.describe()
                ),
            ));
            let mut raw = from_lines(self.text);
            raw.from_lines = true;
            return raw;
        };
        let present: Vec<String> = entries.iter().map(|(k, _)| k.key_text()).collect();
        let mut seen: Vec<String> = Vec::new();
        let mut sections: [Option<Vec<Node>>; 2] = [None, None];
        let mut adopted: Vec<&'static str> = Vec::new();
        for (key, value) in entries {
            let name = key.key_text();
            let n = seen.iter().filter(|s| **s == name).count();
            seen.push(name.clone());
            let at = self.outline.top_key(&name, n).cloned();
            let key_pos = at
                .as_ref()
                .map_or_else(|| self.first_content(), |k| k.key_pos);
            let value_pos = at.as_ref().map_or(key_pos, |k| k.value_pos);
            let mut field = name.clone();
            if !TOP_KEYS.contains(&name.as_str()) {
                let guess = suggest::closest(&name, &TOP_KEYS);
                let mut d = Diagnostic::at(
                    key_pos,
                    format!(
                        "unknown field `{name}`, expected one of {}",
                        TOP_KEYS.map(|k| format!("`{k}`")).join(", ")
                    ),
                );
                if let Some(guess) = guess {
                    d = d.with_help(format!("did you mean `{guess}`?"));
                } else if let Some(section) = section_by_content(&value, &["categories", "codes"]) {
                    d = d.with_help(format!(
                        "its entries look like {section}: did you mean `{section}`?"
                    ));
                }
                self.report(d);
                // A misspelt or renamed section key still holds the section: read it as
                // meant, so its entries are checked and the section is not "missing".
                let missing: Vec<&str> = ["categories", "codes"]
                    .into_iter()
                    .filter(|k| !present.iter().any(|p| p == k) && !adopted.contains(k))
                    .collect();
                let by_content = || section_by_content(&value, &missing);
                let meant = match guess {
                    Some(g) => missing.contains(&g).then_some(g),
                    None => by_content(),
                };
                match meant {
                    Some(g) => {
                        adopted.push(g);
                        g.clone_into(&mut field);
                    }
                    None => continue,
                }
            } else if n > 0 {
                self.report(Diagnostic::at(key_pos, format!("duplicate field `{name}`")));
            }
            if field == "prefix" {
                raw.prefix_at = value_pos;
                match optional_string(&value) {
                    Ok(prefix) => raw.prefix = prefix,
                    Err(e) => self.report(Diagnostic::at(value_pos, format!("prefix: {e}"))),
                }
            } else if field == "message_label" {
                match optional_string(&value) {
                    Ok(label) => raw.message_label = label,
                    Err(e) => {
                        self.report(Diagnostic::at(value_pos, format!("message_label: {e}")));
                    }
                }
            } else if field == "wire" {
                match wire(value) {
                    Ok(names) => raw.wire = names,
                    Err(e) => self.report(Diagnostic::at(value_pos, format!("wire: {e}"))),
                }
            } else if field == "language" {
                raw.language_at = value_pos;
                match optional_string(&value) {
                    Ok(language) => raw.language = language,
                    Err(e) => self.report(Diagnostic::at(value_pos, format!("language: {e}"))),
                }
            } else if field == "languages" {
                raw.languages_at = value_pos;
                match value {
                    Node::Null => {}
                    Node::Seq(items) => {
                        for item in &items {
                            match text(item) {
                                Ok(tag) => raw.languages.push(tag),
                                Err(e) => self
                                    .report(Diagnostic::at(value_pos, format!("languages: {e}"))),
                            }
                        }
                    }
                    other => self.report(Diagnostic::at(
                        value_pos,
                        format!(
                            "languages: invalid type: {}, expected a sequence",
                            other.describe()
                        ),
                    )),
                }
            } else if field == "markdown" {
                raw.markdown_at = value_pos;
                match boolean(&value) {
                    Ok(markdown) => raw.markdown = markdown,
                    Err(e) => self.report(Diagnostic::at(value_pos, format!("markdown: {e}"))),
                }
            } else {
                {
                    let (slot, section) = if field == "categories" {
                        raw.categories_at = key_pos;
                        (&mut sections[0], Section::Categories)
                    } else {
                        raw.codes_at = key_pos;
                        (&mut sections[1], Section::Codes)
                    };
                    let items = match value {
                        Node::Seq(items) => items,
                        // `codes:` with nothing after it reads as an empty list, as in the
                        // typed parse; so does a section whose every entry was set aside.
                        Node::Null
                            if self.aside.holds(section)
                                || at.as_ref().is_some_and(|k| k.value.is_empty()) =>
                        {
                            Vec::new()
                        }
                        other => {
                            self.report(Diagnostic::at(
                                value_pos,
                                format!(
                                    "{field}: invalid type: {}, expected a sequence",
                                    other.describe()
                                ),
                            ));
                            raw.unread.push(section.key());
                            Vec::new()
                        }
                    };
                    slot.get_or_insert_with(Vec::new).extend(items);
                }
            }
        }
        for (i, section) in [Section::Categories, Section::Codes]
            .into_iter()
            .enumerate()
        {
            if sections[i].is_none() && !self.aside.holds(section) {
                let pos = self.first_content();
                self.report(
                    Diagnostic::at(pos, format!("missing field `{}`", section.key())).with_help(
                        format!(
                            "a catalog has the top-level keys `categories` and `codes`; add `{}:`",
                            section.key()
                        ),
                    ),
                );
                raw.unread.push(section.key());
            }
        }
        let [categories, codes] = sections;
        let categories = categories.unwrap_or_default();
        let codes = codes.unwrap_or_default();
        let (cat_count, code_count) = (categories.len(), codes.len());
        // Positions come from the outline when it read as many entries as were parsed.
        let cat_entries =
            (self.outline.categories.len() == cat_count).then_some(&self.outline.categories);
        let code_entries = (self.outline.codes.len() == code_count).then_some(&self.outline.codes);
        for (i, node) in categories.into_iter().enumerate() {
            let entry = cat_entries.map(|e| &e[i]);
            let category = self.category(i, node, entry, raw.categories_at);
            raw.categories.push(category);
        }
        for (i, node) in codes.into_iter().enumerate() {
            let entry = code_entries.map(|e| &e[i]);
            let code = self.code(i, node, entry, raw.codes_at);
            raw.codes.push(code);
        }
        raw
    }

    /// The fields of one entry, each reported on its own; unknown keys that look like a
    /// missing field are read as that field.
    fn fields(
        &mut self,
        path: &str,
        node: Node,
        entry: Option<&Entry>,
        fallback: Pos,
        known: &[&str],
        expecting: &str,
    ) -> Option<Vec<(String, Node, Pos)>> {
        if matches!(node, Node::Null) {
            // A `-` with nothing after it: a line left over, or fields not indented under it.
            let pos = entry.map_or(fallback, |e| e.dash);
            self.report(
                Diagnostic::at(pos, format!("{path} is an empty entry: a `-` with nothing after it"))
                    .with_help("remove this line, or write the entry's fields after the `-`, each key in line with the first"),
            );
            return None;
        }
        let Node::Map(pairs) = node else {
            let pos = entry.map_or(fallback, |e| e.dash);
            let pos = entry
                .and_then(|e| e.keys.first())
                .map_or(pos, |k| k.key_pos);
            self.report(Diagnostic::at(
                pos,
                format!(
                    "{path}: invalid type: {}, expected {expecting}",
                    node.describe()
                ),
            ));
            return None;
        };
        let present: Vec<String> = pairs.iter().map(|(k, _)| k.key_text()).collect();
        let mut seen: Vec<String> = Vec::new();
        let mut out = Vec::new();
        for (key, value) in pairs {
            let name = key.key_text();
            let n = seen.iter().filter(|s| **s == name).count();
            seen.push(name.clone());
            let line = entry.and_then(|e| e.nth_own(&name, n));
            let key_pos = line.map_or(entry.map_or(fallback, |e| e.dash), |k| k.key_pos);
            let value_pos = line.map_or(key_pos, |k| k.value_pos);
            if n > 0 {
                self.report(Diagnostic::at(
                    key_pos,
                    format!("{path}: duplicate field `{name}`"),
                ));
                continue;
            }
            if name == "<<" {
                // A YAML 1.1 merge key is not supported: reported once, and its fields are
                // read as meant so the entry has no "missing field" errors on top.
                let list: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
                self.report(
                    Diagnostic::at(key_pos, format!("{path}: unknown field `<<`, expected one of {}", list.join(", ")))
                        .with_help("merge keys (`<<`, YAML 1.1) are not supported; write each entry's fields out"),
                );
                if let Node::Map(merged) = value {
                    for (k, v) in merged {
                        let k = k.key_text();
                        if known.contains(&k.as_str()) && !present.contains(&k) {
                            out.push((k, v, value_pos));
                        }
                    }
                }
                continue;
            }
            if known.contains(&name.as_str()) {
                out.push((name, value, value_pos));
                continue;
            }
            let list: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            let guess = suggest::closest(&name, known);
            let mut d = Diagnostic::at(
                key_pos,
                format!(
                    "{path}: unknown field `{name}`, expected one of {}",
                    list.join(", ")
                ),
            );
            if let Some(guess) = guess {
                d = d.with_help(format!("did you mean `{guess}`?"));
            }
            self.report(d);
            if let Some(guess) = guess.filter(|g| !present.iter().any(|p| p == g)) {
                out.push((guess.to_owned(), value, value_pos));
            }
        }
        Some(out)
    }

    fn category(
        &mut self,
        i: usize,
        node: Node,
        entry: Option<&Entry>,
        fallback: Pos,
    ) -> RawCategory {
        let path = format!("categories[{i}]");
        let mut category = RawCategory {
            at: entry.map_or(Located::only(fallback), located),
            ..RawCategory::default()
        };
        let Some(fields) = self.fields(
            &path,
            node,
            entry,
            fallback,
            &CATEGORY_KEYS,
            "a category: a map with `key`, `name`, `title` and optional `ranges`, `note`",
        ) else {
            category.broken = ALL_FIELDS.to_vec();
            return category;
        };
        for (name, value, pos) in fields {
            let field = Field::from_key(&name).unwrap_or(Field::Note);
            category.at.fields.retain(|(f, _)| *f != field);
            category.at.fields.push((field, pos));
            let result = match field {
                Field::Key => text(&value).map(|t| category.key = t),
                Field::Name => text(&value).map(|t| category.name = t),
                Field::Title => text(&value).map(|t| category.title = t),
                Field::Note => optional_string(&value).map(|t| category.note = t),
                _ => {
                    if let Some(ranges) = self.ranges(&path, value, entry, pos) {
                        category.ranges = ranges;
                    } else {
                        category.broken.push(Field::Ranges);
                    }
                    Ok(())
                }
            };
            if let Err(e) = result {
                category.broken.push(field);
                self.report(Diagnostic::at(pos, format!("{path}.{name}: {e}")));
            }
        }
        category
    }

    fn ranges(
        &mut self,
        path: &str,
        node: Node,
        entry: Option<&Entry>,
        pos: Pos,
    ) -> Option<Vec<RawRange>> {
        let items = match node {
            Node::Seq(items) => items,
            other => {
                self.report(Diagnostic::at(
                    pos,
                    format!(
                        "{path}.ranges: invalid type: {}, expected a sequence",
                        other.describe()
                    ),
                ));
                return None;
            }
        };
        let mut ranges = Vec::new();
        let mut sound = true;
        let mut firsts = 0;
        let mut lasts = 0;
        for (r, item) in items.into_iter().enumerate() {
            let range_path = format!("{path}.ranges[{r}]");
            let Some(fields) = self.fields(
                &range_path,
                item,
                None,
                pos,
                &RANGE_KEYS,
                "a range: a map with `first` and `last`",
            ) else {
                sound = false;
                continue;
            };
            let mut range = RawRange::default();
            let mut have = [false, false];
            for (name, value, _) in fields {
                let (n, slot) = if name == "first" {
                    firsts += 1;
                    (firsts - 1, 0)
                } else {
                    lasts += 1;
                    (lasts - 1, 1)
                };
                let at = entry
                    .and_then(|e| e.nested("ranges", &name, n))
                    .map_or(pos, |k| k.value_pos);
                match number(&value) {
                    Ok(v) => {
                        have[slot] = true;
                        if slot == 0 {
                            range.first = v;
                        } else {
                            range.last = v;
                        }
                    }
                    Err(e) => {
                        sound = false;
                        self.report(Diagnostic::at(at, format!("{range_path}.{name}: {e}")));
                    }
                }
            }
            for (slot, key) in RANGE_KEYS.iter().enumerate() {
                if !have[slot] && sound {
                    sound = false;
                    self.report(Diagnostic::at(
                        pos,
                        format!("{range_path}: missing field `{key}`"),
                    ));
                }
            }
            ranges.push(range);
        }
        sound.then_some(ranges)
    }

    /// A code's `zh`: a translation map, or null (left out).
    fn zh(&mut self, path: &str, value: Node, entry: Option<&Entry>, pos: Pos, code: &mut RawCode) {
        if value == Node::Null {
            return;
        }
        let zh_path = format!("{path}.zh");
        let expecting = "a translation: a map with `description` and optional `solution`";
        let Some(fields) = self.fields(&zh_path, value, None, pos, &ZH_KEYS, expecting) else {
            code.broken.push(Field::Zh);
            return;
        };
        let mut zh = RawZh::default();
        for (name, value, _) in fields {
            let at = entry
                .and_then(|e| e.nested("zh", &name, 0))
                .map_or(pos, |k| k.value_pos);
            let result = if name == "description" {
                text(&value).map(|t| zh.description = t)
            } else {
                optional_string(&value).map(|t| zh.solution = t)
            };
            if let Err(e) = result {
                code.broken.push(Field::Zh);
                self.report(Diagnostic::at(at, format!("{zh_path}.{name}: {e}")));
            }
        }
        code.zh = Some(zh);
    }

    /// A code's `texts`: a map from language tags to translations, or null (left out).
    fn texts(&mut self, path: &str, value: Node, pos: Pos, code: &mut RawCode) {
        let pairs = match value {
            Node::Null => return,
            Node::Map(pairs) => pairs,
            other => {
                code.broken.push(Field::Texts);
                self.report(Diagnostic::at(
                    pos,
                    format!(
                        "{path}.texts: invalid type: {}, expected a map from language tags to translations",
                        other.describe()
                    ),
                ));
                return;
            }
        };
        let expecting = "a translation: a map with `description` and optional `solution`";
        for (key, value) in pairs {
            let tag = key.key_text();
            let tag_pos = code.at.language(&tag);
            let tag_path = format!("{path}.texts.{tag}");
            if code.texts.0.iter().any(|(t, _)| *t == tag) {
                code.broken.push(Field::Texts);
                self.report(Diagnostic::at(
                    tag_pos,
                    format!("{path}.texts: duplicate language `{tag}`"),
                ));
                continue;
            }
            let Some(fields) = self.fields(&tag_path, value, None, tag_pos, &ZH_KEYS, expecting)
            else {
                code.broken.push(Field::Texts);
                continue;
            };
            let mut translation = RawZh::default();
            for (name, value, _) in fields {
                // The key of the language: the outline does not tell which language a
                // nested `description` belongs to.
                let at = tag_pos;
                let result = if name == "description" {
                    text(&value).map(|t| translation.description = t)
                } else {
                    optional_string(&value).map(|t| translation.solution = t)
                };
                if let Err(e) = result {
                    code.broken.push(Field::Texts);
                    self.report(Diagnostic::at(at, format!("{tag_path}.{name}: {e}")));
                }
            }
            code.texts.0.push((tag, translation));
        }
    }

    fn code(&mut self, i: usize, node: Node, entry: Option<&Entry>, fallback: Pos) -> RawCode {
        let path = format!("codes[{i}]");
        let mut code = RawCode {
            at: entry.map_or(Located::only(fallback), located),
            ..RawCode::default()
        };
        let Some(fields) = self.fields(&path, node, entry, fallback, &CODE_KEYS, "a code entry: a map with `code`, `name`, `category`, `description`, `action`, `retryable` and optional fields") else {
            let mut learned = entry.map_or_else(RawCode::default, learned_code);
            learned.at = code.at;
            learned.broken = ALL_FIELDS.to_vec();
            return learned;
        };
        let mut have_code = false;
        let mut have_retryable = false;
        for (name, value, pos) in fields {
            let field = Field::from_key(&name).unwrap_or(Field::Errata);
            code.at.fields.retain(|(f, _)| *f != field);
            code.at.fields.push((field, pos));
            let result = match field {
                Field::Code => {
                    have_code = true;
                    number(&value).map(|n| code.code = n)
                }
                Field::Name => text(&value).map(|t| code.name = t),
                Field::Category => text(&value).map(|t| code.category = t),
                Field::Description => text(&value).map(|t| code.description = t),
                Field::Action => text(&value).map(|t| code.action = t),
                Field::Retryable => {
                    have_retryable = true;
                    boolean(&value).map(|b| code.retryable = b)
                }
                Field::Success => boolean(&value).map(|b| code.success = b),
                Field::Solution => optional_string(&value).map(|t| code.solution = t),
                Field::SdkName => optional_string(&value).map(|t| code.sdk_name = t),
                Field::Errata => optional_string(&value).map(|t| code.errata = t),
                Field::Cause => optional_string(&value).map(|t| code.cause = t),
                Field::Since => optional_string(&value).map(|t| code.since = t),
                Field::Deprecated => optional_string(&value).map(|t| code.deprecated = t),
                Field::Texts => {
                    self.texts(&path, value, pos, &mut code);
                    Ok(())
                }
                _ => {
                    self.zh(&path, value, entry, pos, &mut code);
                    Ok(())
                }
            };
            if let Err(e) = result {
                code.broken.push(field);
                self.report(Diagnostic::at(pos, format!("{path}.{name}: {e}")));
            }
        }
        if !have_code {
            code.broken.push(Field::Code);
            let (pos, _) = code.at.insertion_point(Field::Code, &CODE_ORDER);
            self.report(
                Diagnostic::at(pos, format!("{path}: missing field `code`")).with_help(
                    code.at
                        .insertion_help(Field::Code, &CODE_ORDER, "<its number>"),
                ),
            );
        }
        if !have_retryable {
            code.broken.push(Field::Retryable);
            let (pos, _) = code.at.insertion_point(Field::Retryable, &CODE_ORDER);
            self.report(
                Diagnostic::at(pos, format!("{path}: missing field `retryable`")).with_help(
                    code.at
                        .insertion_help(Field::Retryable, &CODE_ORDER, "false")
                        + " (`true` when trying again later can succeed)",
                ),
            );
        }
        code
    }
}

/// The missing section a list under an unknown key holds, judged by its first entry's
/// keys (`code` for codes, `key` for categories).
fn section_by_content(value: &Node, missing: &[&'static str]) -> Option<&'static str> {
    let Node::Seq(items) = value else { return None };
    let Some(Node::Map(first)) = items.first() else {
        return None;
    };
    let has = |key: &str| first.iter().any(|(k, _)| k.key_text() == key);
    let section = if has("code") {
        "codes"
    } else if has("key") {
        "categories"
    } else {
        return None;
    };
    missing.contains(&section).then_some(section)
}

/// The top-level `wire:` map, read as the typed parse reads it: optional `code` and
/// `message` lists of names; a null name is kept, for the validate stage to report.
fn wire(node: Node) -> Result<Option<RawWire>, String> {
    let mut names = RawWire::default();
    let entries = match node {
        Node::Null => return Ok(None),
        Node::Map(entries) => entries,
        other => {
            return Err(format!(
                "invalid type: {}, expected wire names: a map with optional `code` and `message` lists of JSON field names",
                other.describe()
            ));
        }
    };
    for (key, value) in entries {
        let key = key.key_text();
        let list = match key.as_str() {
            "code" => &mut names.code,
            "message" => &mut names.message,
            _ => {
                return Err(format!(
                    "unknown field `{key}`, expected `code` or `message`"
                ));
            }
        };
        match value {
            Node::Seq(items) => {
                for item in &items {
                    list.push(text(item).map_err(|e| format!("{key}: {e}"))?);
                }
            }
            other => {
                return Err(format!(
                    "{key}: invalid type: {}, expected a sequence",
                    other.describe()
                ));
            }
        }
    }
    Ok(Some(names))
}

/// A required text: a scalar, or null (reported by the validate stage as missing).
fn text(node: &Node) -> Result<Text, String> {
    optional_string(node).map(|t| t.map_or_else(Text::default, Text::from))
}

fn optional_string(node: &Node) -> Result<Option<String>, String> {
    match node {
        Node::Null => Ok(None),
        Node::Seq(_) | Node::Map(_) => Err(format!(
            "invalid type: {}, expected a string",
            node.describe()
        )),
        scalar => Ok(scalar.scalar_text()),
    }
}

fn number(node: &Node) -> Result<u32, String> {
    match node {
        Node::Int(i) if *i >= 0 => {
            u32::try_from(*i).map_err(|_| format!("invalid value: integer `{i}`, expected u32"))
        }
        other => Err(format!("invalid type: {}, expected u32", other.describe())),
    }
}

fn boolean(node: &Node) -> Result<bool, String> {
    match node {
        Node::Bool(b) => Ok(*b),
        other => Err(format!(
            "invalid type: {}, expected a boolean",
            other.describe()
        )),
    }
}
