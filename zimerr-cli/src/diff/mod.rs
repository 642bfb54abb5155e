//! `zimerr diff OLD NEW`: what a catalog change breaks, for code review and CI.
//!
//! Both sides are read and checked by the engine (a broken side is reported like any
//! catalog, located, exit status 2); the rules (`rules.rs`) classify every change; the
//! output groups them by class, each with NEW's `file:line` (OLD's for removals), and
//! suggests the version bump of a crate that embeds the catalog.

pub(crate) mod rules;
mod side;
#[cfg(test)]
mod tests;

use std::ffi::OsString;
use std::io::Write as _;

use serde_json::{Value, json};

use self::rules::{Bump, Change, Class, Loc};
pub(crate) use self::side::Side;
use crate::output::{Out, style};
use crate::{Failure, Status};

pub(crate) const DIFF_HELP: &str = "\
Classes, worst first (the zimerr-cli README has the rules table, with an example of each):
  breaking (Rust API)  a code's or category's variant renamed or removed, the prefix changed,
                       `markdown: true` turned off
  breaking (wire)      a code removed without being deprecated first, a number reused or a
                       name renumbered, a range change that moves unknown numbers to another
                       category, the success code changed, a category key changed, a `wire`
                       field name removed
  behaviour            a code's action, retryable or category changed; a language removed,
                       the main language changed, `markdown: true` turned on; a field diff
                       has no rule for changed or removed
  additive             a new code, category, field, range, language or `wire` field name; a
                       new deprecation
  documentation        text only (the `message_label` too)
  hygiene              a new code without `since` where the catalog states versions; a
                       deprecation without a reason; an existing code's `since` rewritten

Renames are found by number (codes) and by key, ranges or name (categories): the same code
under a new name is one rename, not a removal and an addition.

Each side is a catalog file, `client` or `server` (the bundled catalogs), or REV:PATH read
with `git show` (an existing file of that name wins; write ./client for a file named
client).

Examples:
  zimerr diff old.yaml errors.yaml
  zimerr diff HEAD~1:errors.yaml errors.yaml
  zimerr diff \"$(git merge-base origin/main HEAD):errors.yaml\" errors.yaml
  zimerr diff --fail-on behaviour main:errors.yaml errors.yaml
  zimerr --json diff v1.2.0:errors.yaml errors.yaml | jq '.[] | select(.class == \"breaking-wire\")'

Exit status:
  0  nothing breaking (with --fail-on behaviour: no behaviour change either)
  1  a breaking change (or, with --fail-on behaviour, a behaviour change)
  2  usage or I/O error: a bad option, a broken or unreadable catalog, a failed `git show`";

/// The options of `zimerr diff`.
#[derive(Debug, clap::Args)]
pub(crate) struct DiffArgs {
    /// The catalog before the change: a file, `client`, `server`, or `REV:PATH`.
    #[arg(value_name = "OLD")]
    pub(crate) old: OsString,

    /// The catalog after the change: a file, `client`, `server`, or `REV:PATH`.
    #[arg(value_name = "NEW")]
    pub(crate) new: OsString,

    /// The mildest class that makes the exit status 1: `breaking` (the default) or
    /// `behaviour`, which fails on behaviour changes too.
    #[arg(long, value_enum, value_name = "CLASS", default_value_t = FailOn::Breaking)]
    pub(crate) fail_on: FailOn,
}

/// `--fail-on`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum FailOn {
    /// Breaking changes (Rust API or wire) fail.
    Breaking,
    /// Breaking and behaviour changes fail.
    #[value(alias = "behavior")]
    Behaviour,
}

impl FailOn {
    fn fails(self, class: Class) -> bool {
        match self {
            FailOn::Breaking => class.is_breaking(),
            FailOn::Behaviour => class.is_breaking() || class == Class::Behaviour,
        }
    }
}

/// Runs `zimerr diff`.
pub(crate) fn run(out: &mut Out, args: &DiffArgs, json: bool) -> Result<Status, Failure> {
    // Both sides are read before either is reported: a broken OLD and a broken NEW are
    // both shown in one run.
    let old = Side::load(&args.old);
    let new = Side::load(&args.new);
    let (old, new) = (old?, new?);
    let changes = rules::diff(&old, &new);
    if json {
        out.json(&records(&changes))?;
    } else {
        text(out, &old, &new, &changes)?;
    }
    let fails = changes.iter().any(|c| args.fail_on.fails(c.class));
    Ok(if fails {
        Status::NotFound
    } else {
        Status::Found
    })
}

/// The bump all changes need together.
pub(crate) fn bump(changes: &[Change]) -> Bump {
    changes
        .iter()
        .map(|c| c.class.bump())
        .max()
        .unwrap_or(Bump::None)
}

/// The suggestion for a crate at 1.0 or later, and the rule for 0.x, as Cargo reads
/// versions (the left-most non-zero number is the major one).
fn bump_advice(bump: Bump) -> &'static str {
    match bump {
        Bump::None => "none",
        Bump::Patch => "patch (0.y.z: z)",
        Bump::Minor => "minor (0.y.z: z, as Cargo treats 0.y as the major version)",
        Bump::Major => "major (0.y.z: y, as Cargo treats 0.y as the major version)",
    }
}

fn location(loc: &Loc) -> String {
    format!("{}:{}:{}", loc.path, loc.pos.line, loc.pos.col)
}

/// The human output: changes grouped by class, each with NEW's location (OLD's for a
/// removal), then a summary and the suggested bump.
fn text(out: &mut Out, old: &Side, new: &Side, changes: &[Change]) -> std::io::Result<()> {
    if changes.is_empty() {
        writeln!(
            out,
            "no changes between `{}` and `{}`",
            old.label, new.label
        )?;
        writeln!(
            out,
            "suggested version bump for a crate embedding the catalog: none"
        )?;
        return Ok(());
    }
    let mut counts = Vec::new();
    for class in Class::ALL {
        let of_class: Vec<&Change> = changes.iter().filter(|c| c.class == class).collect();
        if of_class.is_empty() {
            continue;
        }
        let heading = if class.is_breaking() {
            style::NO
        } else {
            style::HEADING
        };
        out.styled(heading, format!("{} ({})", class.title(), of_class.len()))?;
        writeln!(out)?;
        for change in &of_class {
            let at = change.new.as_ref().or(change.old.as_ref());
            write!(out, "  ")?;
            if let Some(at) = at {
                out.styled(style::DIM, format!("{}: ", location(at)))?;
            }
            write!(out, "{} ", change.message)?;
            out.styled(style::DIM, format!("[{}]", change.rule))?;
            writeln!(out)?;
        }
        writeln!(out)?;
        counts.push(format!("{} {}", of_class.len(), class.title()));
    }
    writeln!(
        out,
        "{} change{}: {}",
        changes.len(),
        if changes.len() == 1 { "" } else { "s" },
        counts.join(", ")
    )?;
    writeln!(
        out,
        "suggested version bump for a crate embedding the catalog: {}",
        bump_advice(bump(changes))
    )
}

/// The JSON output: one record per change, every record with the same keys.
pub(crate) fn records(changes: &[Change]) -> Value {
    let loc = |l: &Option<Loc>| {
        l.as_ref().map_or(
            Value::Null,
            |l| json!({"file": l.path, "line": l.pos.line, "column": l.pos.col}),
        )
    };
    Value::Array(
        changes
            .iter()
            .map(|c| {
                json!({
                    "rule": c.rule,
                    "class": c.class.id(),
                    "breaking": c.class.is_breaking(),
                    "semver": c.class.bump().id(),
                    "code": c.code,
                    "category": c.category,
                    "message": c.message,
                    "old": loc(&c.old),
                    "new": loc(&c.new),
                })
            })
            .collect(),
    )
}
