//! `zimerr explain`: everything the catalog says about some codes.

use std::io::{self, Write as _};

use anstyle::Style;
use zimerr_catalog::Code;

use crate::catalog::Db;
use crate::output::{self, Out, style};
use crate::{Failure, Status, resolve};

/// Width of the text: wrapped values end before this column.
const WIDTH: usize = 80;
/// Indentation of the fields under the heading.
const INDENT: &str = "  ";
/// Width of the label column at least (`description zh` fits); a catalog with longer
/// language tags widens it for all its fields.
const LABEL_WIDTH: usize = 14;

pub(crate) fn run(out: &mut Out, db: &Db, args: &[String], json: bool) -> Result<Status, Failure> {
    let pieces = resolve::split_codes(args);
    if pieces.is_empty() {
        return Err(Failure::Error(String::from(
            "nothing to explain: give a code number or name",
        )));
    }
    // Numbers in JSON order: known codes, and unknown numbers as `"known": false` records
    // so that a script sees every number it asked about.
    let mut numbers = Vec::new();
    let mut status = Status::Found;
    for piece in &pieces {
        match resolve::code(db, piece) {
            Ok(code) => numbers.push(code.code()),
            Err(miss) => {
                miss.report();
                status = Status::NotFound;
                if let Some(number) = resolve::number(piece) {
                    numbers.push(number);
                }
            }
        }
    }
    if json {
        out.json(&output::records(db, numbers))?;
        return Ok(status);
    }
    let known = numbers.iter().filter_map(|&n| db.code(n));
    for (i, code) in known.enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        explain(out, db, code)?;
    }
    Ok(status)
}

/// The text explanation of one code.
fn explain(out: &mut Out, db: &Db, code: &Code) -> io::Result<()> {
    let w = std::iter::once(db.catalog.language())
        .chain(db.catalog.languages().iter().map(String::as_str))
        .map(|tag| "description ".len() + tag.len())
        .fold(LABEL_WIDTH, usize::max);
    out.styled(style::CODE, code.code())?;
    write!(out, " ")?;
    out.styled(style::NAME, code.name())?;
    writeln!(out)?;
    for line in output::wrap(&db.description(code), WIDTH - INDENT.len()) {
        writeln!(out, "{INDENT}{line}")?;
    }
    writeln!(out)?;

    let category = db.category_of(code);
    let category_text = format!("{} ({})", category.title(), category.key());
    field(out, w, "category", style::CATEGORY, &category_text)?;
    if let Some(cause) = &code.cause() {
        field(out, w, "cause", Style::new(), cause)?;
    }
    // A vendor's bare "Please try again." under an action other than retry would send
    // on-call to repeat a request that cannot succeed: the action line says what to do
    // (`Action::help`, judged on the main language's text), and `--json` keeps the
    // verbatim solution.
    let says_more_than_try_again = code
        .solution()
        .is_none_or(|s| code.action().help(Some(s)) == s);
    if let Some(solution) = db.solution(code).filter(|_| says_more_than_try_again) {
        field(out, w, "solution", Style::new(), &solution)?;
    }
    let action = format!("{} ({})", code.action().key(), code.action().summary());
    field(out, w, "action", style::ACTION, &action)?;
    let (retry_style, retry_text) = if code.retryable() {
        (
            style::YES,
            "yes: the same request, unchanged, can succeed later, after the action",
        )
    } else {
        (style::NO, "no")
    };
    field(out, w, "retryable", retry_style, retry_text)?;
    if code.success() {
        field(
            out,
            w,
            "note",
            Style::new(),
            "the success code: not an error",
        )?;
    }
    if let Some(sdk_name) = &code.sdk_name() {
        field(out, w, "SDK name", Style::new(), sdk_name)?;
    }
    if let Some(since) = &code.since() {
        field(out, w, "since", Style::new(), since)?;
    }
    if let Some(deprecated) = &code.deprecated() {
        field(out, w, "deprecated", style::NO, deprecated)?;
    }
    if let Some(errata) = &code.errata() {
        field(out, w, "errata", style::DIM, errata)?;
    }
    // Every other language's text, but the one shown above; with `--lang` the main
    // language's text is listed here instead.
    if db.lang.is_some() {
        let main = &db.catalog.language();
        field(
            out,
            w,
            &format!("description {main}"),
            Style::new(),
            &db.plain(code.description()),
        )?;
        if let Some(solution) = &code.solution() {
            field(
                out,
                w,
                &format!("solution {main}"),
                Style::new(),
                &db.plain(solution),
            )?;
        }
    }
    for (i, tag) in db.catalog.languages().iter().enumerate() {
        let Some(text) = db
            .catalog
            .translation(code, i)
            .filter(|_| db.lang != Some(i))
        else {
            continue;
        };
        field(
            out,
            w,
            &format!("description {tag}"),
            Style::new(),
            &db.plain(text.description()),
        )?;
        if let Some(solution) = &text.solution() {
            field(
                out,
                w,
                &format!("solution {tag}"),
                Style::new(),
                &db.plain(solution),
            )?;
        }
    }
    Ok(())
}

/// `  label         value`, the value wrapped with a hanging indent.
fn field(
    out: &mut Out,
    label_width: usize,
    label: &str,
    value_style: Style,
    value: &str,
) -> io::Result<()> {
    let hanging = INDENT.len() + label_width + 1;
    let lines = output::wrap(value, WIDTH - hanging);
    write!(out, "{INDENT}")?;
    out.styled(style::LABEL, label)?;
    write!(out, "{}", output::padding(label, label_width))?;
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            write!(out, " ")?;
        } else {
            write!(out, "\n{:hanging$}", "")?;
        }
        out.styled(value_style, line)?;
    }
    writeln!(out)
}
