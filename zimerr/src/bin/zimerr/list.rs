//! `zimerr list` and `zimerr search`: codes as a table.

use std::io::{self, Write as _};

use serde_json::Value;
use zimerr::ZimErrorCode;

use crate::output::{self, Out, style};
use crate::{Failure, resolve};

pub(crate) fn run_list(out: &mut Out, category: Option<&str>, json: bool) -> Result<(), Failure> {
    let codes: Vec<ZimErrorCode> = match category {
        Some(arg) => resolve::category(arg)
            .map_err(Failure::Usage)?
            .codes()
            .collect(),
        None => ZimErrorCode::ALL.to_vec(),
    };
    print(out, &codes, json)?;
    Ok(())
}

pub(crate) fn run_search(out: &mut Out, words: &[String], json: bool) -> Result<(), Failure> {
    let words: Vec<String> = words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Err(Failure::Usage(String::from(
            "nothing to search for: give at least one word",
        )));
    }
    let codes: Vec<ZimErrorCode> = ZimErrorCode::ALL
        .iter()
        .copied()
        .filter(|&code| matches(code, &words))
        .collect();
    if codes.is_empty() {
        if json {
            out.json(&Value::Array(Vec::new()))?;
        }
        return Err(Failure::NotFound(format!(
            "no code matches `{}`",
            words.join(" ")
        )));
    }
    print(out, &codes, json)?;
    Ok(())
}

/// Whether every word occurs in the code's name, description or solution (lowercase
/// `words`; fields are searched separately, so a word never spans two of them).
fn matches(code: ZimErrorCode, words: &[String]) -> bool {
    let haystack = [
        code.name(),
        code.description(),
        code.solution().unwrap_or(""),
    ]
    .map(str::to_lowercase)
    .join("\n");
    words.iter().all(|word| haystack.contains(word.as_str()))
}

fn print(out: &mut Out, codes: &[ZimErrorCode], json: bool) -> io::Result<()> {
    if json {
        let records = codes
            .iter()
            .map(|&c| Value::Object(output::code_record(c)))
            .collect();
        return out.json(&Value::Array(records));
    }
    table(out, codes)
}

/// One line per code: code, name, category key, description on one line.
fn table(out: &mut Out, codes: &[ZimErrorCode]) -> io::Result<()> {
    let code_width = width(codes.iter().map(|c| c.code().to_string().len()));
    let name_width = width(codes.iter().map(|c| c.name().len()));
    let key_width = width(codes.iter().map(|c| c.category().key().len()));
    for &code in codes {
        let number = code.code().to_string();
        let key = code.category().key();
        out.styled(style::CODE, &number)?;
        write!(out, "{}  ", output::padding(&number, code_width))?;
        out.styled(style::NAME, code.name())?;
        write!(out, "{}  ", output::padding(code.name(), name_width))?;
        out.styled(style::CATEGORY, key)?;
        write!(out, "{}  ", output::padding(key, key_width))?;
        writeln!(out, "{}", output::one_line(code.description()))?;
    }
    Ok(())
}

fn width(widths: impl Iterator<Item = usize>) -> usize {
    widths.max().unwrap_or(0)
}
