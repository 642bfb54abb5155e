//! The scan rules written out plainly, over whole inputs held in memory, and the
//! scanner checked against them on every small input and on random ones, cut into reads
//! at random places.

use std::collections::BTreeMap;
use std::ffi::OsStr;

use proptest::prelude::*;

use super::role::{AFTER, Keys, WINDOW};
use super::*;

/// Whether `before` ends with an ANSI escape sequence: `ESC [`, parameter and
/// intermediate bytes (0x20-0x3F), a final byte (0x40-0x7E).
fn ends_escape(before: &[u8]) -> bool {
    let Some((&last, rest)) = before.split_last() else {
        return false;
    };
    if !(0x40..=0x7E).contains(&last) {
        return false;
    }
    let body = rest
        .iter()
        .rev()
        .take_while(|&&b| (0x20..=0x3F).contains(&b))
        .count();
    rest.len() >= body + 2 && rest[rest.len() - body - 2..rest.len() - body] == [0x1B, b'[']
}

/// What `zimerr scan --help` says counts, number by number, each input whole. The role
/// of a number is judged by `role::in_error_role` on the `WINDOW` bytes before it (the
/// rules themselves are tested in `role.rs`): here, that the scanner gives it those
/// bytes wherever the reads are cut.
#[expect(
    clippy::naive_bytecount,
    reason = "the reference is written as plainly as can be"
)]
fn reference(db: &Db, options: &Options, inputs: &[Vec<u8>]) -> Found {
    let Options {
        min_code,
        lines,
        max_lines,
        all_numbers,
        ..
    } = *options;
    let keys = Keys::new(
        options
            .keys
            .iter()
            .cloned()
            .chain(catalog_keys(&db.catalog)),
    )
    .with_vendors(catalog_vendors(&db.catalog))
    .with_names(catalog_names(&db.catalog));
    let word = |b: u8| b.is_ascii_alphabetic() || b == b'_';
    let digit = |b: &u8| b.is_ascii_digit();
    let mut known: BTreeMap<u32, Entry> = BTreeMap::new();
    let mut unknown: BTreeMap<u32, Entry> = BTreeMap::new();
    for (index, input) in inputs.iter().enumerate() {
        let mut start = 0;
        while start < input.len() {
            let run = input[start..].iter().take_while(|b| digit(b)).count();
            if run == 0 {
                start += 1;
                continue;
            }
            let end = start + run;
            let before = |k: usize| start.checked_sub(k).map(|i| input[i]);
            let after = |k: usize| input.get(end + k - 1).copied();
            let in_identifier = before(1).is_some_and(|b| word(b) && !ends_escape(&input[..start]))
                || after(1).is_some_and(word);
            let decimal = (before(1) == Some(b'.') && before(2).as_ref().is_some_and(digit))
                || (after(1) == Some(b'.') && after(2).as_ref().is_some_and(digit));
            let written_plainly = run <= 10 && (input[start] != b'0' || run == 1);
            let number = std::str::from_utf8(&input[start..end])
                .ok()
                .and_then(|text| text.parse::<u32>().ok());
            let continued = after(1) == Some(b'#')
                || after(1) == Some(b'-') && after(2).is_some_and(|b| b.is_ascii_alphanumeric())
                || after(1) == Some(b':') && after(2).is_some_and(|b| b.is_ascii_digit())
                || before(1) == Some(b'(') && after(1) == Some(b':');
            let before = &input[start.saturating_sub(WINDOW)..start];
            let rest = &input[end..input.len().min(end + AFTER)];
            let line = rest.split(|&b| b == b'\n').next().unwrap_or_default();
            // A catalog's code (not its success code) in no error role counts if what
            // stands next to it in its line names it.
            let named_in_place = || {
                let Some(n) = number.filter(|&n| n >= min_code) else {
                    return false;
                };
                if !db
                    .catalog
                    .codes()
                    .iter()
                    .any(|c| c.code() == n && !c.success())
                {
                    return false;
                }
                let of_n = |(code, item): (u32, Box<[u8]>)| (code == n).then_some(item);
                let phrases: Vec<Box<[u8]>> =
                    catalog_phrases(&db.catalog).filter_map(of_n).collect();
                let names: Vec<Box<[u8]>> =
                    catalog_own_names(&db.catalog).filter_map(of_n).collect();
                let own = role::Own {
                    phrases: &phrases,
                    names: &names,
                };
                role::named_in_place(before, line, &own, &keys)
            };
            // A number that may be an HTTP status never counts where its line says it is
            // one.
            let http_status = number.is_some_and(|n| role::may_be_http(u64::from(n)))
                && role::http_status_follows(line);
            let in_role = || {
                role::in_error_role(before, &keys)
                    .counts(u64::from(number.unwrap_or(0)), after(1).unwrap_or(b'\n'))
            };
            let role = all_numbers || !continued && !http_status && (in_role() || named_in_place());
            let number = number.filter(|&n| {
                !in_identifier && !decimal && written_plainly && n >= min_code && role
            });
            // The success code is no error: it never counts (but with `--all-numbers`).
            let success = db
                .catalog
                .codes()
                .iter()
                .any(|c| c.code() == number.unwrap_or(0) && c.success())
                && !all_numbers;
            if let Some(number) = number.filter(|_| !success) {
                let entry = if db.catalog.codes().iter().any(|c| c.code() == number) {
                    Some(known.entry(number).or_default())
                } else if db
                    .catalog
                    .categories()
                    .iter()
                    .flat_map(zimerr_catalog::Category::ranges)
                    .any(|&(first, last)| (first..=last).contains(&number))
                {
                    Some(unknown.entry(number).or_default())
                } else {
                    None
                };
                if let Some(entry) = entry {
                    entry.count += 1;
                    if lines && (max_lines == 0 || entry.locations.len() < max_lines) {
                        let newlines = input[..start].iter().filter(|&&b| b == b'\n').count();
                        entry.locations.push(Location {
                            input: u32::try_from(index).unwrap(),
                            line: newlines as u64 + 1,
                        });
                    }
                }
            }
            start = end;
        }
    }
    let order = |map: BTreeMap<u32, Entry>| {
        let mut list: Vec<(u32, Entry)> = map.into_iter().collect();
        list.sort_by_key(|(number, e)| (std::cmp::Reverse(e.count), *number));
        list
    };
    let known = order(known);
    Found {
        owners: vec![1; known.len()],
        known,
        unknown: order(unknown),
    }
}

/// A copy of the fresh `scanner`, each input fed in reads of the given sizes (repeated
/// as needed). A copy: the exhaustive tests would spend most of their time building it.
fn scanned(scanner: &Scanner, inputs: &[Vec<u8>], reads: &[usize]) -> Found {
    let mut scanner = scanner.clone();
    for input in inputs {
        let mut rest = input.as_slice();
        for &size in reads.iter().cycle() {
            if rest.is_empty() {
                break;
            }
            let (read, after) = rest.split_at(size.clamp(1, rest.len()));
            scanner.feed(read);
            rest = after;
        }
        scanner.end_input();
    }
    scanner.results()
}

/// Every input of up to 5 bytes from an alphabet that holds each rule's bytes: the codes
/// 0 and 1 (with `--min-code 0`), leading zeros, decimals, a letter that also ends a
/// colour code, the start of one, newlines; read whole and byte by byte.
#[test]
fn every_small_input_is_scanned_as_the_rules_say() {
    let db = Db::load(OsStr::new("client")).unwrap();
    let options = all(0, true, 0);
    let scanner = Scanner::new(&[&db], &options);
    let alphabet = b"01.m\n\x1b[ ";
    let mut input = Vec::new();
    for len in 0..=5u32 {
        for mut index in 0..alphabet.len().pow(len) {
            input.clear();
            for _ in 0..len {
                input.push(alphabet[index % alphabet.len()]);
                index /= alphabet.len();
            }
            let inputs = [input.clone()];
            let expected = reference(&db, &options, &inputs);
            for reads in [&[1][..], &[5]] {
                assert_eq!(
                    scanned(&scanner, &inputs, reads),
                    expected,
                    "{input:?} in reads of {reads:?}"
                );
            }
        }
    }
}

/// The escape state carried from one read to the next agrees with looking back over
/// the whole input, wherever the input is cut.
#[test]
fn escape_state_agrees_with_the_whole_input() {
    let alphabet = b"\x1b[3;m ";
    let mut input = Vec::new();
    for len in 0..=7u32 {
        for mut index in 0..alphabet.len().pow(len) {
            input.clear();
            for _ in 0..len {
                input.push(alphabet[index % alphabet.len()]);
                index /= alphabet.len();
            }
            for cut in 0..=input.len() {
                let carried = escape_state(&input[..cut], Escape::Outside);
                let state = escape_state(&input[cut..], carried);
                assert_eq!(
                    state == Escape::Ended,
                    ends_escape(&input),
                    "{input:?} cut at {cut}"
                );
            }
        }
    }
}

/// Pieces of logs: codes known and unknown, the codes 0 and 1, colour codes whole and
/// cut, digit runs of every length, any byte, and the bytes the rules are about.
fn piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::sample::select(vec![
            &b"6000106"[..],
            b"6000105",
            b"6000121",
            b"6000001",
            b"7000000",
            b"0",
            b"1",
            b"1000",
            b"10",
            b"\x1b[31m",
            b"\x1b[",
            b"\x1b",
        ])
        .prop_map(<[u8]>::to_vec),
        prop::sample::select(b"0123456789.._ax\n\n [m;".to_vec()).prop_map(|b| vec![b]),
        any::<u8>().prop_map(|b| vec![b]),
        "[0-9]{1,12}".prop_map(String::into_bytes),
    ]
}

fn input() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(piece(), 0..80).prop_map(|pieces| pieces.concat())
}

/// Reads of a few bytes, and reads long enough to be scanned 64 bytes at a time.
fn reads() -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(prop_oneof![1usize..=20, 100usize..=400], 1..6)
}

/// Each piece of a log that a rule is about, at every place of a read of 256 bytes
/// (which is scanned 64 bytes at a time up to its last 64 to 127 bytes), among other
/// digits or among spaces.
#[test]
fn each_rule_holds_at_every_place_of_a_long_read() {
    let db = Db::load(OsStr::new("client")).unwrap();
    let scanners = [0, 1000].map(|min_code| {
        let options = all(min_code, true, 0);
        (options.clone(), Scanner::new(&[&db], &options))
    });
    let pieces: [&[u8]; 12] = [
        b" 6000106 ",
        b"x6000106 ",
        b"_6000106.",
        b"1.6000106",
        b"6000106.5",
        b"6000106.x",
        b"06000106",
        b"16000106",
        b"600010612345",
        b"\x1b[31m6000106x",
        b"\x1b[31m6000105\n",
        b"6000106",
    ];
    for filler in [b' ', b'7', b'\n'] {
        for piece in pieces {
            for place in 0..=256 - piece.len() {
                let mut input = vec![filler; 256];
                input[place..place + piece.len()].copy_from_slice(piece);
                let inputs = [input];
                for (options, scanner) in &scanners {
                    assert_eq!(
                        scanned(scanner, &inputs, &[256]),
                        reference(&db, options, &inputs),
                        "{piece:?} at {place} among {filler:?}, --min-code {}",
                        options.min_code
                    );
                }
            }
        }
    }
}

proptest! {
    #[test]
    fn the_scanner_agrees_with_the_rules(
        catalog in prop::sample::select(vec!["client", "server"]),
        min_code in prop::sample::select(vec![0, 1, 1000, 6000106]),
        inputs in prop::collection::vec(input(), 1..=3),
        reads in reads(),
        lines: bool,
        max_lines in 0usize..3,
    ) {
        let db = Db::load(OsStr::new(catalog)).unwrap();
        let options = all(min_code, lines, max_lines);
        prop_assert_eq!(
            scanned(&Scanner::new(&[&db], &options), &inputs, &reads),
            reference(&db, &options, &inputs)
        );
    }

    #[test]
    fn the_scanner_judges_roles_as_the_rules_say(
        catalog in prop::sample::select(vec!["client", "server"]),
        min_code in prop::sample::select(vec![0, 1000]),
        inputs in prop::collection::vec(role_input(), 1..=3),
        reads in reads(),
        lines: bool,
    ) {
        let db = Db::load(OsStr::new(catalog)).unwrap();
        let mut options = Options::new(min_code, lines, 0);
        options.keys = vec![String::from("Seq")];
        prop_assert_eq!(
            scanned(&Scanner::new(&[&db], &options), &inputs, &reads),
            reference(&db, &options, &inputs)
        );
    }
}

/// The rules of zimerr 0.1's first scan: every number, in any role.
fn all(min_code: u32, lines: bool, max_lines: usize) -> Options {
    Options {
        all_numbers: true,
        ..Options::new(min_code, lines, max_lines)
    }
}

/// Pieces of logs for the role rules: keys, error words, clause boundaries, signs, paths,
/// times, long stretches without a boundary (the window), and the pieces above.
fn role_piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::sample::select(vec![
            &b"code="[..],
            b"\"ErrorCode\":",
            b"\"code\":\"",
            b" err ",
            b"failed ",
            b"seq=",
            b"MsgSeq=",
            b"(",
            b"returned ",
            b"-",
            b"/",
            b":",
            b", ",
            b". ",
            b";",
            b"\n",
            "错误码".as_bytes(),
            b"6000106",
            b"6000105",
            b"0",
            b"1",
            b"51102",
            br#"\"code\": "#,
            b"/errors/",
            b"failed. (",
            b")",
            b" TokenExpired",
            b"ZIMErrorCodeNetworkModuleTokenExpired ",
            b"Token has expired",
            b" (status ",
            b"status=",
            b" err_msg=",
            b",\"error-text\":",
            b" Internal Server Error",
            b"500",
            "Code №".as_bytes(),
            b"error No. ",
            b"                                                                                ",
        ])
        .prop_map(<[u8]>::to_vec),
        piece(),
    ]
}

fn role_input() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(role_piece(), 0..120).prop_map(|pieces| pieces.concat())
}

/// The role rules at every place of a long read, and across reads of every size: the
/// bytes before a number come from the read and from those before it.
#[test]
fn roles_are_judged_across_reads() {
    let db = Db::load(OsStr::new("client")).unwrap();
    let options = Options::new(1000, true, 0);
    let scanner = Scanner::new(&[&db], &options);
    let far = [&b"error"[..], &[b' '; 170], b"{\"6000106\":1} "].concat();
    let pieces: [&[u8]; 21] = [
        b"code=6000106 ",
        b"error: [6000106] ",
        b"seq=6000106 ",
        b"code=-6000106 ",
        b"error 6000106-12 ",
        b"error 6000106:12 ",
        b"error 6000106- ",
        b"error, 6000106 ",
        b"failed (6000106: x) ",
        b"returned -6000106 ",
        br#"{\"code\": 6000106} "#,
        b"failed. (6000106) ",
        b"failed. (6000106 x) ",
        b"/errors/6000106 ",
        b"6000106 TokenExpired ",
        b"[6000106] Token has expired ",
        b"Token has expired (6000106) ",
        b"Token has expired (status 6000106: ",
        b"status=6000106 err_msg=x ",
        b"6000106. (ZIMErrorCodeNetworkModuleTokenExpired) ",
        // An error word beyond the window: no rule sees it, wherever the reads are cut.
        &far,
    ];
    for piece in pieces {
        for place in 0..=300 - piece.len() {
            let mut input = vec![b' '; 300];
            input[place..place + piece.len()].copy_from_slice(piece);
            let inputs = [input];
            let expected = reference(&db, &options, &inputs);
            for reads in [&[300][..], &[1], &[7], &[place.max(1)], &[place + 6]] {
                assert_eq!(
                    scanned(&scanner, &inputs, reads),
                    expected,
                    "{piece:?} at {place} in reads of {reads:?}"
                );
            }
        }
    }
}
