//! `zimerr scan`: count the catalog's codes in logs.
//!
//! The input is read through a fixed-size buffer and scanned a digit run at a time (the
//! rules are in `zimerr scan --help`; `scan/reference.rs` states them plainly and tests
//! the scanner against them): a number is a maximal run of ASCII digits without leading
//! zeros, standing alone as a word (no ASCII letter or `_` touches it) and not part of a
//! decimal number (`6000106.50`). It counts when it is a code of a catalog, or an
//! unknown number in the range of one of its categories, at least `--min-code`, and (unless
//! `--all-numbers`) in an error role: `scan/role.rs` judges that on the bytes before it,
//! which only such numbers cost. What a read leaves unfinished (a digit run, its last
//! bytes, an escape sequence, the last `role::WINDOW` bytes) carries over to the next, so
//! the result does not depend on the buffer size, and nothing but the buffer and the
//! counts is kept: memory stays flat whatever the size of the log, even without newlines.
//!
//! With several catalogs, each code found is attributed to the catalog that knows it, or
//! reported as ambiguous when several do.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write as _};
use std::path::Path;

use rustc_hash::FxHashMap;
use serde_json::{Value, json};

use self::role::{AFTER, Keys, Role, WINDOW};
use crate::catalog::{Db, Source};
use crate::cli::ScanArgs;
use crate::output::{self, Out, style};
use crate::{Failure, Status};

/// The read buffer: large enough that a read costs little next to scanning it.
pub(crate) const DEFAULT_BUFFER: u32 = 256 * 1024;

/// The default `--min-code` of catalogs whose codes below it are at most 0 and 1 (ZIM's:
/// 0, 1, then 6000001 on). 0 and 1 are everywhere in logs as flags (`ok=1`, `ret=0`), and
/// most small numbers are counts, ports or HTTP statuses: a catalog without short codes
/// has no use for them.
pub(crate) const MIN_CODE: u32 = 1000;

/// The default `--min-code` of catalogs with short codes (Agora's 1 to 134, an errno
/// table): every code but 0, which is success in nearly every vendor's numbering.
pub(crate) const MIN_SHORT_CODE: u32 = 1;

/// The `--min-code` a scan of `dbs` uses unless one is given: [`MIN_SHORT_CODE`] when a
/// catalog has a code or a category range from 2 to 999, else [`MIN_CODE`].
pub(crate) fn default_min_code(dbs: &[&Db]) -> u32 {
    let has_short = dbs.iter().any(|db| {
        has_short_numbers(
            db.catalog.codes().iter().map(zimerr_catalog::Code::code),
            db.catalog
                .categories()
                .iter()
                .flat_map(|c| c.ranges().iter().copied()),
        )
    });
    if has_short { MIN_SHORT_CODE } else { MIN_CODE }
}

/// Whether a code, or a range's end or span, is from 2 to 999: [`default_min_code`]'s
/// test of one catalog.
fn has_short_numbers(
    mut codes: impl Iterator<Item = u32>,
    mut ranges: impl Iterator<Item = (u32, u32)>,
) -> bool {
    let short = |n: u32| (2..MIN_CODE).contains(&n);
    codes.any(short) || ranges.any(|(first, last)| first < MIN_CODE && last >= 2)
}

/// Where a code occurs: the input (an index into the scan's inputs) and the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Location {
    pub(crate) input: u32,
    pub(crate) line: u64,
}

/// How often a number occurred, and where (the first locations, with `--lines`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) count: u64,
    pub(crate) locations: Vec<Location>,
}

/// What a scan looks for, besides the catalogs.
#[derive(Clone, Debug)]
pub(crate) struct Options {
    /// The smallest number that counts.
    pub(crate) min_code: u32,
    /// Whether to count lines and keep locations.
    pub(crate) lines: bool,
    /// Locations kept per number; 0 keeps all.
    pub(crate) max_lines: usize,
    /// Count every number, in any role (`--all-numbers`).
    pub(crate) all_numbers: bool,
    /// The error-like keys besides the built-in ones (`--key`).
    pub(crate) keys: Vec<String>,
}

impl Options {
    /// The default rules, with `--lines` or not.
    #[cfg(test)]
    pub(crate) fn new(min_code: u32, lines: bool, max_lines: usize) -> Self {
        Options {
            min_code,
            lines,
            max_lines,
            all_numbers: false,
            keys: Vec::new(),
        }
    }
}

/// The extra error-like keys a catalog gives the scan: the field names it declares as
/// carrying a code (its `wire: {code: […]}`), as `Error<C>` reads them from JSON, and the
/// names a log gives the vendor's code after the vendor: the catalog's `prefix`, whole or
/// one of its words, before a code key ([`VENDOR_KEY_ENDS`]): `zoom_code`, `jpushCode`,
/// `graph_errcode` for the prefixes `zoom`, `jpush`, `meta_graph`.
pub(crate) fn catalog_keys(catalog: &zimerr_catalog::Catalog) -> Vec<String> {
    let words = prefix_words(catalog);
    // The whole prefix too (for a one-word prefix, a harmless repeat).
    let whole = words.concat();
    let mut keys = catalog.wire_code_names().to_vec();
    for vendor in words.iter().copied().chain([whole.as_str()]) {
        keys.extend(VENDOR_KEY_ENDS.iter().map(|end| format!("{vendor}{end}")));
    }
    keys
}

/// The names a log calls a catalog's vendor by: the first word of its `prefix` and the
/// whole prefix without separators (`tencent` and `tencentchat` for `tencent-chat`).
pub(crate) fn catalog_vendors(catalog: &zimerr_catalog::Catalog) -> Vec<String> {
    let words = prefix_words(catalog);
    // For a one-word prefix the two are the same: a harmless repeat.
    words
        .first()
        .map(|w| (*w).to_owned())
        .into_iter()
        .chain([words.concat()])
        .collect()
}

/// The words of a catalog's `prefix`: its runs of ASCII letters and digits.
fn prefix_words(catalog: &zimerr_catalog::Catalog) -> Vec<&str> {
    catalog
        .prefix()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect()
}

/// The names of a catalog's codes, as a log may write them next to their number: each
/// code's name and SDK name.
pub(crate) fn catalog_names(catalog: &zimerr_catalog::Catalog) -> impl Iterator<Item = &str> {
    catalog
        .codes()
        .iter()
        .flat_map(|code| std::iter::once(code.name()).chain(code.sdk_name()))
}

/// The texts of a catalog's codes as a log may echo them next to their number (see
/// [`role::echo_phrase`]): the first clause of each code's description, in each of the
/// catalog's languages.
pub(crate) fn catalog_phrases(
    catalog: &zimerr_catalog::Catalog,
) -> impl Iterator<Item = (u32, Box<[u8]>)> + '_ {
    catalog.codes().iter().flat_map(|code| {
        let translated = code
            .texts()
            .iter()
            .flatten()
            .map(zimerr_catalog::Translation::description);
        std::iter::once(code.description())
            .chain(translated)
            .filter_map(role::echo_phrase)
            .map(|phrase| (code.code(), phrase))
    })
}

/// The names and SDK names of a catalog's codes, normalized (see [`role::own_name`]).
pub(crate) fn catalog_own_names(
    catalog: &zimerr_catalog::Catalog,
) -> impl Iterator<Item = (u32, Box<[u8]>)> + '_ {
    catalog.codes().iter().flat_map(|code| {
        std::iter::once(code.name())
            .chain(code.sdk_name())
            .filter_map(role::own_name)
            .map(|name| (code.code(), name))
    })
}

/// The code keys that a catalog's `prefix` may stand before (see [`catalog_keys`]).
pub(crate) const VENDOR_KEY_ENDS: &[&str] = &["code", "err", "errno", "retcode", "resultcode"];

/// What the next read needs to know about the bytes before it.
#[derive(Clone, Copy, Debug)]
struct Cursor {
    /// The last two bytes read: a number right after `x` or `1.` does not count. Spaces
    /// at the start of an input, which is a boundary.
    last: [u8; 2],
    /// Where the bytes read leave an ANSI escape sequence: one may end in the next read,
    /// right before a number.
    escape: Escape,
    /// A digit run that reaches the end of the read: it may go on in the next.
    open: Option<Run>,
    /// A number followed by `.`, `-` or `:` at the end of the read, and whether it
    /// stands in an error role: whether it counts depends on the next byte.
    pending: Option<Pending>,
    /// The line at the end of the bytes read, from 1 (counted with `--lines` only).
    line: u64,
}

impl Cursor {
    const START: Cursor = Cursor {
        last: [b' '; 2],
        escape: Escape::Outside,
        open: None,
        pending: None,
        line: 1,
    };
}

/// A number whose last byte is the last of a read but one, which is `sep`.
#[derive(Clone, Copy, Debug)]
struct Pending {
    value: u64,
    sep: u8,
    /// Whether it stands in an error role (every number does with `--all-numbers`).
    in_role: bool,
    /// Whether what follows decides (the bytes before it are in
    /// `Scanner::pending_before`): in an error role, a number that may be an HTTP status;
    /// in none, a catalog's code.
    named_by_next: bool,
}

/// A number whose line goes on past the read, and what follows it decides
/// ([`Scanner::counts_by_next`]).
#[derive(Clone, Debug)]
struct Waiting {
    value: u64,
    /// Whether it stands in an error role.
    in_role: bool,
    /// Its line (with `--lines`).
    line: u64,
    /// The bytes before it, at most `WINDOW`.
    before: Vec<u8>,
    /// The bytes after it so far, at most `AFTER`, no newline among them.
    after: Vec<u8>,
}

/// The bytes of `rest` up to the end of its line, at most `room`, and whether that is all
/// of them (the line ends in `rest`, or `room` bytes are taken).
fn line_part(rest: &[u8], room: usize) -> (&[u8], bool) {
    let rest = &rest[..rest.len().min(room)];
    match memchr::memchr(b'\n', rest) {
        Some(newline) => (&rest[..newline], true),
        None => (rest, rest.len() == room),
    }
}

/// The bytes of `rest` up to the end of its line, at most `AFTER`, if they are all at hand.
fn in_line(rest: &[u8]) -> Option<&[u8]> {
    let (part, whole) = line_part(rest, AFTER);
    whole.then_some(part)
}

impl Waiting {
    /// Takes the bytes of `more` that follow it in its line, up to `AFTER`; whether its
    /// line has ended (or `AFTER` bytes are at hand).
    fn take(&mut self, more: &[u8]) -> bool {
        let (part, whole) = line_part(more, AFTER.saturating_sub(self.after.len()));
        self.after.extend_from_slice(part);
        whole
    }
}

/// A digit run cut by the end of a read.
#[derive(Clone, Copy, Debug)]
struct Run {
    /// Its digits so far.
    len: usize,
    /// Their value, while they are few enough for a `u32` (it wraps harmlessly in
    /// longer runs, which never count).
    value: u64,
    /// Whether it starts with `0`.
    leading_zero: bool,
    /// Whether what comes before it keeps it from counting.
    blocked: bool,
    /// Whether it stands in an error role (judged when it starts, where the bytes
    /// before it are at hand).
    role: Role,
    /// The byte before it.
    opening: u8,
}

impl Run {
    fn extend(&mut self, digits: &[u8]) {
        self.len = self.len.saturating_add(digits.len());
        self.value = digits.iter().fold(self.value, |value, &d| {
            value.wrapping_mul(10).wrapping_add(u64::from(d - b'0'))
        });
    }
}

/// What to look for, and what was found.
#[derive(Clone, Debug)]
pub(crate) struct Scanner {
    /// Slot of each catalog code that can be found (at least the minimum).
    known: FxHashMap<u32, usize>,
    /// The numbers of the slots, in catalog order (the first catalog's first).
    slots: Vec<u32>,
    /// The catalogs that know each slot's number, a bit per catalog.
    owners: Vec<u64>,
    /// The catalog's category ranges from the minimum on, merged and sorted.
    ranges: Vec<(u32, u32)>,
    /// The success codes no catalog knows otherwise, sorted: never counted, not even as
    /// unknown numbers of a range.
    successes: Vec<u32>,
    /// Every number outside `low..=high` is rejected by one comparison.
    low: u64,
    high: u64,
    /// What each number of `low..=high` is, when there are at most `TABLE_MAX` (a
    /// catalog's codes and ranges are usually close together: 6000000-6000899 for ZIM
    /// from the default `--min-code` on): one index instead of a hash lookup. `NOTHING`,
    /// `IN_RANGE` or a slot plus 1; empty when the numbers are too far apart.
    table: Vec<u32>,
    /// The digits of `low` and of `high`: a run of another length is skipped before its
    /// value or its neighbours are looked at (most numbers of a log are).
    min_len: usize,
    max_len: usize,
    /// Counts of the catalog's codes, by slot.
    counts: Vec<Entry>,
    /// Counts of unknown numbers in a category's range.
    unknown: FxHashMap<u32, Entry>,
    /// Whether to count lines and keep locations.
    lines: bool,
    /// Locations kept per number; 0 keeps all.
    max_lines: usize,
    /// Count every number, in any role.
    all_numbers: bool,
    /// The error-like keys.
    keys: Keys,
    /// The last bytes of the earlier reads of this input (at most `WINDOW`), where the
    /// key and clause of a number at the start of a read are.
    history: Vec<u8>,
    /// The texts of each slot's code that name it next to its number.
    phrases: Vec<Vec<Box<[u8]>>>,
    /// The names of each slot's code, normalized.
    own_names: Vec<Vec<Box<[u8]>>>,
    /// The numbers that what follows them decides, whose line goes on in the next read.
    waiting: Vec<Waiting>,
    /// The bytes before the open digit run, and before the pending number: what follows
    /// them is in the next read.
    run_before: Vec<u8>,
    pending_before: Vec<u8>,
    /// The input being scanned.
    input: u32,
    cursor: Cursor,
}

impl Scanner {
    /// A scanner for the codes of `dbs` (at most 64 catalogs; later ones are ignored).
    pub(crate) fn new(dbs: &[&Db], options: &Options) -> Self {
        let min_code = options.min_code;
        let dbs = &dbs[..dbs.len().min(64)];
        let mut slots: Vec<u32> = Vec::new();
        let mut owners: Vec<u64> = Vec::new();
        let mut known: FxHashMap<u32, usize> = FxHashMap::default();
        // A catalog's success code is no error: it never counts for that catalog, and a
        // number no catalog knows but as its success code counts for none, even in a range
        // (`--all-numbers` counts it, as it counts every number).
        let mut successes: Vec<u32> = Vec::new();
        for (index, db) in dbs.iter().enumerate() {
            for code in db.catalog.codes() {
                let code = if code.success() && !options.all_numbers {
                    successes.push(code.code());
                    continue;
                } else {
                    code.code()
                };
                if code < min_code {
                    continue;
                }
                let slot = *known.entry(code).or_insert_with(|| {
                    slots.push(code);
                    owners.push(0);
                    slots.len() - 1
                });
                owners[slot] |= 1 << index;
            }
        }
        let mut ranges: Vec<(u32, u32)> = dbs
            .iter()
            .flat_map(|db| db.catalog.categories())
            .flat_map(|c| c.ranges().iter().copied())
            .filter(|&(_, last)| last >= min_code)
            .map(|(first, last)| (first.max(min_code), last))
            .collect();
        ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
        for (first, last) in ranges {
            match merged.last_mut() {
                Some(top) if u64::from(first) <= u64::from(top.1) + 1 => top.1 = top.1.max(last),
                _ => merged.push((first, last)),
            }
        }
        let low = slots
            .iter()
            .copied()
            .chain(merged.iter().map(|r| r.0))
            .min();
        let high = slots
            .iter()
            .copied()
            .chain(merged.iter().map(|r| r.1))
            .max();
        // Nothing to find: an empty interval rejects every number.
        let (low, high) = match (low, high) {
            (Some(low), Some(high)) => (u64::from(low), u64::from(high)),
            _ => (1, 0),
        };
        let digits = |n: u64| n.checked_ilog10().map_or(1, |d| d as usize + 1);
        successes.retain(|code| !known.contains_key(code));
        successes.sort_unstable();
        let mut table = direct_table(low, high, &slots, &merged).unwrap_or_default();
        for &code in &successes {
            if let Some(kind) = u64::from(code)
                .checked_sub(low)
                .and_then(|i| usize::try_from(i).ok())
                .and_then(|i| table.get_mut(i))
            {
                *kind = NOTHING;
            }
        }
        let mut extra = options.keys.clone();
        extra.extend(dbs.iter().flat_map(|db| catalog_keys(&db.catalog)));
        // Each slot's items, without repeats (several catalogs may know a code).
        let by_slot = |items: &mut dyn Iterator<Item = (u32, Box<[u8]>)>| {
            let mut lists: Vec<Vec<Box<[u8]>>> = vec![Vec::new(); slots.len()];
            for (code, item) in items {
                if let Some(list) = known.get(&code).map(|&slot| &mut lists[slot]) {
                    if !list.contains(&item) {
                        list.push(item);
                    }
                }
            }
            lists
        };
        let phrases = by_slot(&mut dbs.iter().flat_map(|db| catalog_phrases(&db.catalog)));
        let own_names = by_slot(&mut dbs.iter().flat_map(|db| catalog_own_names(&db.catalog)));
        Scanner {
            counts: vec![Entry::default(); slots.len()],
            known,
            slots,
            owners,
            ranges: merged,
            successes,
            low,
            high,
            table,
            min_len: digits(low),
            max_len: digits(high),
            unknown: FxHashMap::default(),
            lines: options.lines,
            max_lines: options.max_lines,
            all_numbers: options.all_numbers,
            keys: Keys::new(extra)
                .with_vendors(dbs.iter().flat_map(|db| catalog_vendors(&db.catalog)))
                .with_names(dbs.iter().flat_map(|db| catalog_names(&db.catalog))),
            history: Vec::with_capacity(WINDOW),
            phrases,
            own_names,
            waiting: Vec::new(),
            run_before: Vec::new(),
            pending_before: Vec::new(),
            input: 0,
            cursor: Cursor::START,
        }
    }

    /// Scans the next bytes of the current input; a number may continue from the
    /// previous call.
    pub(crate) fn feed(&mut self, bytes: &[u8]) {
        // Two copies of the loop: the common case does not count lines.
        if self.lines {
            self.feed_with::<true>(bytes);
        } else {
            self.feed_with::<false>(bytes);
        }
    }

    // `inline(always)`: the loop is the whole cost of a scan; `feed` must hold both
    // copies, not call out of them.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn feed_with<const LINES: bool>(&mut self, bytes: &[u8]) {
        let Some(&last) = bytes.last() else {
            return;
        };
        let len = bytes.len();
        let mut c = self.cursor;
        // Newlines are counted up to a number whose location is kept (the first few of
        // each), and at the end of the read: in long stretches, not number by number.
        let mut counted = 0;
        let mut i = 0;
        self.resume_waiting(bytes);
        if let Some(p) = c.pending.take() {
            let counts = match p.sep {
                b'.' => !bytes[0].is_ascii_digit(),
                sep => self.all_numbers || role::ends_freely(sep, bytes[0]),
            };
            if counts && p.named_by_next {
                let before = std::mem::take(&mut self.pending_before);
                self.decide_by_next(p.value, p.in_role, c.line, before, &[p.sep], bytes);
            } else if counts && p.in_role {
                self.record(p.value, || c.line);
            }
        }
        if let Some(mut run) = c.open.take() {
            let end = digits_end(bytes, 0);
            run.extend(&bytes[..end]);
            if end == len {
                c.open = Some(run);
                i = len;
            } else {
                let plain = !(run.blocked || run.leading_zero && run.len > 1);
                if plain && (self.min_len..=self.max_len).contains(&run.len) {
                    let start = Start::Before(run.role, run.opening);
                    self.finish(&mut c, bytes, end, run.value, &mut counted, start);
                }
                i = end + 1;
            }
        }
        i = self.feed_blocks::<LINES>(&mut c, bytes, i, &mut counted);
        // The rest of the read, a digit run at a time: its end found a word at a time,
        // its neighbours looked at once, and only when its length can be a code's.
        while i < len {
            let start = next_digit(bytes, i);
            if start == len {
                break;
            }
            let end = digits_end(bytes, start + 1);
            if end == len {
                let blocked = blocked(bytes, start, &c);
                if !blocked && !self.all_numbers {
                    self.run_before = self.with_before(bytes, start, <[u8]>::to_vec);
                }
                let mut run = Run {
                    len: 0,
                    value: 0,
                    leading_zero: bytes[start] == b'0',
                    blocked,
                    role: if blocked {
                        Role::No
                    } else {
                        self.role(bytes, start)
                    },
                    opening: byte_before(bytes, start, &c),
                };
                run.extend(&bytes[start..]);
                c.open = Some(run);
                break;
            }
            // `bytes[end]` is no digit: the next run starts after it.
            i = end + 1;
            let run = end - start;
            if run < self.min_len
                || run > self.max_len
                || (bytes[start] == b'0' && run > 1)
                || blocked(bytes, start, &c)
            {
                continue;
            }
            let value = bytes[start..end]
                .iter()
                .fold(0, |value, &d| value * 10 + u64::from(d - b'0'));
            self.finish(&mut c, bytes, end, value, &mut counted, Start::At(start));
        }
        if LINES {
            c.line += count_newlines(&bytes[counted..]);
        }
        self.remember(bytes);
        c.escape = escape_state(bytes, c.escape);
        c.last = [if len > 1 { bytes[len - 2] } else { c.last[1] }, last];
        self.cursor = c;
    }

    /// Scans `bytes[from..]` 64 bytes at a time, as long as 64 more follow, and returns
    /// where the rest of the read is to be scanned from. The byte before `bytes[from]`
    /// (in this read or the last) must be no digit: a run there is finished first.
    ///
    /// Most digit runs of a log are too short to be a code (timestamps, ids, durations):
    /// a mask of the block's digits, and of the next block's for the runs that go on
    /// into it, tells where the runs at least as long as the shortest code start, and
    /// only those are looked at. Without this, each run costs a few mispredicted
    /// branches.
    // `inline(always)`: as `feed_with`, whose two copies hold it.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn feed_blocks<const LINES: bool>(
        &mut self,
        c: &mut Cursor,
        bytes: &[u8],
        from: usize,
        counted: &mut usize,
    ) -> usize {
        let len = bytes.len();
        let Some(first) = bytes.get(from..).and_then(<[u8]>::first_chunk::<64>) else {
            return from;
        };
        let mut at = from;
        let mut digits = digit_mask(first);
        // Whether the byte before the block is a digit.
        let mut carry = 0;
        while let Some(next) = bytes.get(at + 64..).and_then(<[u8]>::first_chunk::<64>) {
            let next = digit_mask(next);
            let both = u128::from(digits) | u128::from(next) << 64;
            let starts = digits & !(digits << 1 | carry);
            // Truncating: the bits of this block's starts.
            #[allow(clippy::cast_possible_truncation)]
            let mut candidates = starts & runs_of(both, self.min_len) as u64;
            while candidates != 0 {
                let offset = candidates.trailing_zeros();
                candidates &= candidates - 1;
                let start = at + offset as usize;
                // Truncating: 64 bits from `offset` on hold the whole run if it can count.
                #[allow(clippy::cast_possible_truncation)]
                let end = start + ((both >> offset) as u64).trailing_ones() as usize;
                if end - start > self.max_len
                    || (bytes[start] == b'0' && end - start > 1)
                    || blocked(bytes, start, c)
                {
                    continue;
                }
                let value = bytes[start..end]
                    .iter()
                    .fold(0, |value, &d| value * 10 + u64::from(d - b'0'));
                // `end + 1` is inside the next block: nothing waits for the next read.
                self.finish(c, bytes, end, value, counted, Start::At(start));
            }
            carry = digits >> 63;
            digits = next;
            at += 64;
        }
        if carry == 0 {
            return at;
        }
        // A run that goes on from the last block was looked at there: the rest of the
        // read starts after it. One that reaches the end of the read has more than 64
        // digits and never counts.
        let end = digits_end(bytes, at);
        if end == len {
            c.open = Some(Run {
                len: usize::MAX,
                value: 0,
                leading_zero: false,
                blocked: true,
                role: Role::No,
                opening: 0,
            });
        }
        end
    }

    /// A number that may count ends before `bytes[end]`, which is no digit: it counts
    /// unless that byte is a letter or `_`, or a `.` before a digit (a decimal), or
    /// (unless every number counts) `-` or `:` before what continues a date, time or id;
    /// and unless it stands in no error role. A `.`, `-` or `:` at the end of the read
    /// leaves the question to the next read.
    ///
    /// The newlines before it are counted from `bytes[*counted]` on if its location is
    /// kept.
    #[inline]
    fn finish(
        &mut self,
        c: &mut Cursor,
        bytes: &[u8],
        end: usize,
        value: u64,
        counted: &mut usize,
        start: Start,
    ) {
        let after = bytes[end];
        if is_word(after) || !self.in_reach(value) {
            return;
        }
        let role = |scanner: &Self| match start {
            Start::At(at) => scanner.role(bytes, at),
            Start::Before(role, _) => role,
        };
        let opening = match start {
            Start::At(at) => byte_before(bytes, at, c),
            Start::Before(_, opening) => opening,
        };
        if !self.all_numbers && role::numbered_item(opening, after) {
            return;
        }
        if matches!(after, b'.' | b'-' | b':' | b'#') {
            let Some(&next) = bytes.get(end + 1) else {
                let in_role = self.all_numbers || role(self).counts(value, after);
                let named_by_next = !self.all_numbers
                    && (in_role && role::may_be_http(value)
                        || !in_role && self.slot(value).is_some());
                if named_by_next {
                    self.pending_before = match start {
                        Start::At(at) => self.with_before(bytes, at, <[u8]>::to_vec),
                        Start::Before(..) => std::mem::take(&mut self.run_before),
                    };
                }
                c.pending = Some(Pending {
                    value,
                    sep: after,
                    in_role,
                    named_by_next,
                });
                return;
            };
            let counts = if after == b'.' {
                !next.is_ascii_digit()
            } else {
                self.all_numbers || role::ends_freely(after, next)
            };
            if !counts {
                return;
            }
        }
        let at = match start {
            Start::At(at) => at,
            Start::Before(..) => 0,
        };
        let mut line = || {
            c.line += count_newlines(&bytes[*counted..at]);
            *counted = at;
            c.line
        };
        if self.all_numbers {
            self.record(value, line);
            return;
        }
        let in_role = role(self).counts(value, after);
        if in_role && !role::may_be_http(value) {
            self.record(value, line);
        } else if in_role || self.slot(value).is_some() {
            let line = if self.lines { line() } else { 0 };
            self.finish_by_next(bytes, end, value, in_role, line, start);
        }
    }

    /// `finish` for a number that what follows it decides ([`Scanner::counts_by_next`]).
    // Out of line: most numbers of a log never come here.
    #[inline(never)]
    fn finish_by_next(
        &mut self,
        bytes: &[u8],
        end: usize,
        value: u64,
        in_role: bool,
        line: u64,
        start: Start,
    ) {
        match (start, in_line(&bytes[end..])) {
            // The common case, without a copy: the line ends in this read.
            (Start::At(at), Some(after)) => {
                let counts = self.with_before(bytes, at, |before| {
                    self.counts_by_next(value, in_role, before, after)
                });
                if counts {
                    self.record(value, || line);
                }
            }
            (Start::At(at), None) => {
                let before = self.with_before(bytes, at, <[u8]>::to_vec);
                self.decide_by_next(value, in_role, line, before, &[], &bytes[end..]);
            }
            (Start::Before(..), _) => {
                let before = std::mem::take(&mut self.run_before);
                self.decide_by_next(value, in_role, line, before, &[], &bytes[end..]);
            }
        }
    }

    /// Whether `value`, in an error role or not (`in_role`), counts by what stands next
    /// to it in its line: not if it may be an HTTP status and the line says it is one
    /// ([`role::http_status_follows`]); in an error role, if not; else if what stands
    /// next to it names it ([`role::named_in_place`]).
    fn counts_by_next(&self, value: u64, in_role: bool, before: &[u8], after: &[u8]) -> bool {
        if role::may_be_http(value) && role::http_status_follows(after) {
            return false;
        }
        in_role
            || self.slot(value).is_some_and(|slot| {
                role::named_in_place(before, after, &self.own(slot), &self.keys)
            })
    }

    /// What the catalogs say of a slot's code that may name it next to its number.
    fn own(&self, slot: usize) -> role::Own<'_> {
        role::Own {
            phrases: &self.phrases[slot],
            names: &self.own_names[slot],
        }
    }

    /// The slot of `value` if it is a catalog's code.
    fn slot(&self, value: u64) -> Option<usize> {
        let number = u32::try_from(value).ok()?;
        match usize::try_from(value.checked_sub(self.low)?)
            .ok()
            .and_then(|i| self.table.get(i))
        {
            Some(&kind) if kind != NOTHING && kind != IN_RANGE => Some(kind as usize - 1),
            Some(_) => None,
            None => self.known.get(&number).copied(),
        }
    }

    /// Counts `value` if what follows it (`head`, then `rest`, up to the end of its line
    /// and at most `AFTER` bytes) says so ([`Scanner::counts_by_next`]); waits for the
    /// next read if its line goes on past this one.
    fn decide_by_next(
        &mut self,
        value: u64,
        in_role: bool,
        line: u64,
        before: Vec<u8>,
        head: &[u8],
        rest: &[u8],
    ) {
        let mut waiting = Waiting {
            value,
            in_role,
            line,
            before,
            after: head.to_vec(),
        };
        if waiting.take(rest) {
            self.decide(&waiting);
        } else {
            self.waiting.push(waiting);
        }
    }

    /// Counts a waiting number whose line has ended if what follows it says so.
    fn decide(&mut self, waiting: &Waiting) {
        if self.counts_by_next(
            waiting.value,
            waiting.in_role,
            &waiting.before,
            &waiting.after,
        ) {
            self.record(waiting.value, || waiting.line);
        }
    }

    /// Gives the waiting codes the start of the next read; decides those whose line ends.
    fn resume_waiting(&mut self, bytes: &[u8]) {
        if self.waiting.is_empty() {
            return;
        }
        let mut waiting = std::mem::take(&mut self.waiting);
        waiting.retain_mut(|w| {
            if w.take(bytes) {
                self.decide(w);
                false
            } else {
                true
            }
        });
        self.waiting = waiting;
    }

    /// Whether `value` is a code or in a range: only then are its role and neighbours
    /// worth looking at.
    #[inline]
    fn in_reach(&self, value: u64) -> bool {
        if value < self.low || value > self.high {
            return false;
        }
        let Ok(number) = u32::try_from(value) else {
            return false;
        };
        let kind = usize::try_from(value - self.low)
            .ok()
            .and_then(|i| self.table.get(i));
        match kind {
            Some(&kind) => kind != NOTHING,
            None => self.known.contains_key(&number) || self.in_ranges(number),
        }
    }

    /// Whether the number at `bytes[start]` stands in an error role, judged on the bytes
    /// before it.
    fn role(&self, bytes: &[u8], start: usize) -> Role {
        if self.all_numbers {
            return Role::Yes;
        }
        self.with_before(bytes, start, |before| {
            role::in_error_role(before, &self.keys)
        })
    }

    /// `f` of the bytes before `bytes[start]`, at most `WINDOW`: this read's, and the
    /// earlier reads' kept in `history` (copied to the stack, not the heap: this runs for
    /// every code found).
    fn with_before<R>(&self, bytes: &[u8], start: usize, f: impl FnOnce(&[u8]) -> R) -> R {
        if start >= WINDOW {
            return f(&bytes[start - WINDOW..start]);
        }
        let mut before = [0u8; WINDOW];
        let kept = (WINDOW - start).min(self.history.len());
        before[..kept].copy_from_slice(&self.history[self.history.len() - kept..]);
        before[kept..kept + start].copy_from_slice(&bytes[..start]);
        f(&before[..kept + start])
    }

    /// Keeps the last `WINDOW` bytes of the input read so far.
    fn remember(&mut self, bytes: &[u8]) {
        if self.all_numbers {
            return;
        }
        if bytes.len() >= WINDOW {
            self.history.clear();
            self.history
                .extend_from_slice(&bytes[bytes.len() - WINDOW..]);
        } else {
            let drop = (self.history.len() + bytes.len()).saturating_sub(WINDOW);
            self.history.drain(..drop);
            self.history.extend_from_slice(bytes);
        }
    }

    /// Ends the current input: a number at its very end counts, and does not continue
    /// into the next input, whose lines count from 1.
    pub(crate) fn end_input(&mut self) {
        // The end of the input is a boundary like a space.
        self.feed(b" ");
        // It ends the last line too.
        for waiting in std::mem::take(&mut self.waiting) {
            self.decide(&waiting);
        }
        self.cursor = Cursor::START;
        self.history.clear();
        self.input += 1;
    }

    /// Counts `value` if it is a code or in a range, and keeps its location (asking
    /// `line` for it) if it is among the first of that number.
    #[inline]
    fn record(&mut self, value: u64, line: impl FnOnce() -> u64) {
        if value < self.low || value > self.high {
            return;
        }
        // `high` is a `u32`, so `value` is one too.
        let Ok(number) = u32::try_from(value) else {
            return;
        };
        // In the table whenever there is one (`value - low` is below `high - low + 1`).
        let kind = usize::try_from(value - self.low)
            .ok()
            .and_then(|i| self.table.get(i));
        let entry = if let Some(&kind) = kind {
            match kind {
                NOTHING => return,
                IN_RANGE => self.unknown.entry(number).or_default(),
                slot => {
                    let Some(entry) = self.counts.get_mut(slot as usize - 1) else {
                        return;
                    };
                    entry
                }
            }
        } else if let Some(&slot) = self.known.get(&number) {
            let Some(entry) = self.counts.get_mut(slot) else {
                return;
            };
            entry
        } else if self.in_ranges(number) {
            self.unknown.entry(number).or_default()
        } else {
            return;
        };
        entry.count += 1;
        if self.lines && (self.max_lines == 0 || entry.locations.len() < self.max_lines) {
            entry.locations.push(Location {
                input: self.input,
                line: line(),
            });
        }
    }

    fn in_ranges(&self, number: u32) -> bool {
        if self.successes.binary_search(&number).is_ok() {
            return false;
        }
        let after = self.ranges.partition_point(|&(first, _)| first <= number);
        after > 0 && number <= self.ranges[after - 1].1
    }

    /// The catalog's codes found and the unknown numbers found, each with its entry,
    /// most frequent first (ties by code).
    pub(crate) fn results(&self) -> Found {
        let mut known: Vec<(u32, Entry)> = self
            .slots
            .iter()
            .copied()
            .zip(self.counts.iter().cloned())
            .filter(|(_, e)| e.count > 0)
            .collect();
        let mut unknown: Vec<(u32, Entry)> =
            self.unknown.iter().map(|(&n, e)| (n, e.clone())).collect();
        known.sort_by_key(|(number, e)| (std::cmp::Reverse(e.count), *number));
        unknown.sort_by_key(|(number, e)| (std::cmp::Reverse(e.count), *number));
        let owners = known
            .iter()
            .map(|(number, _)| self.known.get(number).map_or(0, |&slot| self.owners[slot]))
            .collect();
        Found {
            known,
            unknown,
            owners,
        }
    }
}

/// Where a number that `finish` looks at starts.
#[derive(Clone, Copy, Debug)]
enum Start {
    /// At this index of the read.
    At(usize),
    /// In an earlier read, where its role was judged, after this byte.
    Before(Role, u8),
}

/// Where a stream of bytes leaves an ANSI escape sequence (`ESC [`, parameter bytes,
/// intermediate bytes, a final byte), such as the colour codes terminal loggers write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Escape {
    /// Not in a sequence, nor right after one.
    Outside,
    /// Right after `ESC`.
    Started,
    /// After `ESC [` and any parameter or intermediate bytes: a final byte ends it.
    Open,
    /// Right after a whole sequence: its final byte is no letter of an identifier.
    Ended,
}

/// The escape state after `bytes`, given the state `before` them (the earlier reads).
///
/// Read backwards from the end, as far as the sequence goes: the scanner needs it only
/// where a number follows a letter, and at the end of each read.
fn escape_state(bytes: &[u8], before: Escape) -> Escape {
    let Some((&last, rest)) = bytes.split_last() else {
        return before;
    };
    match last {
        0x1B => Escape::Started,
        0x20..=0x3F if csi_open(rest, before) => Escape::Open,
        b'[' if rest
            .last()
            .map_or(before == Escape::Started, |&b| b == 0x1B) =>
        {
            Escape::Open
        }
        0x40..=0x7E if csi_open(rest, before) => Escape::Ended,
        _ => Escape::Outside,
    }
}

/// Whether `bytes` leave a sequence open (`ESC [` then parameter bytes).
///
/// A loop, not a recursion through `escape_state`: a read may hold a megabyte of
/// spaces, which are parameter bytes.
fn csi_open(bytes: &[u8], before: Escape) -> bool {
    let body = bytes
        .iter()
        .rev()
        .take_while(|&&b| (0x20..=0x3F).contains(&b))
        .count();
    match bytes[..bytes.len() - body].split_last() {
        None => before == Escape::Open,
        Some((&b'[', rest)) => rest
            .last()
            .map_or(before == Escape::Started, |&b| b == 0x1B),
        Some(_) => false,
    }
}

/// The index of the first ASCII digit of `bytes` from `from` on, or `bytes.len()`.
///
/// Eight bytes at a time: a byte is a digit when `byte ^ b'0'` is below 10, and the
/// classic "has a byte less than n" word test finds such a byte (its lowest flagged
/// byte is exact; borrows can only flag bytes above it).
#[inline]
fn next_digit(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let mut i = from;
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let word = u64::from_le_bytes(*chunk) ^ (ONES * u64::from(b'0'));
        let flagged = word.wrapping_sub(ONES * 10) & !word & HIGH;
        if flagged != 0 {
            return i + (flagged.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && !bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The most numbers `Scanner::table` describes: 256 KiB.
const TABLE_MAX: u64 = 1 << 16;
/// In `Scanner::table`: neither a code nor in a range.
const NOTHING: u32 = 0;
/// In `Scanner::table`: no code, but in the range of a category.
const IN_RANGE: u32 = u32::MAX;

/// `Scanner::table` for the codes `slots` and the merged `ranges`, all in `low..=high`;
/// `None` when that span is over `TABLE_MAX`.
fn direct_table(low: u64, high: u64, slots: &[u32], ranges: &[(u32, u32)]) -> Option<Vec<u32>> {
    let span = (high + 1)
        .checked_sub(low)
        .filter(|&span| span <= TABLE_MAX)?;
    let mut table = vec![NOTHING; usize::try_from(span).ok()?];
    let index = |number: u32| usize::try_from(u64::from(number) - low).ok();
    for &(first, last) in ranges {
        table[index(first)?..=index(last)?].fill(IN_RANGE);
    }
    // Codes win over ranges, as in the hash lookup.
    for (slot, &code) in slots.iter().enumerate() {
        let kind = u32::try_from(slot + 1)
            .ok()
            .filter(|&kind| kind != IN_RANGE)?;
        table[index(code)?] = kind;
    }
    Some(table)
}

/// An ASCII letter or `_`: a number touching one is part of an identifier.
#[inline]
fn is_word(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

/// The byte before `bytes[start]`, from the earlier reads if need be (a space at the start
/// of an input).
#[inline]
fn byte_before(bytes: &[u8], start: usize, c: &Cursor) -> u8 {
    start.checked_sub(1).map_or(c.last[1], |at| bytes[at])
}

/// Whether what comes before the digit at `bytes[start]` keeps its number from counting:
/// a letter or `_` (unless it ends a colour code, `ESC[31m6000106`), or `digit.`.
#[inline]
fn blocked(bytes: &[u8], start: usize, c: &Cursor) -> bool {
    // The byte `back` places before `start`, from the earlier reads if need be.
    let before = |back: usize| match start.checked_sub(back) {
        Some(at) => bytes[at],
        None => c.last[2 + start - back],
    };
    match before(1) {
        b'.' => before(2).is_ascii_digit(),
        b if is_word(b) => escape_state(&bytes[..start], c.escape) != Escape::Ended,
        _ => false,
    }
}

/// Eight bytes as a word, each byte's high bit set where it is no ASCII digit.
///
/// Exact for every byte, with no carry between bytes: `byte ^ b'0'` is below 10 for the
/// digits only; its low seven bits plus `0x76` reach `0x80` from 10 on and stay below
/// `0x100`, and a set high bit is no digit either.
#[inline]
fn non_digits(chunk: [u8; 8]) -> u64 {
    const LOW7: u64 = u64::from_ne_bytes([0x7F; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let word = u64::from_le_bytes(chunk) ^ u64::from_ne_bytes([b'0'; 8]);
    (((word & LOW7) + u64::from_ne_bytes([0x76; 8])) | word) & HIGH
}

/// A bit for each byte of `block` (the lowest for the first) that is an ASCII digit.
#[inline]
fn digit_mask(block: &[u8; 64]) -> u64 {
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // Moves bit 0 of byte `k` to bit `56 + k`; the other products land on distinct bits
    // below the top byte or past bit 63, so nothing carries into it.
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let mut mask = 0;
    let mut rest = block.as_slice();
    let mut shift = 0;
    while let Some((word, after)) = rest.split_first_chunk::<8>() {
        let digits = !non_digits(*word) & HIGH;
        mask |= ((digits >> 7).wrapping_mul(GATHER) >> 56) << shift;
        shift += 8;
        rest = after;
    }
    mask
}

/// The bits of `mask` that start at least `len` set bits in a row (towards the high
/// bits).
#[inline]
fn runs_of(mask: u128, len: usize) -> u128 {
    // Doubling: `runs & runs >> step` starts `have + step` bits for `step <= have`.
    let mut runs = mask;
    let mut have = 1;
    while have < len {
        let step = (len - have).min(have);
        runs &= runs >> step;
        have += step;
    }
    runs
}

/// The index of the first byte of `bytes` from `from` on that is no ASCII digit, or
/// `bytes.len()`; eight bytes at a time.
#[inline]
fn digits_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let flagged = non_digits(*chunk);
        if flagged != 0 {
            return i + (flagged.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The number of `\n` in `bytes`.
fn count_newlines(bytes: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', bytes).count() as u64
}

/// What a scan found, each list most frequent first (ties by code).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Found {
    /// The catalog's codes.
    pub(crate) known: Vec<(u32, Entry)>,
    /// Numbers in a category's range that the catalog does not know.
    pub(crate) unknown: Vec<(u32, Entry)>,
    /// The catalogs that know each of `known`, a bit per catalog.
    pub(crate) owners: Vec<u64>,
}

/// Scans all of `reader` as one input, with a buffer of `capacity` bytes.
pub(crate) fn scan_reader(
    reader: impl Read,
    capacity: usize,
    scanner: &mut Scanner,
) -> io::Result<()> {
    let mut reader = BufReader::with_capacity(capacity, reader);
    let result = loop {
        let chunk = match reader.fill_buf() {
            Ok([]) => break Ok(()),
            Ok(chunk) => chunk,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => break Err(e),
        };
        let len = chunk.len();
        scanner.feed(chunk);
        reader.consume(len);
    };
    // What was read before an error still counts.
    scanner.end_input();
    result
}

/// Who a number found belongs to, among the catalogs of the scan (by index).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Owner {
    /// A code of exactly this catalog.
    Known(usize),
    /// A code of each of these catalogs (two or more): never guessed.
    Ambiguous(Vec<usize>),
    /// A code of none of them, in the range of a category of each of these.
    Unknown(Vec<usize>),
}

/// The indexes of the set bits of `mask`.
fn bits(mask: u64) -> Vec<usize> {
    (0..64).filter(|&i| mask >> i & 1 == 1).collect()
}

/// Each number found, with its owner, in the order of the output: codes most frequent
/// first (ties by code), then unknown numbers likewise.
pub(crate) fn attribute(dbs: &[&Db], found: &Found) -> Vec<(u32, Owner)> {
    let known = found
        .known
        .iter()
        .zip(&found.owners)
        .map(|((n, _), &mask)| {
            let owners = bits(mask);
            let owner = match owners.as_slice() {
                [only] => Owner::Known(*only),
                _ => Owner::Ambiguous(owners),
            };
            (*n, owner)
        });
    let unknown = found.unknown.iter().map(|(n, _)| {
        let holders = (0..dbs.len())
            .filter(|&i| dbs[i].catalog.place(*n).is_some())
            .collect();
        (*n, Owner::Unknown(holders))
    });
    known.chain(unknown).collect()
}

/// The catalog as the JSON record and the text output name it: `client`, `server` or
/// the path given.
fn catalog_name(db: &Db) -> String {
    match &db.source {
        Source::Client => String::from("client"),
        Source::Server => String::from("server"),
        Source::File(path) => path.to_string_lossy().into_owned(),
    }
}

/// The keys of a record that describe a known code: `null` for an ambiguous number.
const DESCRIPTIVE: &[&str] = &[
    "name",
    "sdk_name",
    "category",
    "category_title",
    "description",
    "cause",
    "solution",
    "action",
    "action_description",
    "retryable",
    "success",
    "since",
    "deprecated",
    "errata",
    "description_zh",
    "solution_zh",
];

/// The JSON record of a number found: `output::record`'s keys, then `count`,
/// `locations`, `catalog` (the catalog it is attributed to, `null` when several could
/// claim it), `catalogs` (every catalog that knows it or, for an unknown number, whose
/// ranges hold it) and `ambiguous`.
fn scan_record(dbs: &[&Db], number: u32, owner: &Owner, entry: &Entry, lines: Value) -> Value {
    let (first, list, attributed) = match owner {
        Owner::Known(i) => (Some(*i), vec![*i], Some(*i)),
        Owner::Ambiguous(list) => (list.first().copied(), list.clone(), None),
        Owner::Unknown(list) => {
            let attributed = match list.as_slice() {
                [only] => Some(*only),
                _ => None,
            };
            (list.first().copied(), list.clone(), attributed)
        }
    };
    let mut record = output::record(dbs[first.unwrap_or(0)], number);
    if first.is_none() {
        // In no category's range of any catalog: nothing to say but the number.
        for key in ["category", "category_title"] {
            record.insert(key.into(), Value::Null);
        }
    }
    if matches!(owner, Owner::Ambiguous(_)) {
        for key in DESCRIPTIVE {
            record.insert((*key).into(), Value::Null);
        }
    }
    record.insert("count".into(), entry.count.into());
    record.insert("locations".into(), lines);
    record.insert(
        "catalog".into(),
        attributed.map_or(Value::Null, |i| catalog_name(dbs[i]).into()),
    );
    record.insert(
        "catalogs".into(),
        list.iter()
            .map(|&i| Value::from(catalog_name(dbs[i])))
            .collect(),
    );
    record.insert("ambiguous".into(), (list.len() > 1).into());
    Value::Object(record)
}

pub(crate) fn run(
    out: &mut Out,
    dbs: &[Db],
    args: &ScanArgs,
    json: bool,
) -> Result<Status, Failure> {
    if dbs.len() > 64 {
        return Err(Failure::Error(format!(
            "`scan` reads at most 64 catalogs, not {}: give `--catalog` fewer times",
            dbs.len()
        )));
    }
    let dbs: Vec<&Db> = dbs.iter().collect();
    let capacity = usize::try_from(args.buffer_size).unwrap_or(1 << 16);
    let options = Options {
        min_code: args.min_code.unwrap_or_else(|| default_min_code(&dbs)),
        lines: args.lines,
        max_lines: args.max_lines,
        all_numbers: args.all_numbers,
        keys: args.keys.clone(),
    };
    let mut scanner = Scanner::new(&dbs, &options);
    let mut names = Vec::with_capacity(args.files.len());
    let mut status = Status::Found;
    for file in &args.files {
        names.push(Path::new(file).to_string_lossy().into_owned());
        if let Err(message) = scan_input(file, capacity, &mut scanner) {
            // Reported now, and the other inputs are still scanned and printed.
            crate::error(&message);
            status = Status::Error;
        }
    }
    let found = scanner.results();
    let owners = attribute(&dbs, &found);
    let entries: Vec<&Entry> = found
        .known
        .iter()
        .chain(&found.unknown)
        .map(|(_, e)| e)
        .collect();
    if json {
        let records = owners
            .iter()
            .zip(&entries)
            .map(|((number, owner), entry)| {
                let lines = locations_json(args.lines, entry, &names);
                scan_record(&dbs, *number, owner, entry, lines)
            })
            .collect();
        out.json(&Value::Array(records))?;
    } else {
        let rows: Vec<Row<'_>> = owners
            .iter()
            .zip(&entries)
            .map(|((number, owner), entry)| Row {
                number: *number,
                owner,
                entry,
            })
            .collect();
        print(out, &dbs, &rows, args.lines.then_some(names.as_slice()))?;
    }
    if owners.is_empty() {
        let input = match args.files.as_slice() {
            [only] if only == "-" => String::from("standard input"),
            [only] => format!("`{}`", Path::new(only).display()),
            _ => String::from("the input"),
        };
        let catalogs = match dbs.as_slice() {
            [db] => db.source.label(),
            _ => String::from("the catalogs"),
        };
        crate::error(&format!("no code of {catalogs} found in {input}"));
        if !args.all_numbers {
            crate::help(
                "only numbers in an error role count (see `zimerr scan --help`); \
                 `--key NAME` adds a key, `--all-numbers` counts every number",
            );
        }
        status = status.max(Status::NotFound);
    }
    Ok(status)
}

/// A row of the text output.
struct Row<'a> {
    number: u32,
    owner: &'a Owner,
    entry: &'a Entry,
}

fn locations_json(lines: bool, entry: &Entry, names: &[String]) -> Value {
    if !lines {
        return Value::Null;
    }
    let list = entry
        .locations
        .iter()
        .map(|l| json!({ "file": input_name(names, l.input), "line": l.line }))
        .collect();
    Value::Array(list)
}

fn input_name(names: &[String], input: u32) -> &str {
    usize::try_from(input)
        .ok()
        .and_then(|i| names.get(i))
        .map_or("?", String::as_str)
}

fn scan_input(file: &OsString, capacity: usize, scanner: &mut Scanner) -> Result<(), String> {
    if file == "-" {
        return scan_reader(io::stdin().lock(), capacity, scanner)
            .map_err(|e| format!("cannot read standard input: {}", output::io_reason(&e)));
    }
    let path = Path::new(file);
    let handle = match File::open(path) {
        Ok(handle) => handle,
        Err(e) => {
            // Keeps input numbering and line counting aligned with the file list.
            scanner.end_input();
            return Err(format!(
                "cannot open `{}`: {}",
                path.display(),
                output::io_reason(&e)
            ));
        }
    };
    scan_reader(handle, capacity, scanner).map_err(|e| {
        format!(
            "cannot read `{}`: {}",
            path.display(),
            output::io_reason(&e)
        )
    })
}

fn print(out: &mut Out, dbs: &[&Db], rows: &[Row<'_>], names: Option<&[String]>) -> io::Result<()> {
    let several = dbs.len() > 1;
    let count_width = rows
        .iter()
        .map(|r| r.entry.count.to_string().len())
        .max()
        .unwrap_or(0);
    // Codes of 4 to 10 digits side by side: the columns after them stay aligned.
    let code_width = rows
        .iter()
        .map(|r| r.number.to_string().len())
        .max()
        .unwrap_or(0);
    let ambiguous = rows.iter().any(|r| matches!(r.owner, Owner::Ambiguous(_)));
    let catalog_width = if several {
        dbs.iter()
            .map(|db| output::text_width(&catalog_name(db)))
            .chain(ambiguous.then_some("ambiguous".len()))
            .max()
            .unwrap_or(0)
    } else {
        0
    };
    let name_width = rows
        .iter()
        .filter_map(|r| match r.owner {
            Owner::Known(i) => dbs[*i].code(r.number).map(|c| output::text_width(c.name())),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let lead = |out: &mut Out, row: &Row<'_>| -> io::Result<()> {
        out.styled(style::COUNT, format!("{:>count_width$}", row.entry.count))?;
        write!(out, "  ")?;
        out.styled(style::CODE, format!("{:<code_width$}", row.number))?;
        write!(out, "  ")
    };
    let mut heading_done = false;
    for row in rows {
        match row.owner {
            Owner::Known(i) => {
                let Some(code) = dbs[*i].code(row.number) else {
                    continue;
                };
                lead(out, row)?;
                if several {
                    let name = catalog_name(dbs[*i]);
                    out.styled(style::CATEGORY, &name)?;
                    write!(out, "{}  ", output::padding(&name, catalog_width))?;
                }
                out.styled(style::NAME, code.name())?;
                write!(out, "{}  ", output::padding(code.name(), name_width))?;
                writeln!(out, "{}", output::one_line(code.description()))?;
            }
            Owner::Ambiguous(list) => {
                lead(out, row)?;
                let known: Vec<String> = list
                    .iter()
                    .filter_map(|&i| {
                        let code = dbs[i].code(row.number)?;
                        Some(format!("{} in {}", code.name(), catalog_name(dbs[i])))
                    })
                    .collect();
                out.styled(style::NO, "ambiguous")?;
                write!(out, "{}  ", output::padding("ambiguous", catalog_width))?;
                out.styled(
                    style::DIM,
                    format!("a code of several catalogs: {}", known.join(", ")),
                )?;
                writeln!(out)?;
            }
            Owner::Unknown(list) => {
                if !heading_done {
                    if rows.iter().any(|r| !matches!(r.owner, Owner::Unknown(_))) {
                        writeln!(out)?;
                    }
                    out.styled(
                        style::HEADING,
                        "unknown codes (in the range of a category, not in the catalog)",
                    )?;
                    writeln!(out)?;
                    heading_done = true;
                }
                lead(out, row)?;
                let places: Vec<String> = list
                    .iter()
                    .filter_map(|&i| {
                        let category = dbs[i].catalog.place(row.number)?;
                        let of = if several {
                            format!(" of {}", catalog_name(dbs[i]))
                        } else {
                            String::new()
                        };
                        Some(format!("{} ({}){of}", category.title(), category.key()))
                    })
                    .collect();
                let place = if places.is_empty() {
                    String::from("outside the ranges of the catalog's categories")
                } else {
                    format!("in the range of {}", places.join(", and of "))
                };
                out.styled(style::DIM, place)?;
                writeln!(out)?;
            }
        }
        print_locations(out, row.entry, names, count_width)?;
    }
    Ok(())
}

/// With `--lines`: `file:line` of each kept location, indented under the code's row.
fn print_locations(
    out: &mut Out,
    entry: &Entry,
    names: Option<&[String]>,
    count_width: usize,
) -> io::Result<()> {
    let Some(names) = names else {
        return Ok(());
    };
    let indent = count_width + 2;
    let listed: Vec<String> = entry
        .locations
        .iter()
        .map(|l| format!("{}:{}", input_name(names, l.input), l.line))
        .collect();
    let more = entry.count - entry.locations.len() as u64;
    let mut text = listed.join(" ");
    if more > 0 {
        let _ = write!(text, " (and {more} more)");
    }
    for line in output::wrap_at_spaces(&text, 80usize.saturating_sub(indent).max(20)) {
        write!(out, "{:indent$}", "")?;
        out.styled(style::DIM, line)?;
        writeln!(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod reference;
mod role;

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;

    use super::*;

    /// `(code, count)` pairs.
    type Counts = Vec<(u32, u64)>;

    #[test]
    fn short_codes_lower_the_default_minimum() {
        let load = |name: &str| Db::load(OsStr::new(name)).unwrap();
        let client = load("client");
        let server = load("server");
        let short = load(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/scan/short.yaml"
        ));
        let vendor = load(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/scan/vendor.yaml"
        ));
        // ZIM's client catalog: 0, 1 (and a range 0-1), then 6000001 on.
        assert_eq!(default_min_code(&[&client]), MIN_CODE);
        assert_eq!(default_min_code(&[&vendor]), MIN_CODE);
        // The server catalog has 2, 3, 7...; the short one 1, 2, 17, 110.
        assert_eq!(default_min_code(&[&server]), MIN_SHORT_CODE);
        assert_eq!(default_min_code(&[&short]), MIN_SHORT_CODE);
        assert_eq!(default_min_code(&[&client, &short]), MIN_SHORT_CODE);
        assert_eq!(default_min_code(&[]), MIN_CODE);
        // A range alone decides too: from 2 to 999 at either end, or across it.
        for (ranges, short) in [
            (&[(2, 2)][..], true),
            (&[(999, 999)], true),
            (&[(0, 1)], false),
            (&[(1000, 1999)], false),
            (&[(0, 1000)], true),
            (&[(1, 2)], true),
        ] {
            let client = load("client");
            let long_codes = client
                .catalog
                .codes()
                .iter()
                .map(zimerr_catalog::Code::code)
                .filter(|&code| code >= MIN_CODE);
            assert_eq!(
                has_short_numbers(long_codes, ranges.iter().copied()),
                short,
                "{ranges:?}"
            );
        }
    }

    /// Every number counts, in any role: the rules these tests are about.
    fn all(min_code: u32, lines: bool, max_lines: usize) -> Options {
        Options {
            all_numbers: true,
            ..Options::new(min_code, lines, max_lines)
        }
    }

    fn client() -> Db {
        Db::load(OsStr::new("client")).unwrap()
    }

    fn scan_with(db: &Db, bytes: &[u8], capacity: usize) -> (Counts, Counts) {
        let mut scanner = Scanner::new(&[db], &all(MIN_CODE, false, 0));
        scan_reader(bytes, capacity, &mut scanner).unwrap();
        let Found { known, unknown, .. } = scanner.results();
        let pairs = |v: Vec<(u32, Entry)>| v.into_iter().map(|(n, e)| (n, e.count)).collect();
        (pairs(known), pairs(unknown))
    }

    fn scan(bytes: &[u8]) -> (Counts, Counts) {
        scan_with(&client(), bytes, 1 << 16)
    }

    #[test]
    fn numbers_are_maximal_digit_runs_without_leading_zeros() {
        let db = client();
        let log = b"a 6000106 16000106 60001060 600010612 6000106\n06000106 \
                    [6000104] 6000105,6000105 5999999 7000000 0 1 6000001";
        for capacity in [1, 2, 3, 7, 8, 64, 1 << 16] {
            assert_eq!(
                scan_with(&db, log, capacity),
                (
                    vec![(6000106, 2), (6000001, 1), (6000104, 1)],
                    vec![(6000105, 2)]
                ),
                "capacity {capacity}"
            );
        }
    }

    #[test]
    fn digits_inside_identifiers_do_not_count() {
        // Hex ids, prefixed hex, snake_case ids, units.
        let log = b"trace_id=a6000121f00e6000001b 0x6000106 user_6000106 6000106ms x6000106 \
                    6000106_x code=6000104";
        assert_eq!(scan(log), (vec![(6000104, 1)], vec![]));
    }

    #[test]
    fn decimals_do_not_count_but_a_full_stop_does_not_matter() {
        let log = b"amount=6000106.50 v1.6000106 1.6000106.2 error 6000104. 6000001.\n6000001.x";
        for capacity in [1, 2, 5, 64] {
            assert_eq!(
                scan_with(&client(), log, capacity),
                (vec![(6000001, 2), (6000104, 1)], vec![]),
                "capacity {capacity}"
            );
        }
    }

    #[test]
    fn a_colour_escape_before_a_code_is_not_a_letter() {
        let log = b"ERR \x1b[31m6000106\x1b[0m token\n\x1b[1;31m6000121\x1b[0m";
        assert_eq!(scan(log), (vec![(6000106, 1), (6000121, 1)], vec![]));
        // A letter that does not close an escape still blocks.
        assert_eq!(scan(b"[31m6000106 \x1b[31xm6000106"), (vec![], vec![]));
        // A sequence split between two reads still counts.
        let log = b"\x1b[1;31m6000106 \x1b[1;31m6000106 x\x1b[m6000106";
        for capacity in 1..=log.len() {
            assert_eq!(
                scan_with(&client(), log, capacity),
                (vec![(6000106, 3)], vec![]),
                "capacity {capacity}"
            );
        }
    }

    #[test]
    fn punctuation_and_non_ascii_text_around_a_code_are_fine() {
        let log =
            "code=6000106 [6000106] \"code\":6000106 错误码6000106，(6000106) -6000106".as_bytes();
        assert_eq!(scan(log), (vec![(6000106, 6)], vec![]));
    }

    #[test]
    fn small_numbers_and_numbers_outside_every_range_are_ignored() {
        // 0 and 1 are codes, below the minimum; 6999999 is in no category's range.
        assert_eq!(
            scan(b"0 1 6999999 4294967295 99999999999"),
            (vec![], vec![])
        );
        let db = client();
        let mut scanner = Scanner::new(&[&db], &all(0, false, 0));
        scan_reader(&b"0 1 1"[..], 8, &mut scanner).unwrap();
        assert_eq!(scanner.results().known.len(), 2);
    }

    #[test]
    fn a_number_at_the_end_counts_and_inputs_do_not_join() {
        let db = client();
        let mut scanner = Scanner::new(&[&db], &all(MIN_CODE, false, 0));
        scan_reader(&b"x 600"[..], 4, &mut scanner).unwrap();
        scan_reader(&b"0106"[..], 4, &mut scanner).unwrap();
        scan_reader(&b"6000104"[..], 4, &mut scanner).unwrap();
        let found = scanner.results();
        assert_eq!(found.known.len(), 1);
        assert_eq!(found.known[0].0, 6000104);
        assert!(found.unknown.is_empty());
    }

    #[test]
    fn invalid_utf8_is_just_bytes() {
        let log = b"\xff\xfe6000106\xc3\x28 6000106\x80";
        assert_eq!(scan_with(&client(), log, 5).0, [(6000106, 2)]);
    }

    #[test]
    fn ties_are_ordered_by_code() {
        let log = b"6000301 6000106 6000104 6000301";
        assert_eq!(scan(log).0, [(6000301, 2), (6000104, 1), (6000106, 1)]);
    }

    #[test]
    fn lines_are_counted_per_input_and_locations_capped() {
        let db = client();
        let mut scanner = Scanner::new(&[&db], &all(MIN_CODE, true, 2));
        scan_reader(&b"a\n6000106\n\n6000106 6000106\n"[..], 3, &mut scanner).unwrap();
        scan_reader(&b"6000104\n"[..], 3, &mut scanner).unwrap();
        let found = scanner.results();
        let (number, entry) = &found.known[0];
        assert_eq!((*number, entry.count), (6000106, 3));
        assert_eq!(
            entry.locations,
            [
                Location { input: 0, line: 2 },
                Location { input: 0, line: 4 }
            ]
        );
        assert_eq!(found.known[1].1.locations, [Location { input: 1, line: 1 }]);
    }

    #[test]
    fn next_digit_agrees_with_a_plain_search() {
        let text: Vec<u8> = (0u32..4000)
            // A multiplicative hash: a fixed, varied byte sequence.
            .map(|i| i.wrapping_mul(2_654_435_761).to_le_bytes()[2])
            .map(|b| if b % 7 == 0 { b'0' + b % 10 } else { b | 0x40 })
            .collect();
        for from in 0..=text.len() {
            let plain = text[from..]
                .iter()
                .position(u8::is_ascii_digit)
                .map_or(text.len(), |p| from + p);
            assert_eq!(next_digit(&text, from), plain, "from {from}");
        }
        for b in 0..=u8::MAX {
            let word = [b'x', b'x', b, b'x', b'x', b'x', b'x', b'x', b'x'];
            let expected = if b.is_ascii_digit() { 2 } else { word.len() };
            assert_eq!(next_digit(&word, 0), expected, "byte {b:#x}");
        }
    }

    #[test]
    fn digits_end_agrees_with_a_plain_search() {
        let text: Vec<u8> = (0u32..4000)
            .map(|i| i.wrapping_mul(2_654_435_761).to_le_bytes()[2])
            .map(|b| if b % 3 == 0 { b | 0x40 } else { b'0' + b % 10 })
            .collect();
        for from in 0..=text.len() {
            let plain = text[from..]
                .iter()
                .position(|b| !b.is_ascii_digit())
                .map_or(text.len(), |p| from + p);
            assert_eq!(digits_end(&text, from), plain, "from {from}");
        }
        // Every pair of neighbouring bytes, at every place of a word of digits: a carry
        // or borrow between bytes would show.
        for pair in 0..=u16::MAX {
            for at in 0..7 {
                let mut word = [b'5'; 8];
                word[at..at + 2].copy_from_slice(&pair.to_le_bytes());
                let plain = word.iter().position(|b| !b.is_ascii_digit());
                assert_eq!(digits_end(&word, 0), plain.unwrap_or(8), "{word:?}");
            }
        }
    }

    #[test]
    fn digit_masks_and_runs_agree_with_plain_loops() {
        let plain_mask = |block: &[u8; 64]| {
            (0..64).fold(0u64, |mask, k| {
                mask | u64::from(block[k].is_ascii_digit()) << k
            })
        };
        // Every byte at every place, among digits and among other bytes.
        for filler in [b'7', b'x'] {
            for b in 0..=u8::MAX {
                for at in 0..64 {
                    let mut block = [filler; 64];
                    block[at] = b;
                    assert_eq!(digit_mask(&block), plain_mask(&block), "{b:#x} at {at}");
                }
            }
        }
        // Varied masks, and runs of every length a code can have and one more.
        for seed in 0u64..200 {
            let mask = u128::from(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15))
                | u128::from(seed.wrapping_mul(0xC2B2_AE3D_27D4_EB4F)) << 64;
            let mask = mask | mask >> 1 | mask >> 3;
            for len in 1..=11 {
                let plain = (0..128).fold(0u128, |runs, bit| {
                    let run = (bit..128).take_while(|&b| mask >> b & 1 == 1).count();
                    runs | u128::from(run >= len) << bit
                });
                assert_eq!(runs_of(mask, len), plain, "{mask:#x}, {len}");
            }
        }
    }

    #[test]
    fn ranges_are_merged_and_searched() {
        let db = client();
        let scanner = Scanner::new(&[&db], &all(MIN_CODE, false, 0));
        assert!(scanner.ranges.windows(2).all(|w| w[0].1 < w[1].0));
        assert!(scanner.in_ranges(6000105));
        assert!(!scanner.in_ranges(6999999));
        assert!(!scanner.in_ranges(0), "below the minimum");
    }

    #[test]
    fn the_direct_table_is_kept_for_close_codes_only() {
        // The reference tests (scan/reference.rs) check both lookups: from 1000 on the
        // client catalog's numbers are close together, from 0 on they are not.
        let db = client();
        let close = Scanner::new(&[&db], &all(MIN_CODE, false, 0));
        assert_eq!(close.table.len() as u64, close.high - close.low + 1);
        let kind = |number: u64| close.table[usize::try_from(number - close.low).unwrap()];
        assert_eq!(kind(6000106) as usize - 1, close.known[&6000106]);
        assert_eq!(kind(6000105), IN_RANGE);
        assert_eq!(kind(6000750), NOTHING);
        assert!(Scanner::new(&[&db], &all(0, false, 0)).table.is_empty());
        assert_eq!(
            direct_table(10, 9 + TABLE_MAX, &[10], &[]).map(|t| t.len() as u64),
            Some(TABLE_MAX)
        );
        assert_eq!(direct_table(10, 10 + TABLE_MAX, &[10], &[]), None);
    }
}
