//! The rules of `zimerr diff`: what a change between two checked catalogs breaks.
//!
//! Each rule is a small function named after its rule id; its comment states the rule
//! and why it exists. A rule looks at a pair of matched entries (or at the unmatched
//! ones) and pushes at most one [`Change`] per thing it finds, so one mistake is one
//! record. Codes are matched by number, then by name; categories by key, then by ranges,
//! then by name: the same code under a new name is one rename, not a removal and an
//! addition.
//!
//! The classes, from worst to mildest, are those of [`Class`]. Where a change is two
//! things at once (a code removed without deprecation also takes its variant away), it
//! is recorded once, in its worst class, and its message says the rest.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use zimerr_catalog::{Catalog, Category, Code, Pos};

use super::side::{Extra, Side};

/// How bad a change is. The order is from worst to mildest; output is grouped by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Class {
    /// A generated Rust name changed or disappeared: code that names it stops compiling.
    BreakingApi,
    /// What a number means on the wire changed: clients, logs and dashboards that match
    /// on numbers (or on serialized keys) see something else.
    BreakingWire,
    /// The advice the catalog gives at run time changed: retry loops and handlers act
    /// differently.
    Behaviour,
    /// Something new that no existing user depends on.
    Additive,
    /// Text only.
    Documentation,
    /// Not a compatibility question: a catalog habit the change does not keep.
    Hygiene,
}

impl Class {
    /// Every class, in output order.
    pub(crate) const ALL: [Class; 6] = [
        Class::BreakingApi,
        Class::BreakingWire,
        Class::Behaviour,
        Class::Additive,
        Class::Documentation,
        Class::Hygiene,
    ];

    /// The stable id of the JSON records.
    pub(crate) fn id(self) -> &'static str {
        match self {
            Class::BreakingApi => "breaking-api",
            Class::BreakingWire => "breaking-wire",
            Class::Behaviour => "behaviour",
            Class::Additive => "additive",
            Class::Documentation => "documentation",
            Class::Hygiene => "hygiene",
        }
    }

    /// The heading of the text output.
    pub(crate) fn title(self) -> &'static str {
        match self {
            Class::BreakingApi => "breaking (Rust API)",
            Class::BreakingWire => "breaking (wire)",
            Class::Behaviour => "behaviour",
            Class::Additive => "additive",
            Class::Documentation => "documentation",
            Class::Hygiene => "hygiene",
        }
    }

    /// Whether the change breaks users: exit status 1.
    pub(crate) fn is_breaking(self) -> bool {
        matches!(self, Class::BreakingApi | Class::BreakingWire)
    }

    /// The version bump a crate that embeds the catalog needs for a change of this class.
    pub(crate) fn bump(self) -> Bump {
        match self {
            Class::BreakingApi | Class::BreakingWire => Bump::Major,
            Class::Behaviour | Class::Additive => Bump::Minor,
            Class::Documentation | Class::Hygiene => Bump::Patch,
        }
    }
}

/// A semver bump, smallest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Bump {
    /// Nothing changed.
    None,
    /// Text only.
    Patch,
    /// New things, or new run-time advice.
    Minor,
    /// Breaking.
    Major,
}

impl Bump {
    /// The stable id of the JSON records.
    pub(crate) fn id(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

/// Where a change is: a catalog's label and a position in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Loc {
    /// The side's label: the path, `REV:PATH` or the bundled catalog's name.
    pub(crate) path: String,
    /// The position.
    pub(crate) pos: Pos,
}

/// One change between OLD and NEW.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Change {
    /// The rule that found it (stable: documented in the README's rules table).
    pub(crate) rule: &'static str,
    /// How bad it is.
    pub(crate) class: Class,
    /// The code it is about, if one.
    pub(crate) code: Option<u32>,
    /// The key of the category it is about, if one (NEW's, or OLD's when removed).
    pub(crate) category: Option<String>,
    /// What changed and what it breaks.
    pub(crate) message: String,
    /// Where it is in OLD, when OLD has it.
    pub(crate) old: Option<Loc>,
    /// Where it is in NEW, when NEW has it.
    pub(crate) new: Option<Loc>,
}

/// The changes the rules push.
struct Found<'a> {
    old: &'a Side,
    new: &'a Side,
    changes: Vec<Change>,
}

impl Found<'_> {
    fn push(
        &mut self,
        rule: &'static str,
        class: Class,
        subject: Subject,
        message: String,
        old: Option<Pos>,
        new: Option<Pos>,
    ) {
        let (code, category) = match subject {
            Subject::Code(number) => (Some(number), None),
            Subject::Category(key) => (None, Some(key)),
            Subject::Catalog => (None, None),
        };
        self.changes.push(Change {
            rule,
            class,
            code,
            category,
            message,
            old: old.map(|pos| Loc {
                path: self.old.label.clone(),
                pos,
            }),
            new: new.map(|pos| Loc {
                path: self.new.label.clone(),
                pos,
            }),
        });
    }
}

/// What a change is about.
#[derive(Clone)]
enum Subject {
    Code(u32),
    Category(String),
    Catalog,
}

/// Every change from `old` to `new`, in a stable order: by class, then by where it is
/// (NEW's position, else OLD's), then by rule.
pub(crate) fn diff(old: &Side, new: &Side) -> Vec<Change> {
    let mut found = Found {
        old,
        new,
        changes: Vec::new(),
    };
    let categories = match_categories(&old.catalog, &new.catalog);
    catalog_rules(&mut found);
    category_rules(&mut found, &categories);
    code_rules(&mut found, &categories);
    found.changes.sort_by(|a, b| {
        let at = |c: &Change| {
            c.new
                .as_ref()
                .map(|l| (0, l.pos))
                .or_else(|| c.old.as_ref().map(|l| (1, l.pos)))
        };
        (a.class, at(a), a.rule).cmp(&(b.class, at(b), b.rule))
    });
    found.changes
}

// ---------------------------------------------------------------------------------------
// Catalog-level rules

fn catalog_rules(found: &mut Found<'_>) {
    prefix_changed(found);
    success_code_changed(found);
    languages_changed(found);
    markdown_changed(found);
    wire_names_changed(found);
    message_label_changed(found);
    let (old, new) = (found.old, found.new);
    extra_fields(
        found,
        &Subject::Catalog,
        "the catalog",
        &old.extra.catalog,
        &new.extra.catalog,
        Pos::START,
        Pos::START,
    );
}

/// `language-added` (additive), `language-removed` (behaviour) and
/// `main-language-changed` (behaviour): the catalog's languages (`languages`, and `zh`
/// when codes use the `zh:` key). A new language only adds text. A language gone makes
/// `description_in(tag)` and `--lang tag` fall back to the main language's text, and a
/// new main language changes what `description()` says: programs that show the text act
/// differently, none stops compiling (the trait's methods stay).
fn languages_changed(found: &mut Found<'_>) {
    let (old, new) = (&found.old.catalog, &found.new.catalog);
    let (old_at, new_at) = (found.old.key_at("languages"), found.new.key_at("languages"));
    let added: Vec<String> = new
        .languages()
        .iter()
        .filter(|t| !old.languages().contains(t))
        .cloned()
        .collect();
    let removed: Vec<String> = old
        .languages()
        .iter()
        .filter(|t| !new.languages().contains(t))
        .cloned()
        .collect();
    let main = (old.language() != new.language())
        .then(|| (old.language().to_owned(), new.language().to_owned()));
    for tag in added {
        let message = format!("the catalog gains the language `{tag}`");
        found.push(
            "language-added",
            Class::Additive,
            Subject::Catalog,
            message,
            None,
            Some(new_at),
        );
    }
    for tag in removed {
        let message = format!(
            "the catalog loses the language `{tag}`: `description_in(\"{tag}\")` and `--lang {tag}` \
             now give the main language's text"
        );
        found.push(
            "language-removed",
            Class::Behaviour,
            Subject::Catalog,
            message,
            Some(old_at),
            None,
        );
    }
    if let Some((was, is)) = main {
        let message = format!(
            "the main language changed from `{was}` to `{is}`: `description()`, `solution()` and \
             `LANGUAGE` give the text in another language"
        );
        let at = (found.old.key_at("language"), found.new.key_at("language"));
        found.push(
            "main-language-changed",
            Class::Behaviour,
            Subject::Catalog,
            message,
            Some(at.0),
            Some(at.1),
        );
    }
}

/// `markdown-changed`: `markdown: true` turned off is breaking (Rust API), since the
/// generated `description_markdown()`/`solution_markdown()` exist only with it; turned on
/// it is behaviour: `description()`, `Display` and the CLI now show links as
/// `text (url)` and drop emphasis markers.
fn markdown_changed(found: &mut Found<'_>) {
    let (was, is) = (found.old.catalog.markdown(), found.new.catalog.markdown());
    if was == is {
        return;
    }
    let at = (found.old.key_at("markdown"), found.new.key_at("markdown"));
    let (class, message) = if was {
        (
            Class::BreakingApi,
            "the catalog's texts are no longer Markdown: the generated `description_markdown()` \
             and `solution_markdown()` are gone",
        )
    } else {
        (
            Class::Behaviour,
            "the catalog's texts are now Markdown: `description()`, `Display` and the CLI show \
             links as `text (url)` and drop emphasis markers",
        )
    };
    found.push(
        "markdown-changed",
        class,
        Subject::Catalog,
        message.to_owned(),
        Some(at.0),
        Some(at.1),
    );
}

/// `wire-name-removed` (breaking, wire) and `wire-name-added` (additive): the JSON field
/// names the catalog declares in `wire`. An answer that carries its code (or message)
/// only under a removed name no longer decodes (or loses its message); a new name only
/// lets more answers decode.
fn wire_names_changed(found: &mut Found<'_>) {
    let (old, new) = (&found.old.catalog, &found.new.catalog);
    let (old_at, new_at) = (found.old.key_at("wire"), found.new.key_at("wire"));
    let mut changes = Vec::new();
    for (what, was, is) in [
        ("code", &old.wire_code_names(), &new.wire_code_names()),
        (
            "message",
            &old.wire_message_names(),
            &new.wire_message_names(),
        ),
    ] {
        for name in is.iter().filter(|n| !was.contains(n)) {
            changes.push((
                true,
                format!("the catalog declares the {what} field `{name}` in `wire`"),
            ));
        }
        for name in was.iter().filter(|n| !is.contains(n)) {
            changes.push((false, format!(
                "the catalog no longer declares the {what} field `{name}` in `wire`: answers that \
                 carry their {what} only there no longer read it"
            )));
        }
    }
    for (added, message) in changes {
        if added {
            found.push(
                "wire-name-added",
                Class::Additive,
                Subject::Catalog,
                message,
                None,
                Some(new_at),
            );
        } else {
            found.push(
                "wire-name-removed",
                Class::BreakingWire,
                Subject::Catalog,
                message,
                Some(old_at),
                None,
            );
        }
    }
}

/// `message-label-changed` (documentation): `Display` labels the message an error came
/// with differently (`message` when the catalog declares no `message_label`): text for
/// people, which programs should not parse.
fn message_label_changed(found: &mut Found<'_>) {
    let label = |c: &Catalog| c.message_label().unwrap_or("message").to_owned();
    let (was, is) = (label(&found.old.catalog), label(&found.new.catalog));
    if was == is {
        return;
    }
    let message = format!("`Display` labels an error's message `{is}` instead of `{was}`");
    let at = (
        found.old.key_at("message_label"),
        found.new.key_at("message_label"),
    );
    found.push(
        "message-label-changed",
        Class::Documentation,
        Subject::Catalog,
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// `prefix-changed` (breaking, Rust API): the catalog's `prefix` changed. It is the
/// generated `PREFIX` constant and the namespace of every diagnostic code
/// (`zim::6000106`), which `code!` literals, miette reports and log searches spell out.
/// Only a declared prefix is compared: without one it comes from the file's name, which
/// `diff` cannot judge (OLD is often a temporary copy).
fn prefix_changed(found: &mut Found<'_>) {
    let (old, new) = (&found.old.prefix_declared, &found.new.prefix_declared);
    if old.is_none() && new.is_none() {
        return;
    }
    let (was, is) = (&found.old.catalog.prefix(), &found.new.catalog.prefix());
    if was == is {
        return;
    }
    let message = format!(
        "the catalog's prefix changed from `{was}` to `{is}`: the generated `PREFIX` and \
         every diagnostic code change (`{was}::N` becomes `{is}::N`)"
    );
    let (old_at, new_at) = (found.old.prefix_at, found.new.prefix_at);
    found.push(
        "prefix-changed",
        Class::BreakingApi,
        Subject::Catalog,
        message,
        Some(old_at),
        Some(new_at),
    );
}

/// `success-code-changed` (breaking, wire): the code marked `success` is another number,
/// or an existing number became the success code where there was none, or there is none
/// any more. Every client tests for success by that number. A success code that is new
/// in a catalog that had none is only an addition (`code-added`): no number changed
/// meaning.
fn success_code_changed(found: &mut Found<'_>) {
    let success = |c: &Catalog| c.codes().iter().position(Code::success);
    let (was, is) = (success(&found.old.catalog), success(&found.new.catalog));
    let number = |side: &Side, i: Option<usize>| i.map(|i| side.catalog.codes()[i].code());
    let (was_n, is_n) = (number(found.old, was), number(found.new, is));
    if was_n == is_n {
        return;
    }
    if was_n.is_none() && is_n.is_some_and(|n| found.old.catalog.find(n).is_none()) {
        return;
    }
    let show = |n: Option<u32>| n.map_or_else(|| String::from("none"), |n| n.to_string());
    let message = format!(
        "the success code changed from {} to {}: clients test for success by this number",
        show(was_n),
        show(is_n)
    );
    let subject = is_n.or(was_n).map_or(Subject::Catalog, Subject::Code);
    let old_at = was.map(|i| found.old.code_at(i));
    let new_at = is.map(|i| found.new.code_at(i));
    found.push(
        "success-code-changed",
        Class::BreakingWire,
        subject,
        message,
        old_at,
        new_at,
    );
}

/// `field-added` (additive) and `field-changed` (behaviour): a field `diff` has no rule
/// for (a key a newer catalog format added) appeared, or changed or disappeared. A new
/// field only adds; a changed or removed one may matter in ways no rule here knows, so
/// it is shown for review (and fails with `--fail-on behaviour`).
fn extra_fields(
    found: &mut Found<'_>,
    subject: &Subject,
    what: &str,
    old: &Extra,
    new: &Extra,
    old_at: Pos,
    new_at: Pos,
) {
    let keys: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for key in keys {
        let subject = subject.clone();
        match (old.get(key), new.get(key)) {
            (None, Some((value, at))) => {
                let at = if at.line > 1 { *at } else { new_at };
                let message = format!(
                    "{what} gains the field `{key}`: {}",
                    super::side::show_value(value)
                );
                found.push(
                    "field-added",
                    Class::Additive,
                    subject,
                    message,
                    None,
                    Some(at),
                );
            }
            (Some((_, at)), None) => {
                let at = if at.line > 1 { *at } else { old_at };
                let message = format!(
                    "{what} loses the field `{key}`; `zimerr diff` has no rule for this field: \
                     review what it meant"
                );
                found.push(
                    "field-changed",
                    Class::Behaviour,
                    subject,
                    message,
                    Some(at),
                    None,
                );
            }
            (Some((was, o)), Some((is, n))) if was != is => {
                let o = if o.line > 1 { *o } else { old_at };
                let n = if n.line > 1 { *n } else { new_at };
                let message = format!(
                    "{what}'s field `{key}` changed from {} to {}; `zimerr diff` has no rule \
                     for this field: review what it means",
                    super::side::show_value(was),
                    super::side::show_value(is)
                );
                found.push(
                    "field-changed",
                    Class::Behaviour,
                    subject,
                    message,
                    Some(o),
                    Some(n),
                );
            }
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------------------
// Categories

/// For each of OLD's categories, the index of its counterpart in NEW.
pub(crate) type CategoryMap = Vec<Option<usize>>;

/// Matches categories: by key, then (among the rest) by the same non-empty ranges, then
/// by variant name; a key or name change is then a rename, not a removal plus an
/// addition.
pub(crate) fn match_categories(old: &Catalog, new: &Catalog) -> CategoryMap {
    let mut map: CategoryMap = vec![None; old.categories().len()];
    let mut taken = vec![false; new.categories().len()];
    let passes: [fn(&Category, &Category) -> bool; 3] = [
        |a, b| a.key() == b.key(),
        |a, b| !a.ranges().is_empty() && a.ranges() == b.ranges(),
        |a, b| a.name() == b.name(),
    ];
    for same in passes {
        for (i, o) in old.categories().iter().enumerate() {
            if map[i].is_some() {
                continue;
            }
            let hit = new
                .categories()
                .iter()
                .enumerate()
                .find(|&(j, n)| !taken[j] && same(o, n));
            if let Some((j, _)) = hit {
                map[i] = Some(j);
                taken[j] = true;
            }
        }
    }
    map
}

fn category_rules(found: &mut Found<'_>, map: &CategoryMap) {
    for (i, matched) in map.iter().enumerate() {
        match *matched {
            Some(j) => {
                category_renamed(found, i, j);
                category_key_changed(found, i, j);
                category_text_changed(found, i, j);
                let (o, n) = (found.old.category_at(i), found.new.category_at(j));
                let key = found.new.catalog.categories()[j].key().to_owned();
                let what = format!("category `{key}`");
                let (old, new) = (found.old, found.new);
                let (was, is) = (&old.extra.categories[i], &new.extra.categories[j]);
                extra_fields(found, &Subject::Category(key), &what, was, is, o, n);
            }
            None => category_removed(found, i),
        }
    }
    for j in 0..found.new.catalog.categories().len() {
        if !map.contains(&Some(j)) {
            category_added(found, j);
        }
    }
    range_placement(found, map);
}

/// `category-renamed` (breaking, Rust API): a category's `name`, its generated variant,
/// changed. Every `match` on the category enum names it.
fn category_renamed(found: &mut Found<'_>, i: usize, j: usize) {
    let (o, n) = (
        &found.old.catalog.categories()[i],
        &found.new.catalog.categories()[j],
    );
    if o.name() == n.name() {
        return;
    }
    let message = format!(
        "category `{}` renamed from `{}` to `{}`: every use of the category variant `{}` breaks",
        n.key(),
        o.name(),
        n.name(),
        o.name()
    );
    let at = (found.old.category_at(i), found.new.category_at(j));
    found.push(
        "category-renamed",
        Class::BreakingApi,
        Subject::Category(n.key().to_owned()),
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// `category-key-changed` (breaking, wire): a category's `key` changed (the category was
/// matched by its ranges or name). The key is what a category serializes as, what
/// `Category::key()` returns and what `zimerr list --category` takes.
fn category_key_changed(found: &mut Found<'_>, i: usize, j: usize) {
    let (o, n) = (
        &found.old.catalog.categories()[i],
        &found.new.catalog.categories()[j],
    );
    if o.key() == n.key() {
        return;
    }
    let message = format!(
        "category `{}` has the new key `{}`: it serializes as `\"{}\"` now, and readers of \
         `\"{}\"` reject it",
        o.key(),
        n.key(),
        n.key(),
        o.key()
    );
    let at = (found.old.category_at(i), found.new.category_at(j));
    found.push(
        "category-key-changed",
        Class::BreakingWire,
        Subject::Category(n.key().to_owned()),
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// `category-text-changed` (documentation): a category's `title` or `note` changed.
fn category_text_changed(found: &mut Found<'_>, i: usize, j: usize) {
    let (o, n) = (
        &found.old.catalog.categories()[i],
        &found.new.catalog.categories()[j],
    );
    let mut fields = Vec::new();
    if o.title() != n.title() {
        fields.push("title");
    }
    if o.note() != n.note() {
        fields.push("note");
    }
    if fields.is_empty() {
        return;
    }
    let message = format!("category `{}`: {} changed", n.key(), list(&fields));
    let at = (found.old.category_at(i), found.new.category_at(j));
    found.push(
        "category-text-changed",
        Class::Documentation,
        Subject::Category(n.key().to_owned()),
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// `category-removed` (breaking, Rust API): a category of OLD has no counterpart in NEW
/// by key, ranges or name. Its variant is gone; its codes are reported on their own.
fn category_removed(found: &mut Found<'_>, i: usize) {
    let o = &found.old.catalog.categories()[i];
    let message = format!(
        "category `{}` removed: every use of the category variant `{}` breaks",
        o.key(),
        o.name()
    );
    let at = found.old.category_at(i);
    found.push(
        "category-removed",
        Class::BreakingApi,
        Subject::Category(o.key().to_owned()),
        message,
        Some(at),
        None,
    );
}

/// `category-added` (additive): a category of NEW has no counterpart in OLD.
fn category_added(found: &mut Found<'_>, j: usize) {
    let n = &found.new.catalog.categories()[j];
    let message = format!("category `{}` (`{}`) added", n.key(), n.name());
    let at = found.new.category_at(j);
    found.push(
        "category-added",
        Class::Additive,
        Subject::Category(n.key().to_owned()),
        message,
        None,
        Some(at),
    );
}

/// The category whose ranges place an unknown `number` (narrowest range first, ties in
/// catalog order, as the generated `of_code` does).
fn placed(ranges: &[(u32, u32, zimerr_catalog::CategoryId)], number: u64) -> Option<usize> {
    ranges
        .iter()
        .find(|&&(a, b, _)| u64::from(a) <= number && number <= u64::from(b))
        .map(|&(_, _, id)| id.index())
}

/// `range-moves-numbers` (breaking, wire), `range-added` (additive) and
/// `ranges-rewritten` (documentation): what a change of ranges does to numbers the
/// catalog does not list. Those are placed in a category by its ranges; a range change
/// that places some of them in another category (or in none) changes what every reader
/// of an unknown code is told. Numbers that were in no category and now are in one only
/// gain a category. Ranges that changed without moving any number are rewritten only.
fn range_placement(found: &mut Found<'_>, map: &CategoryMap) {
    let (old, new) = (&found.old.catalog, &found.new.catalog);
    let (old_ranges, new_ranges) = (old.ranges_narrowest_first(), new.ranges_narrowest_first());
    // Placement is constant between consecutive range ends: one number per segment.
    let mut cuts: BTreeSet<u64> = BTreeSet::new();
    for &(a, b, _) in old_ranges.iter().chain(&new_ranges) {
        cuts.insert(u64::from(a));
        cuts.insert(u64::from(b) + 1);
    }
    let cuts: Vec<u64> = cuts.into_iter().collect();
    // (old category, new category) → the segments that move, merged when adjacent.
    let mut moves: Moves = BTreeMap::new();
    let mut moved_categories = BTreeSet::new();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1] - 1);
        let was = placed(&old_ranges, start);
        let is = placed(&new_ranges, start);
        let unchanged = match was {
            None => is.is_none(),
            Some(i) => map[i].is_some() && map[i] == is,
        };
        if unchanged {
            continue;
        }
        moved_categories.extend(was.and_then(|i| map[i]));
        moved_categories.extend(is);
        let segments = moves.entry((was, is)).or_default();
        match segments.last_mut() {
            Some(last) if last.1 + 1 == start => last.1 = end,
            _ => segments.push((start, end)),
        }
    }
    for ((was, is), segments) in moves {
        let spans = segments
            .iter()
            .map(|&(a, b)| {
                if a == b {
                    a.to_string()
                } else {
                    format!("{a}–{b}")
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        let old_at = was.map(|i| found.old.category_at(i));
        let new_at = is.map(|j| found.new.category_at(j));
        let new_key = is.map(|j| new.categories()[j].key().to_owned());
        match was {
            None => {
                let key = new_key.unwrap_or_default();
                let message = format!(
                    "unknown numbers {spans} are now placed in category `{key}` (they were in none)"
                );
                found.push(
                    "range-added",
                    Class::Additive,
                    Subject::Category(key),
                    message,
                    None,
                    new_at,
                );
            }
            Some(i) => {
                let from = old.categories()[i].key();
                let to = new_key.as_ref().map_or_else(
                    || String::from("no category"),
                    |k| format!("category `{k}`"),
                );
                let message = format!(
                    "unknown numbers {spans} move from category `{from}` to {to}: readers of \
                     such codes are told another category"
                );
                let subject = Subject::Category(new_key.unwrap_or_else(|| from.to_owned()));
                found.push(
                    "range-moves-numbers",
                    Class::BreakingWire,
                    subject,
                    message,
                    old_at,
                    new_at,
                );
            }
        }
    }
    for (i, matched) in map.iter().enumerate() {
        let Some(j) = *matched else { continue };
        let (o, n) = (&old.categories()[i], &new.categories()[j]);
        if o.ranges() == n.ranges() || moved_categories.contains(&j) {
            continue;
        }
        let message = format!(
            "category `{}`'s ranges changed from {} to {}; no unknown number moves",
            n.key(),
            show_ranges(o.ranges()),
            show_ranges(n.ranges())
        );
        let at = (found.old.category_at(i), found.new.category_at(j));
        found.push(
            "ranges-rewritten",
            Class::Documentation,
            Subject::Category(n.key().to_owned()),
            message,
            Some(at.0),
            Some(at.1),
        );
    }
}

/// (old category, new category) → the spans of unknown numbers that move between them.
type Moves = BTreeMap<(Option<usize>, Option<usize>), Vec<(u64, u64)>>;

fn show_ranges(ranges: &[(u32, u32)]) -> String {
    if ranges.is_empty() {
        return String::from("none");
    }
    ranges
        .iter()
        .map(|&(a, b)| format!("{a}–{b}"))
        .collect::<Vec<_>>()
        .join(", ")
}

// ---------------------------------------------------------------------------------------
// Codes

fn code_rules(found: &mut Found<'_>, categories: &CategoryMap) {
    let old_by_number: BTreeMap<u32, usize> = index(&found.old.catalog, Code::code);
    let new_by_number: BTreeMap<u32, usize> = index(&found.new.catalog, Code::code);
    let old_by_name: BTreeMap<&str, usize> = index(&found.old.catalog, Code::name);
    let new_by_name: BTreeMap<&str, usize> = index(&found.new.catalog, Code::name);
    let versions = states_versions(&found.old.catalog) || states_versions(&found.new.catalog);
    // Pairs whose fields are compared: same number and name, renamed, or renumbered.
    let mut pairs = Vec::new();
    for (i, o) in found.old.catalog.codes().iter().enumerate() {
        let same_number = new_by_number.get(&o.code()).copied();
        let same_name = new_by_name.get(o.name()).copied();
        match (same_number, same_name) {
            (Some(j), _) if found.new.catalog.codes()[j].name() == o.name() => pairs.push((i, j)),
            (Some(j), moved_out) => {
                let n = &found.new.catalog.codes()[j];
                let moved_in = old_by_name.contains_key(n.name());
                if moved_in || moved_out.is_some() || o.deprecated().is_some() {
                    number_reused(found, i, j, moved_out.is_some());
                } else {
                    code_renamed(found, i, j);
                    pairs.push((i, j));
                }
                if let Some(k) = moved_out {
                    code_renumbered(found, i, k);
                    pairs.push((i, k));
                }
            }
            (None, Some(k)) => {
                code_renumbered(found, i, k);
                pairs.push((i, k));
            }
            (None, None) => code_removed(found, i),
        }
    }
    for (j, n) in found.new.catalog.codes().iter().enumerate() {
        if !old_by_number.contains_key(&n.code()) && !old_by_name.contains_key(n.name()) {
            code_added(found, j);
            since_missing(found, j, versions);
            deprecation_without_reason(found, None, j);
        }
    }
    for (i, j) in pairs {
        code_category_changed(found, categories, i, j);
        action_changed(found, i, j);
        retryable_changed(found, i, j);
        code_deprecated(found, i, j);
        deprecation_without_reason(found, Some(i), j);
        code_text_changed(found, i, j);
        since_changed(found, i, j);
        let (o, n) = (found.old.code_at(i), found.new.code_at(j));
        let number = found.new.catalog.codes()[j].code();
        let what = format!("code {number}");
        let (old, new) = (found.old, found.new);
        let (was, is) = (&old.extra.codes[i], &new.extra.codes[j]);
        extra_fields(found, &Subject::Code(number), &what, was, is, o, n);
    }
}

/// The first position of each key (catalogs have unique numbers and names).
fn index<'a, K: Ord>(catalog: &'a Catalog, key: impl Fn(&'a Code) -> K) -> BTreeMap<K, usize> {
    let mut map = BTreeMap::new();
    for (i, code) in catalog.codes().iter().enumerate() {
        map.entry(key(code)).or_insert(i);
    }
    map
}

/// Whether the catalog states versions: some code has a `since`.
fn states_versions(catalog: &Catalog) -> bool {
    catalog.codes().iter().any(|c| c.since().is_some())
}

/// `code-renamed` (breaking, Rust API): the same number under another name, when
/// neither name is used elsewhere and the old code was not deprecated. The variant and
/// its constant are renamed: every `match` and every use breaks. The wire is unchanged.
fn code_renamed(found: &mut Found<'_>, i: usize, j: usize) {
    let (o, n) = (&found.old.catalog.codes()[i], &found.new.catalog.codes()[j]);
    let message = format!(
        "code {} renamed from `{}` to `{}`: every use of the variant `{}` and the constant `{}` breaks",
        n.code(),
        o.name(),
        n.name(),
        o.name(),
        o.constant()
    );
    let at = (found.old.code_at(i), found.new.code_at(j));
    found.push(
        "code-renamed",
        Class::BreakingApi,
        Subject::Code(n.code()),
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// `number-reused` (breaking, wire): a number now means another code: its old name moved
/// to another number, or the new name came from another number, or the old code was
/// deprecated (retired) and its number was given to a new name. Every client, log and
/// dashboard that knows the number reads the wrong meaning.
fn number_reused(found: &mut Found<'_>, i: usize, j: usize, old_name_survives: bool) {
    let (o, n) = (&found.old.catalog.codes()[i], &found.new.catalog.codes()[j]);
    let mut message = format!(
        "number {} was `{}` and is now `{}`: readers of {} get another meaning",
        n.code(),
        o.name(),
        n.name(),
        n.code()
    );
    if !old_name_survives {
        let _ = write!(message, "; the variant `{}` is gone", o.name());
    }
    if o.deprecated().is_some() {
        message.push_str(" (a retired number must not be reused)");
    }
    let at = (found.old.code_at(i), found.new.code_at(j));
    found.push(
        "number-reused",
        Class::BreakingWire,
        Subject::Code(n.code()),
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// `code-renumbered` (breaking, wire): the same name under another number. The Rust name
/// compiles on, but clients that know the old number no longer see it.
fn code_renumbered(found: &mut Found<'_>, i: usize, k: usize) {
    let (o, n) = (&found.old.catalog.codes()[i], &found.new.catalog.codes()[k]);
    let message = format!(
        "`{}` changed its number from {} to {}: clients that know {} no longer see it",
        n.name(),
        o.code(),
        n.code(),
        o.code()
    );
    let at = (found.old.code_at(i), found.new.code_at(k));
    found.push(
        "code-renumbered",
        Class::BreakingWire,
        Subject::Code(n.code()),
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// `code-removed` (breaking, wire) and `deprecated-code-removed` (breaking, Rust API): a
/// code of OLD is in NEW under neither its number nor its name. Without a deprecation in
/// OLD, users had no warning: servers may still send the number. After one, the wire
/// contract was announced as ending, but the variant and constant still disappear, which
/// breaks code that names them.
fn code_removed(found: &mut Found<'_>, i: usize) {
    let o = &found.old.catalog.codes()[i];
    let at = found.old.code_at(i);
    if o.deprecated().is_some() {
        let message = format!(
            "deprecated code {} `{}` removed: not a wire break, but the variant `{}` and the \
             constant `{}` are gone",
            o.code(),
            o.name(),
            o.name(),
            o.constant()
        );
        found.push(
            "deprecated-code-removed",
            Class::BreakingApi,
            Subject::Code(o.code()),
            message,
            Some(at),
            None,
        );
    } else {
        let message = format!(
            "code {} `{}` removed without being deprecated first: senders may still use {}, and \
             the variant `{}` is gone",
            o.code(),
            o.name(),
            o.code(),
            o.name()
        );
        found.push(
            "code-removed",
            Class::BreakingWire,
            Subject::Code(o.code()),
            message,
            Some(at),
            None,
        );
    }
}

/// `code-added` (additive): a code of NEW whose number and name OLD does not have.
/// (Adding a variant to an enum that is not `#[non_exhaustive]` is still breaking for
/// exhaustive matches; the generated code enum is `#[non_exhaustive]`.)
fn code_added(found: &mut Found<'_>, j: usize) {
    let n = &found.new.catalog.codes()[j];
    let message = format!("code {} `{}` added", n.code(), n.name());
    let at = found.new.code_at(j);
    found.push(
        "code-added",
        Class::Additive,
        Subject::Code(n.code()),
        message,
        None,
        Some(at),
    );
}

/// `code-category-changed` (behaviour): a code moved to another category (compared
/// through the category matching, so a renamed category does not count). Handlers that
/// dispatch on the category act differently.
fn code_category_changed(found: &mut Found<'_>, map: &CategoryMap, i: usize, j: usize) {
    let (o, n) = (&found.old.catalog.codes()[i], &found.new.catalog.codes()[j]);
    let was = o.category().index();
    let is = n.category().index();
    if map[was] == Some(is) {
        return;
    }
    let message = format!(
        "code {} `{}` moved from category `{}` to `{}`",
        n.code(),
        n.name(),
        found.old.catalog.categories()[was].key(),
        found.new.catalog.categories()[is].key()
    );
    let at = (found.old.code_at(i), found.new.code_at(j));
    found.push(
        "code-category-changed",
        Class::Behaviour,
        Subject::Code(n.code()),
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// `action-changed` (behaviour): a code's `action` changed; handlers that follow
/// `Error::action()` do something else.
fn action_changed(found: &mut Found<'_>, i: usize, j: usize) {
    let (o, n) = (&found.old.catalog.codes()[i], &found.new.catalog.codes()[j]);
    if o.action() == n.action() {
        return;
    }
    let message = format!(
        "code {} `{}`: action changed from `{}` to `{}`",
        n.code(),
        n.name(),
        o.action().key(),
        n.action().key()
    );
    let at = (found.old.code_at(i), found.new.code_at(j));
    found.push(
        "action-changed",
        Class::Behaviour,
        Subject::Code(n.code()),
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// `retryable-changed` (behaviour): a code's `retryable` flipped; every retry loop that
/// asks `is_retryable()` changes.
fn retryable_changed(found: &mut Found<'_>, i: usize, j: usize) {
    let (o, n) = (&found.old.catalog.codes()[i], &found.new.catalog.codes()[j]);
    if o.retryable() == n.retryable() {
        return;
    }
    let message = format!(
        "code {} `{}`: retryable changed from {} to {}: retry loops act differently",
        n.code(),
        n.name(),
        o.retryable(),
        n.retryable()
    );
    let at = (found.old.code_at(i), found.new.code_at(j));
    found.push(
        "retryable-changed",
        Class::Behaviour,
        Subject::Code(n.code()),
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// `code-deprecated` (additive): a code became deprecated. Its variant and constant warn
/// where they are used (a minor change, as Rust's API evolution RFC 1105 says; a crate
/// that denies warnings fails to build until it follows the note).
fn code_deprecated(found: &mut Found<'_>, i: usize, j: usize) {
    let (o, n) = (&found.old.catalog.codes()[i], &found.new.catalog.codes()[j]);
    if o.deprecated().is_some() || n.deprecated().is_none() {
        return;
    }
    let message = format!(
        "code {} `{}` deprecated: uses of the variant `{}` and the constant `{}` warn",
        n.code(),
        n.name(),
        n.name(),
        n.constant()
    );
    let at = (found.old.code_at(i), found.new.code_at(j));
    found.push(
        "code-deprecated",
        Class::Additive,
        Subject::Code(n.code()),
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// `code-text-changed` (documentation): text-only fields of a code changed: its
/// description, solution, cause, errata, SDK name, Chinese text, a deprecation's note
/// or its removal, or a `since` where there was none.
fn code_text_changed(found: &mut Found<'_>, i: usize, j: usize) {
    let (o, n) = (&found.old.catalog.codes()[i], &found.new.catalog.codes()[j]);
    let mut fields = Vec::new();
    if o.description() != n.description() {
        fields.push("description");
    }
    if o.solution() != n.solution() {
        fields.push("solution");
    }
    if o.cause() != n.cause() {
        fields.push("cause");
    }
    if o.errata() != n.errata() {
        fields.push("errata");
    }
    if o.sdk_name() != n.sdk_name() {
        fields.push("sdk_name");
    }
    if o.zh_description() != n.zh_description() || o.zh_solution() != n.zh_solution() {
        fields.push("zh");
    }
    // Other languages' texts (`zh` is compared above: `texts.zh` fills it too).
    let translations = translation_changes(&found.old.catalog, o, &found.new.catalog, n);
    fields.extend(translations.iter().map(String::as_str));
    match (&o.deprecated(), &n.deprecated()) {
        (Some(_), None) => fields.push("deprecated (no longer deprecated)"),
        (Some(was), Some(is)) if was != is => fields.push("deprecated"),
        _ => {}
    }
    if o.since().is_none() && n.since().is_some() {
        fields.push("since (stated)");
    }
    if fields.is_empty() {
        return;
    }
    let message = format!(
        "code {} `{}`: {} changed",
        n.code(),
        n.name(),
        list(&fields)
    );
    let at = (found.old.code_at(i), found.new.code_at(j));
    found.push(
        "code-text-changed",
        Class::Documentation,
        Subject::Code(n.code()),
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// The `texts.TAG` of each language whose text for a code changed, appeared or went
/// (other than `zh`), in NEW's order, then OLD's.
fn translation_changes(old: &Catalog, o: &Code, new: &Catalog, n: &Code) -> Vec<String> {
    let text = |catalog: &Catalog, code: &Code, tag: &str| {
        let i = catalog.languages().iter().position(|t| t == tag)?;
        catalog
            .translation(code, i)
            .map(|t| (t.description().to_owned(), t.solution().map(str::to_owned)))
    };
    let mut tags: Vec<&String> = new.languages().iter().collect();
    tags.extend(
        old.languages()
            .iter()
            .filter(|t| !new.languages().contains(t)),
    );
    tags.into_iter()
        .filter(|tag| *tag != "zh" && text(old, o, tag) != text(new, n, tag))
        .map(|tag| format!("texts.{tag}"))
        .collect()
}

/// `since-changed` (hygiene): an existing code's `since` changed or was dropped. The
/// version a code appeared in is history: rewriting it misleads readers who check
/// whether their version has the code.
fn since_changed(found: &mut Found<'_>, i: usize, j: usize) {
    let (o, n) = (&found.old.catalog.codes()[i], &found.new.catalog.codes()[j]);
    let Some(was) = &o.since() else { return };
    if n.since().as_ref() == Some(was) {
        return;
    }
    let is = n
        .since()
        .map_or_else(|| String::from("nothing"), |s| format!("`{s}`"));
    let message = format!(
        "code {} `{}`: since changed from `{was}` to {is}: the version a code appeared in does not change",
        n.code(),
        n.name()
    );
    let at = (found.old.code_at(i), found.new.code_at(j));
    found.push(
        "since-changed",
        Class::Hygiene,
        Subject::Code(n.code()),
        message,
        Some(at.0),
        Some(at.1),
    );
}

/// `since-missing` (hygiene): a new code without `since` in a catalog that states
/// versions (some code of OLD or NEW has one): readers cannot tell which versions have
/// it.
fn since_missing(found: &mut Found<'_>, j: usize, versions: bool) {
    let n = &found.new.catalog.codes()[j];
    if !versions || n.since().is_some() {
        return;
    }
    let message = format!(
        "new code {} `{}` has no `since`, and the catalog states versions: add the version it \
         appears in",
        n.code(),
        n.name()
    );
    let at = found.new.code_at(j);
    found.push(
        "since-missing",
        Class::Hygiene,
        Subject::Code(n.code()),
        message,
        None,
        Some(at),
    );
}

/// Words that say a code is deprecated without saying why.
const NO_REASON: [&str; 8] = [
    "deprecated",
    "obsolete",
    "yes",
    "true",
    "todo",
    "tbd",
    "removed",
    "unused",
];

/// Whether a deprecation note gives no reason: fewer than three words, or only a word
/// such as "deprecated" or "TODO".
pub(crate) fn gives_no_reason(note: &str) -> bool {
    let words: Vec<&str> = note
        .split(|c: char| !c.is_alphanumeric() && c != '`' && c != '_')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() < 3
        || words
            .iter()
            .all(|w| NO_REASON.contains(&w.to_lowercase().as_str()))
}

/// `deprecation-without-reason` (hygiene): a code newly deprecated (or added deprecated)
/// with a note that does not say why or what to use instead. The note is the
/// `#[deprecated]` message every user sees: "deprecated" alone helps nobody.
fn deprecation_without_reason(found: &mut Found<'_>, i: Option<usize>, j: usize) {
    let n = &found.new.catalog.codes()[j];
    let Some(note) = &n.deprecated() else { return };
    if i.is_some_and(|i| found.old.catalog.codes()[i].deprecated().is_some())
        || !gives_no_reason(note)
    {
        return;
    }
    let message = format!(
        "code {} `{}` is deprecated with the note {note:?}, which gives no reason: say why, and \
         what to use instead",
        n.code(),
        n.name()
    );
    let old_at = i.map(|i| found.old.code_at(i));
    let at = found.new.code_at(j);
    found.push(
        "deprecation-without-reason",
        Class::Hygiene,
        Subject::Code(n.code()),
        message,
        old_at,
        Some(at),
    );
}

/// `a`, `a and b`, `a, b and c`.
fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
