//! `zimerr explain`: everything the catalog says about some codes.

use std::io::{self, Write as _};

use anstyle::Style;
use serde_json::Value;
use zimerr::ZimErrorCode;

use crate::output::{self, Out, style};
use crate::{Failure, resolve};

/// Width of the text: wrapped values end before this column.
const WIDTH: usize = 80;
/// Indentation of the fields under the heading.
const INDENT: &str = "  ";
/// Width of the label column.
const LABEL_WIDTH: usize = 14;

pub(crate) fn run(out: &mut Out, args: &[String], json: bool) -> Result<(), Failure> {
    let mut codes = Vec::new();
    let mut failed = false;
    for arg in args {
        match resolve::code(arg) {
            Ok(code) => codes.push(code),
            Err(message) => {
                crate::error(&message);
                failed = true;
            }
        }
    }
    if json {
        let records = codes
            .iter()
            .map(|&c| Value::Object(output::code_record(c)))
            .collect();
        out.json(&Value::Array(records))?;
    } else {
        for (i, &code) in codes.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            explain(out, code)?;
        }
    }
    if failed {
        Err(Failure::Reported)
    } else {
        Ok(())
    }
}

/// The text explanation of one code.
fn explain(out: &mut Out, code: ZimErrorCode) -> io::Result<()> {
    out.styled(style::CODE, code.code())?;
    write!(out, " ")?;
    out.styled(style::NAME, code.name())?;
    writeln!(out)?;
    for line in output::wrap(code.description(), WIDTH - INDENT.len()) {
        writeln!(out, "{INDENT}{line}")?;
    }
    writeln!(out)?;

    let category = code.category();
    field(
        out,
        "category",
        style::CATEGORY,
        &format!("{} ({})", category.title(), category.key()),
    )?;
    if let Some(solution) = code.solution() {
        field(out, "solution", Style::new(), solution)?;
    }
    let action = code.action();
    field(
        out,
        "action",
        style::ACTION,
        &format!("{} ({})", action.key(), action.description()),
    )?;
    let (retry_style, retry_text) = if code.is_retryable() {
        (style::YES, "yes: the same request can succeed later")
    } else {
        (style::NO, "no")
    };
    field(out, "retryable", retry_style, retry_text)?;
    if code.is_success() {
        field(out, "note", Style::new(), "the success code: not an error")?;
    }
    if let Some(sdk_name) = code.sdk_name() {
        field(out, "SDK name", Style::new(), sdk_name)?;
    }
    if let Some(errata) = code.errata() {
        field(out, "errata", style::DIM, errata)?;
    }
    if let Some(zh) = code.description_zh() {
        field(out, "description zh", Style::new(), zh)?;
    }
    if let Some(zh) = code.solution_zh() {
        field(out, "solution zh", Style::new(), zh)?;
    }
    Ok(())
}

/// `  label         value`, the value wrapped with a hanging indent.
fn field(out: &mut Out, label: &str, value_style: Style, value: &str) -> io::Result<()> {
    let hanging = INDENT.len() + LABEL_WIDTH + 1;
    let lines = output::wrap(value, WIDTH - hanging);
    write!(out, "{INDENT}")?;
    out.styled(style::LABEL, label)?;
    write!(out, "{}", output::padding(label, LABEL_WIDTH))?;
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
