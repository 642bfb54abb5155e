//! `zimerr list` and `zimerr search`: codes as a table.

use std::io::{self, Write as _};

use crate::catalog::Db;
use crate::output::{self, Out, style};
use crate::{Failure, Status, resolve};

pub(crate) fn run_list(
    out: &mut Out,
    db: &Db,
    category: Option<&str>,
    json: bool,
) -> Result<Status, Failure> {
    let numbers: Vec<u32> = match category {
        Some(arg) => match resolve::category(db, arg) {
            Ok(id) => db
                .catalog
                .codes()
                .iter()
                .filter(|c| c.category() == id)
                .map(zimerr_catalog::Code::code)
                .collect(),
            Err(miss) => {
                if json {
                    out.json(&output::records(db, []))?;
                }
                miss.report();
                return Ok(Status::NotFound);
            }
        },
        None => db.numbers(),
    };
    print(out, db, &numbers, json)?;
    if numbers.is_empty() {
        crate::error("the category has no codes");
        return Ok(Status::NotFound);
    }
    Ok(Status::Found)
}

pub(crate) fn run_search(
    out: &mut Out,
    db: &Db,
    words: &[String],
    json: bool,
) -> Result<Status, Failure> {
    let words: Vec<String> = words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Err(Failure::Error(String::from(
            "nothing to search for: give at least one word",
        )));
    }
    let numbers = resolve::search(db, &words);
    print(out, db, &numbers, json)?;
    if !numbers.is_empty() {
        return Ok(Status::Found);
    }
    let miss = resolve::Miss {
        message: format!(
            "no code of {} matches `{}`",
            db.source.label(),
            words.join(" ")
        ),
        hints: hints_for_no_match(db, &words),
    };
    miss.report();
    Ok(Status::NotFound)
}

/// For a search without a match: for a single number, the nearest codes (digit typos
/// first); otherwise the same words spelled as the catalog spells them.
fn hints_for_no_match(db: &Db, words: &[String]) -> Vec<resolve::Hint> {
    if let [only] = words {
        if let Some(number) = resolve::number(only) {
            return resolve::unknown_number(db, number).hints;
        }
    }
    resolve::search_hint(db, words).into_iter().collect()
}

fn print(out: &mut Out, db: &Db, numbers: &[u32], json: bool) -> io::Result<()> {
    if json {
        return out.json(&output::records(db, numbers.iter().copied()));
    }
    table(out, db, numbers)
}

/// One line per code: code, name, category key, description on one line.
fn table(out: &mut Out, db: &Db, numbers: &[u32]) -> io::Result<()> {
    let codes: Vec<_> = numbers.iter().filter_map(|&n| db.code(n)).collect();
    let code_width = width(codes.iter().map(|c| c.code().to_string().len()));
    let name_width = width(codes.iter().map(|c| output::text_width(c.name())));
    let key_width = width(
        codes
            .iter()
            .map(|c| output::text_width(db.category_of(c).key())),
    );
    for code in codes {
        let number = code.code().to_string();
        let key = &db.category_of(code).key();
        out.styled(style::CODE, &number)?;
        write!(out, "{}  ", output::padding(&number, code_width))?;
        out.styled(style::NAME, code.name())?;
        write!(out, "{}  ", output::padding(code.name(), name_width))?;
        out.styled(style::CATEGORY, key)?;
        write!(out, "{}  ", output::padding(key, key_width))?;
        writeln!(out, "{}", output::one_line(&db.description(code)))?;
    }
    Ok(())
}

fn width(widths: impl Iterator<Item = usize>) -> usize {
    widths.max().unwrap_or(0)
}
