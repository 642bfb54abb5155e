//! One side of a diff: where it comes from, its checked catalog, where each entry is,
//! and the fields no rule of `diff` knows.

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::path::Path;
use std::process::Command;

use zimerr_catalog::model::raw::Field;
use zimerr_catalog::{Catalog, Pos, SourceText};

use crate::Failure;

/// Where a side comes from, as `OLD` or `NEW` was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    /// `client` or `server`: a bundled catalog, by name (as `--catalog` takes it).
    Bundled(&'static str),
    /// A catalog file.
    File(OsString),
    /// `REV:PATH`: the file at a git revision, read with `git show REV:PATH`.
    Git {
        /// The revision, as written.
        rev: String,
        /// The path, as written (git reads it from the repository's root unless it
        /// starts with `./`).
        path: String,
    },
}

impl Origin {
    /// `client` and `server` are the bundled catalogs (as for `--catalog`; write
    /// `./client` for a file of that name); an existing file is a file; `REV:PATH` with a
    /// non-empty revision and path is read from git; anything else is a file (whose
    /// reading then fails with a clear error).
    pub(crate) fn from_arg(arg: &OsStr) -> Origin {
        match arg.to_str() {
            Some("client") => return Origin::Bundled("client"),
            Some("server") => return Origin::Bundled("server"),
            _ => {}
        }
        if Path::new(arg).exists() {
            return Origin::File(arg.to_owned());
        }
        if let Some((rev, path)) = arg.to_str().and_then(|a| a.split_once(':')) {
            if !rev.is_empty() && !path.is_empty() {
                return Origin::Git {
                    rev: rev.to_owned(),
                    path: path.to_owned(),
                };
            }
        }
        Origin::File(arg.to_owned())
    }

    /// How locations name the side: the path, `REV:PATH`, or the bundled file's name.
    pub(crate) fn label(&self) -> String {
        match self {
            Origin::Bundled("server") => String::from("zim-server.yaml (bundled)"),
            Origin::Bundled(_) => String::from("errors.yaml (bundled)"),
            Origin::File(path) => path.to_string_lossy().into_owned(),
            Origin::Git { rev, path } => format!("{rev}:{path}"),
        }
    }

    /// The catalog's text. A git side is named by its path in diagnostics (so a catalog
    /// without `prefix` derives the same one as the working file); the caller says which
    /// revision before the problems.
    fn text(&self) -> Result<SourceText, Failure> {
        let (shown, bytes) = match self {
            Origin::Bundled("server") => return Ok(SourceText::bundled_server()),
            Origin::Bundled(_) => return Ok(SourceText::bundled()),
            Origin::File(path) => {
                let shown = path.to_string_lossy().into_owned();
                let bytes = std::fs::read(path).map_err(|e| {
                    Failure::Error(format!(
                        "cannot read catalog `{shown}`: {}",
                        crate::output::io_reason(&e)
                    ))
                })?;
                (shown, bytes)
            }
            Origin::Git { rev, path } => (path.clone(), git_show(rev, path)?),
        };
        SourceText::from_bytes(shown, bytes).map_err(|error| {
            self.problems(&error);
            Failure::Reported
        })
    }

    /// Every problem of a broken side on stderr, located, as `--catalog` reports them.
    fn problems(&self, error: &zimerr_catalog::Error) {
        let label = self.label();
        crate::error(&format!(
            "cannot compare `{label}`: the catalog has problems"
        ));
        for problem in error {
            crate::error(&format!("error: {problem}"));
        }
        let count = error.diagnostics().len();
        crate::error(&format!(
            "`{label}` has {count} problem{}; the format is described at {}",
            if count == 1 { "" } else { "s" },
            crate::catalog::CATALOG_DOCS
        ));
    }
}

/// `git show REV:PATH`, in the working directory.
fn git_show(rev: &str, path: &str) -> Result<Vec<u8>, Failure> {
    let spec = format!("{rev}:{path}");
    let output = Command::new("git")
        .args(["show", "--no-textconv", &spec])
        .output()
        .map_err(|e| {
            Failure::Error(format!(
                "cannot run `git show {spec}`: {}; is git installed and on the PATH?",
                crate::output::io_reason(&e)
            ))
        })?;
    if output.status.success() {
        return Ok(output.stdout);
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let reason = stderr
        .lines()
        .map(|l| l.trim().trim_start_matches("fatal: ").trim_end_matches('.'))
        .find(|l| !l.is_empty())
        .unwrap_or("git failed without a message");
    Err(Failure::Error(format!(
        "cannot read `{spec}` from git: {reason}; write OLD and NEW as a file, `client`, \
         `server`, or REV:PATH with a revision and a path git knows"
    )))
}

/// Fields no rule knows, by key: the value, and where its key is (line 1 when unknown).
pub(crate) type Extra = BTreeMap<String, (serde_yaml::Value, Pos)>;

/// The fields of the catalog, each category and each code that no rule of `diff` knows:
/// what a newer catalog format added. They are compared generically.
#[derive(Clone, Debug, Default)]
pub(crate) struct Extras {
    pub(crate) catalog: Extra,
    pub(crate) categories: Vec<Extra>,
    pub(crate) codes: Vec<Extra>,
}

/// The keys the rules know.
const CATALOG_KEYS: [&str; 8] = [
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
    "texts",
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
];

/// A checked catalog with what the rules need besides.
#[derive(Clone, Debug)]
pub(crate) struct Side {
    /// How locations name it.
    pub(crate) label: String,
    /// The catalog, as the engine checked it.
    pub(crate) catalog: Catalog,
    /// Where each code is (its `name:` value, else its entry), in catalog order.
    codes_at: Vec<Pos>,
    /// Where each category is (its `key:` value, else its entry).
    categories_at: Vec<Pos>,
    /// The `prefix` as written; `None` when it comes from the file name.
    pub(crate) prefix_declared: Option<String>,
    /// Where the `prefix:` value is.
    pub(crate) prefix_at: Pos,
    /// Where each catalog-level key after the sections is (`language:`, `wire:`, …).
    keys_at: Vec<(&'static str, Pos)>,
    /// Fields no rule knows.
    pub(crate) extra: Extras,
}

impl Side {
    /// Reads and checks a side through the engine; a broken one is reported on stderr
    /// with every problem located.
    pub(crate) fn load(arg: &OsStr) -> Result<Side, Failure> {
        let origin = Origin::from_arg(arg);
        let text = origin.text()?;
        match Side::from_source(origin.label(), &text) {
            Ok(side) => Ok(side),
            Err(error) => {
                origin.problems(&error);
                Err(Failure::Reported)
            }
        }
    }

    /// A side from text: the engine's checked catalog, and the positions its load stage
    /// records (the checked catalog keeps none; a catalog that passed the check loads
    /// again without problems, entry for entry in the same order).
    pub(crate) fn from_source(
        label: String,
        source: &SourceText,
    ) -> Result<Side, zimerr_catalog::Error> {
        let catalog = zimerr_catalog::check(source)?;
        let raw = zimerr_catalog::load::parse(source.text()).map_err(|d| source.locate(d))?;
        let codes_at = raw.codes.iter().map(|c| c.at.at(Field::Name)).collect();
        let categories_at = raw.categories.iter().map(|c| c.at.at(Field::Key)).collect();
        let extra = extras(source.text(), raw.categories.len(), raw.codes.len());
        Ok(Side {
            label,
            catalog,
            codes_at,
            categories_at,
            prefix_declared: raw.prefix,
            prefix_at: raw.prefix_at,
            keys_at: CATALOG_KEYS[3..]
                .iter()
                .map(|&key| (key, top_level_key(source.text(), key)))
                .collect(),
            extra,
        })
    }

    /// Where code `i` is.
    pub(crate) fn code_at(&self, i: usize) -> Pos {
        self.codes_at.get(i).copied().unwrap_or(Pos::START)
    }

    /// Where the catalog-level `key:` is (the file's start when it is not written).
    pub(crate) fn key_at(&self, key: &str) -> Pos {
        self.keys_at
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(Pos::START, |(_, at)| *at)
    }

    /// Where category `i` is.
    pub(crate) fn category_at(&self, i: usize) -> Pos {
        self.categories_at.get(i).copied().unwrap_or(Pos::START)
    }
}

/// The fields no rule knows, read from a generic YAML tree of a text the engine accepted
/// (so it parses, and its aliases are within the engine's budget).
pub(crate) fn extras(text: &str, categories: usize, codes: usize) -> Extras {
    let mut extras = Extras {
        catalog: Extra::new(),
        categories: vec![Extra::new(); categories],
        codes: vec![Extra::new(); codes],
    };
    let Ok(serde_yaml::Value::Mapping(top)) = serde_yaml::from_str::<serde_yaml::Value>(text)
    else {
        return extras;
    };
    for (key, value) in &top {
        let Some(key) = key.as_str() else { continue };
        if CATALOG_KEYS.contains(&key) {
            continue;
        }
        extras
            .catalog
            .insert(key.to_owned(), (value.clone(), top_level_key(text, key)));
    }
    let entries = |section: &str| match top.get(section) {
        Some(serde_yaml::Value::Sequence(entries)) => entries.clone(),
        _ => Vec::new(),
    };
    for (slot, entry) in extras.categories.iter_mut().zip(entries("categories")) {
        *slot = unknown_fields(&entry, &CATEGORY_KEYS);
    }
    for (slot, entry) in extras.codes.iter_mut().zip(entries("codes")) {
        *slot = unknown_fields(&entry, &CODE_KEYS);
    }
    extras
}

/// An entry's fields outside `known`, positioned at the entry (the caller's fallback).
fn unknown_fields(entry: &serde_yaml::Value, known: &[&str]) -> Extra {
    let Some(map) = entry.as_mapping() else {
        return Extra::new();
    };
    map.iter()
        .filter_map(|(k, v)| Some((k.as_str()?, v)))
        .filter(|(k, _)| !known.contains(k))
        .map(|(k, v)| (k.to_owned(), (v.clone(), Pos::START)))
        .collect()
}

/// Where a top-level `key:` is: the first line that starts with it.
fn top_level_key(text: &str, key: &str) -> Pos {
    text.lines()
        .position(|line| {
            line.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map_or(Pos::START, |i| Pos::new(i + 1, 1))
}

/// A value as one line of JSON, cut at 60 characters.
pub(crate) fn show_value(value: &serde_yaml::Value) -> String {
    let shown = serde_json::to_string(value).unwrap_or_else(|_| String::from("(a value)"));
    if shown.chars().count() <= 60 {
        shown
    } else {
        let cut: String = shown.chars().take(57).collect();
        format!("{cut}...")
    }
}
