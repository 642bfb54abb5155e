//! `zimerr scan`: count the ZIM codes in logs.
//!
//! The input is read through a fixed-size buffer and scanned as bytes by a small state
//! machine: a number is a maximal run of ASCII digits, and a run of exactly 7 digits
//! from 6000000 to 6999999 is a ZIM code. A run split across two reads carries over, so
//! the result does not depend on the buffer size, and nothing but the buffer and the
//! counts is kept: memory stays flat whatever the size of the log, even without
//! newlines. Codes 0 and 1 are not scanned for (every log is full of 0 and 1).

use std::collections::HashMap;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write as _};
use std::path::Path;

use serde_json::Value;
use zimerr::{Category, ZimErrorCode};

use crate::Failure;
use crate::output::{self, Out, style};

/// The read buffer: large enough that a read costs little next to scanning it.
pub(crate) const DEFAULT_BUFFER: u32 = 256 * 1024;

/// The smallest and largest number that counts as a ZIM code.
const FIRST: u32 = 6_000_000;
const LAST: u32 = 6_999_999;
/// A ZIM code has exactly this many digits.
const DIGITS: usize = 7;
/// The dense count table covers at most this many numbers from [`FIRST`] on; numbers
/// above it (none in today's catalog) are counted in a map.
const MAX_DENSE: u32 = 1 << 16;

/// The counts of the numbers found so far, and the digit run in progress.
#[derive(Debug)]
pub(crate) struct Tally {
    /// `dense[i]` counts `FIRST + i`; it reaches the catalog's largest code in range.
    dense: Vec<u64>,
    /// Counts of the numbers in range beyond `dense`.
    sparse: HashMap<u32, u64>,
    /// Digits in the current run (0 outside a number).
    run: usize,
    /// The value of the current run's digits (meaningful while `run <= DIGITS`).
    value: u32,
}

impl Tally {
    pub(crate) fn new() -> Self {
        let top = ZimErrorCode::ALL
            .iter()
            .map(|c| c.code())
            .filter(|c| (FIRST..=LAST).contains(c))
            .max()
            .map_or(0, |c| c - FIRST + 1)
            .min(MAX_DENSE);
        Tally {
            dense: vec![0; usize::try_from(top).unwrap_or(0)],
            sparse: HashMap::new(),
            run: 0,
            value: 0,
        }
    }

    /// Scans the next bytes of the input; a number may continue from the previous call.
    #[inline]
    pub(crate) fn feed(&mut self, bytes: &[u8]) {
        let (mut run, mut value) = (self.run, self.value);
        for &byte in bytes {
            let digit = byte.wrapping_sub(b'0');
            if digit < 10 {
                // Wraps harmlessly in runs longer than 7 digits, which are never counted.
                value = value.wrapping_mul(10).wrapping_add(u32::from(digit));
                run += 1;
            } else {
                if run == DIGITS {
                    self.record(value);
                }
                run = 0;
                value = 0;
            }
        }
        (self.run, self.value) = (run, value);
    }

    /// Ends an input: a number at its very end counts, and does not continue into the
    /// next input.
    pub(crate) fn end_input(&mut self) {
        if self.run == DIGITS {
            self.record(self.value);
        }
        (self.run, self.value) = (0, 0);
    }

    #[inline]
    fn record(&mut self, value: u32) {
        if !(FIRST..=LAST).contains(&value) {
            return;
        }
        let offset = (value - FIRST) as usize;
        if let Some(count) = self.dense.get_mut(offset) {
            *count += 1;
        } else {
            *self.sparse.entry(value).or_insert(0) += 1;
        }
    }

    /// The catalog codes found and the unknown numbers found, each with its count, most
    /// frequent first (ties by code).
    pub(crate) fn results(&self) -> Found {
        let dense = (FIRST..).zip(self.dense.iter().copied());
        let sparse = self.sparse.iter().map(|(&code, &count)| (code, count));
        let mut known = Vec::new();
        let mut unknown = Vec::new();
        for (number, count) in dense.chain(sparse).filter(|&(_, count)| count > 0) {
            match ZimErrorCode::from_code(number) {
                Some(code) => known.push((code, count)),
                None => unknown.push((number, count)),
            }
        }
        known.sort_by_key(|&(code, count)| (std::cmp::Reverse(count), code.code()));
        unknown.sort_by_key(|&(number, count)| (std::cmp::Reverse(count), number));
        Found { known, unknown }
    }
}

/// What a scan found, each list most frequent first (ties by code).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Found {
    /// The catalog's codes and their counts.
    pub(crate) known: Vec<(ZimErrorCode, u64)>,
    /// Numbers of the ZIM range the catalog does not know, and their counts.
    pub(crate) unknown: Vec<(u32, u64)>,
}

/// Scans all of `reader` with a buffer of `capacity` bytes.
pub(crate) fn scan_reader(reader: impl Read, capacity: usize, tally: &mut Tally) -> io::Result<()> {
    let mut reader = BufReader::with_capacity(capacity, reader);
    loop {
        let chunk = match reader.fill_buf() {
            Ok([]) => break,
            Ok(chunk) => chunk,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let len = chunk.len();
        tally.feed(chunk);
        reader.consume(len);
    }
    tally.end_input();
    Ok(())
}

pub(crate) fn run(
    out: &mut Out,
    files: &[OsString],
    buffer_size: u32,
    json: bool,
) -> Result<(), Failure> {
    let capacity = usize::try_from(buffer_size).unwrap_or(DEFAULT_BUFFER as usize);
    let mut tally = Tally::new();
    for file in files {
        scan_input(file, capacity, &mut tally)?;
    }
    let Found { known, unknown } = tally.results();
    if json {
        let records = known
            .iter()
            .map(|&(code, count)| {
                let mut record = output::code_record(code);
                record.insert("count".into(), count.into());
                Value::Object(record)
            })
            .chain(unknown.iter().map(|&(number, count)| {
                let mut record = output::unknown_record(number);
                record.insert("count".into(), count.into());
                Value::Object(record)
            }))
            .collect();
        out.json(&Value::Array(records))?;
    } else {
        print(out, &known, &unknown)?;
    }
    if known.is_empty() && unknown.is_empty() {
        let input = match files {
            [only] if only == "-" => String::from("standard input"),
            [only] => format!("`{}`", Path::new(only).display()),
            _ => String::from("the input"),
        };
        crate::error(&format!("no ZIM codes found in {input}"));
    }
    Ok(())
}

fn scan_input(file: &OsString, capacity: usize, tally: &mut Tally) -> Result<(), Failure> {
    if file == "-" {
        return scan_reader(io::stdin().lock(), capacity, tally).map_err(|e| {
            Failure::NotFound(format!(
                "cannot read standard input: {}",
                output::io_reason(&e)
            ))
        });
    }
    let path = Path::new(file);
    let handle = File::open(path).map_err(|e| {
        Failure::NotFound(format!(
            "cannot open `{}`: {}",
            path.display(),
            output::io_reason(&e)
        ))
    })?;
    scan_reader(handle, capacity, tally).map_err(|e| {
        Failure::NotFound(format!(
            "cannot read `{}`: {}",
            path.display(),
            output::io_reason(&e)
        ))
    })
}

fn print(out: &mut Out, known: &[(ZimErrorCode, u64)], unknown: &[(u32, u64)]) -> io::Result<()> {
    let counts = known.iter().map(|k| k.1).chain(unknown.iter().map(|u| u.1));
    let count_width = counts.map(|c| c.to_string().len()).max().unwrap_or(0);
    let name_width = known.iter().map(|k| k.0.name().len()).max().unwrap_or(0);
    for &(code, count) in known {
        out.styled(style::COUNT, format!("{count:>count_width$}"))?;
        write!(out, "  ")?;
        out.styled(style::CODE, code.code())?;
        write!(out, "  ")?;
        out.styled(style::NAME, code.name())?;
        write!(out, "{}  ", output::padding(code.name(), name_width))?;
        writeln!(out, "{}", output::one_line(code.description()))?;
    }
    if unknown.is_empty() {
        return Ok(());
    }
    if !known.is_empty() {
        writeln!(out)?;
    }
    out.styled(
        style::HEADING,
        "unknown codes (ZIM range, not in the catalog)",
    )?;
    writeln!(out)?;
    for &(number, count) in unknown {
        out.styled(style::COUNT, format!("{count:>count_width$}"))?;
        write!(out, "  ")?;
        out.styled(style::CODE, number)?;
        let place = match Category::of_code(number) {
            Some(category) => format!("in the range of {} ({})", category.title(), category.key()),
            None => String::from("outside the ranges of the catalog's categories"),
        };
        write!(out, "  ")?;
        out.styled(style::DIM, place)?;
        writeln!(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(code, count)` pairs.
    type Counts = Vec<(u32, u64)>;

    fn scan(bytes: &[u8], capacity: usize) -> (Counts, Counts) {
        let mut tally = Tally::new();
        scan_reader(bytes, capacity, &mut tally).unwrap();
        let Found { known, unknown } = tally.results();
        (
            known.into_iter().map(|(c, n)| (c.code(), n)).collect(),
            unknown,
        )
    }

    #[test]
    fn numbers_are_maximal_digit_runs() {
        let log = b"a 6000106 b16000106 60001060 600010612 6000106\nx6000106y 06000106 \
                    [6000104] 6000105,6000105 5999999 7000000 0 1 6000001";
        for capacity in [1, 2, 3, 7, 8, 64, 1 << 16] {
            assert_eq!(
                scan(log, capacity),
                (
                    vec![(6000106, 3), (6000001, 1), (6000104, 1)],
                    vec![(6000105, 2)]
                ),
                "capacity {capacity}"
            );
        }
    }

    #[test]
    fn a_number_at_the_end_counts_and_inputs_do_not_join() {
        let mut tally = Tally::new();
        scan_reader(&b"x 600"[..], 4, &mut tally).unwrap();
        scan_reader(&b"0106"[..], 4, &mut tally).unwrap();
        scan_reader(&b"6000104"[..], 4, &mut tally).unwrap();
        let found = tally.results();
        assert_eq!(found.known, [(ZimErrorCode::NetworkError, 1)]);
        assert!(found.unknown.is_empty());
    }

    #[test]
    fn invalid_utf8_is_just_bytes() {
        let log = b"\xff\xfe6000106\xc3\x28 6000106\x80";
        assert_eq!(scan(log, 5).0, [(6000106, 2)]);
    }

    #[test]
    fn ties_are_ordered_by_code() {
        let log = b"6000301 6000106 6000104 6000301";
        assert_eq!(scan(log, 64).0, [(6000301, 2), (6000104, 1), (6000106, 1)]);
    }

    #[test]
    fn every_catalog_code_but_0_and_1_is_scannable() {
        // If the catalog gains a code outside 6000000..=6999999, `scan` cannot find it:
        // this test is the reminder to widen the scanner.
        for code in ZimErrorCode::ALL {
            let n = code.code();
            assert!(
                n <= 1 || ((FIRST..=LAST).contains(&n) && n.to_string().len() == DIGITS),
                "{n}"
            );
        }
    }

    #[test]
    fn every_catalog_code_has_a_dense_slot() {
        let tally = Tally::new();
        let last = ZimErrorCode::ALL.iter().map(|c| c.code()).max().unwrap();
        assert_eq!(tally.dense.len(), (last - FIRST + 1) as usize);
        let mut tally = Tally::new();
        tally.feed(b"6999999 6999999 ");
        assert_eq!(tally.results().unknown, [(6999999, 2)]);
    }
}
