//! Whether a number stands in an error role: the rules `zimerr scan --help` states, as
//! pure functions of the bytes before the number (at most [`WINDOW`] of them, the start
//! of the input being a boundary) and the byte after it.
//!
//! The scanner asks only about numbers that are codes of a catalog or lie in a
//! category's range, so these rules cost nothing on the other numbers of a log.

/// How far back a number's key and clause are looked for.
pub(crate) const WINDOW: usize = 160;

/// The error-like keys, normalized (ASCII lowercase, without `_`, `-`, `.` and spaces):
/// a key whose normalized form is one of these, or ends with one of [`ERROR_KEY_ENDS`],
/// names an error code.
pub(crate) const ERROR_KEYS: &[&str] = &[
    "code",
    "err",
    "error",
    "errno",
    "errnum",
    "errorno",
    "errornum",
    "errornumber",
    "errcode",
    "errorcode",
    "ret",
    "retcode",
    "returncode",
    "rc",
    "result",
    "resultcode",
    "statuscode",
    "subcode",
    "reasoncode",
    "fail",
    "fatal",
    "panic",
];

/// Endings of error-like keys: `sb_err`, `SendMsgErrCode`, `sdk_error_code`, `http_status_code`,
/// and keys that are an error word (`ApiError: 70001`, `login failed: 70001`).
pub(crate) const ERROR_KEY_ENDS: &[&str] = &[
    "err",
    "error",
    "exception",
    "failed",
    "failure",
    "errcode",
    "errorcode",
    "errno",
    "retcode",
    "returncode",
    "resultcode",
    "statuscode",
    "subcode",
    "reasoncode",
];

/// The keys that count: the built-in ones, the catalogs' declared wire names and
/// `--key`, normalized.
#[derive(Clone, Debug, Default)]
pub(crate) struct Keys {
    extra: Vec<Vec<u8>>,
    /// The catalogs' vendor names, ASCII lowercase (see [`Keys::with_vendors`]).
    vendors: Vec<Vec<u8>>,
    /// The catalogs' code names, normalized, sorted (see [`Keys::with_names`]).
    names: Vec<Vec<u8>>,
}

impl Keys {
    /// The built-in keys and `extra` (any case or separator style).
    pub(crate) fn new<S: AsRef<str>>(extra: impl IntoIterator<Item = S>) -> Self {
        let mut buf = [0; KEY_MAX];
        let extra: Vec<Vec<u8>> = extra
            .into_iter()
            .filter_map(|k| normalize(k.as_ref().as_bytes(), &mut buf).map(<[u8]>::to_vec))
            .filter(|k| !k.is_empty())
            .collect();
        Keys {
            extra,
            vendors: Vec::new(),
            names: Vec::new(),
        }
    }

    /// These keys, and `names`: the catalogs' code names and SDK names, which as the word
    /// or key right before a number name an error (`USER_KEY_RECYCLED (10013)`,
    /// `InvalidUserIp: 10005`). Names shorter than [`NAME_MIN`] bytes, once normalized,
    /// are left out: `Timeout` or `Ok` before a number says little.
    pub(crate) fn with_names<S: AsRef<str>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        let mut buf = [0; KEY_MAX];
        self.names = names
            .into_iter()
            .filter_map(|n| normalize(n.as_ref().as_bytes(), &mut buf).map(<[u8]>::to_vec))
            .filter(|n| n.len() >= NAME_MIN)
            .collect();
        self.names.sort_unstable();
        self.names.dedup();
        self
    }

    /// Whether `word` (as written in the log) is one of the catalogs' code names.
    fn is_code_name(&self, word: &[u8]) -> bool {
        let mut buf = [0; KEY_MAX];
        normalize(word, &mut buf)
            .is_some_and(|w| self.names.binary_search_by(|n| n.as_slice().cmp(w)).is_ok())
    }

    /// These keys, and `vendors`: names that, as the word right before a number (`HMS
    /// 81000001`, `Zoom said 124`), make it the vendor's code. A word of the log names a
    /// vendor when it is one of them in any case, or the start of one in capitals from 3
    /// letters (`HMS` for `hmspush`), or starts with one of 4 letters or more.
    pub(crate) fn with_vendors<S: AsRef<str>>(
        mut self,
        vendors: impl IntoIterator<Item = S>,
    ) -> Self {
        self.vendors = vendors
            .into_iter()
            .map(|v| v.as_ref().to_ascii_lowercase().into_bytes())
            .filter(|v| !v.is_empty())
            .collect();
        self
    }

    /// Whether `key` is one of the vendors' names, whole or followed by more (`sendbird:
    /// 400201`, `RongCloud: 1050`): a vendor's start names it before a number only.
    fn is_vendor(&self, key: &[u8]) -> bool {
        // A file name is no vendor's: `ZoomClient.java:124`, `plivo.ex:90`.
        !key.contains(&b'.')
            && self.vendors.iter().any(|vendor| {
                (key.len() == vendor.len() || vendor.len() >= VENDOR_MIN)
                    && key
                        .get(..vendor.len())
                        .is_some_and(|start| start.eq_ignore_ascii_case(vendor))
            })
    }

    /// Whether `word`, a word of the log, names one of the vendors.
    fn names_vendor(&self, word: &[u8]) -> bool {
        self.vendors.iter().any(|vendor| {
            // A shorter start in capitals only, as an acronym: `HMS` for `hmspush`, not
            // `send` (a count follows it: `send 20000 messages`) for `sendbird`.
            let start_of_vendor = (word.len() == vendor.len()
                || word.len() >= 3 && word.iter().all(u8::is_ascii_uppercase))
                && vendor
                    .get(..word.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(word));
            // `rongcloud` and `RongCloudClient` for the prefix `rong`.
            let vendor_first = vendor.len() >= VENDOR_MIN
                && word
                    .get(..vendor.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(vendor));
            start_of_vendor || vendor_first
        })
    }

    /// Whether `word`, a word of the log right before a number, names a code field written
    /// as prose (`infocode 10003`): a vendor's code key or a `--key`, not a built-in key
    /// that is also a common word (`result 20000 rows`).
    fn names_code_field(&self, word: &[u8]) -> bool {
        let mut buf = [0; KEY_MAX];
        normalize(word, &mut buf)
            .is_some_and(|k| vendor_code_key(k) || self.extra.iter().any(|e| e == k))
    }

    /// Whether `key` (as written in the log) names an error code. A key of more than
    /// [`KEY_MAX`] bytes never does.
    #[inline]
    pub(crate) fn is_error_key(&self, key: &[u8]) -> bool {
        // On the stack: this runs for every code found, and a scan finds millions.
        let mut buf = [0; KEY_MAX];
        if normalize(key, &mut buf).is_some_and(|k| self.names_code(k)) {
            return true;
        }
        // `error.code`, `resp.code`: the last segment of a dotted key decides too (from
        // its dot, which `normalize` drops).
        let Some(dot) = key.iter().rposition(|&b| b == b'.') else {
            return false;
        };
        normalize(&key[dot..], &mut buf).is_some_and(|k| self.names_code(k))
    }

    /// Whether `key` (as written in the log) is a status code's (`statusCode`,
    /// `http_status_code`), which is an HTTP status from 100 to 599, unless `--key` or the
    /// catalog names it.
    fn is_http_status_key(&self, key: &[u8]) -> bool {
        // The cheap test first: this runs for every keyed code found.
        let ends_in_code = key.len() >= 4 && key[key.len() - 4..].eq_ignore_ascii_case(b"code");
        if !ends_in_code {
            return false;
        }
        let mut buf = [0; KEY_MAX];
        normalize(key, &mut buf).is_some_and(|k| {
            k.ends_with(HTTP_STATUS_KEY_END.as_bytes()) && !self.extra.iter().any(|e| e == k)
        })
    }

    /// Whether a normalized key is error-like.
    fn names_code(&self, key: &[u8]) -> bool {
        ERROR_KEYS.iter().any(|e| key == e.as_bytes())
            || ERROR_KEY_ENDS.iter().any(|e| key.ends_with(e.as_bytes()))
            || self.extra.iter().any(|e| e == key)
            || vendor_code_key(key)
    }
}

/// The ending of the keys of a status code: `statusCode`, `status_code`, `http_status_code`.
pub(crate) const HTTP_STATUS_KEY_END: &str = "statuscode";

/// Whether a normalized key ending in `code` names a vendor's own code field
/// (`infocode`, `hms_code`, `apiCode`): any such key but the codes of other kinds, whose
/// part before `code` ends with one of [`OTHER_CODE_KINDS`] (`versionCode`, `zip_code`,
/// `country_code`, `http_code`).
fn vendor_code_key(key: &[u8]) -> bool {
    key.strip_suffix(b"code")
        .is_some_and(|kind| !kind.is_empty() && !other_kind(kind))
}

/// Whether the part of a normalized key before `code` names a code of another kind.
fn other_kind(kind: &[u8]) -> bool {
    OTHER_CODE_KINDS
        .iter()
        .any(|other| kind.ends_with(other.as_bytes()))
}

/// Whether `word` names another kind of code before the word `code` (`postal code`).
fn other_kind_word(word: &[u8]) -> bool {
    let mut buf = [0; KEY_MAX];
    normalize(word, &mut buf).is_some_and(other_kind)
}

/// Whether `word` is a code of another kind (`versionCode`, `zip_code`).
fn other_kind_of_code(word: &[u8]) -> bool {
    let mut buf = [0; KEY_MAX];
    normalize(word, &mut buf).is_some_and(|k| k.strip_suffix(b"code").is_some_and(other_kind))
}

/// The kinds of code that are no error code, normalized: a key ending in one of these and
/// `code` never counts as a vendor's code field (it may still be an error-like key of
/// [`ERROR_KEYS`], as `statuscode` is).
pub(crate) const OTHER_CODE_KINDS: &[&str] = &[
    // Places and languages.
    "zip",
    "postal",
    "post",
    "country",
    "area",
    "city",
    "ad",
    "region",
    "province",
    "district",
    "state",
    "geo",
    "airport",
    "station",
    "dial",
    "phone",
    "lang",
    "language",
    "locale",
    "currency",
    "timezone",
    // Secrets, invitations and one-time codes.
    "auth",
    "authorization",
    "verification",
    "verify",
    "confirmation",
    "activation",
    "access",
    "sms",
    "otp",
    "captcha",
    "pin",
    "pass",
    "reset",
    "recovery",
    "device",
    "user",
    "invite",
    "invitation",
    "referral",
    "promo",
    "coupon",
    "voucher",
    "discount",
    "gift",
    "redeem",
    "share",
    "join",
    "room",
    "meeting",
    // Versions, builds and programs.
    "version",
    "build",
    "source",
    "byte",
    "machine",
    "op",
    "key",
    "scan",
    "char",
    "uni",
    "hash",
    "qr",
    "bar",
    "color",
    "colour",
    // Other systems' codes.
    "exit",
    "http",
    "grpc",
    "sql",
    "signal",
    // Goods, people and money.
    "product",
    "item",
    "sku",
    "order",
    "tracking",
    "class",
    "course",
    "bank",
    "swift",
    "tax",
    "short",
    "long",
    "carrier",
    "network",
];

impl Keys {}

/// The shortest vendor name that a longer word may start with and still name the vendor
/// (`rongcloud` for `rong`; not `hmsomething` for `hms`).
pub(crate) const VENDOR_MIN: usize = 4;

/// The shortest code name, normalized, that names an error before a number.
pub(crate) const NAME_MIN: usize = 8;

/// The longest key looked at, in bytes.
pub(crate) const KEY_MAX: usize = 64;

/// `key` in ASCII lowercase without `_`, `-`, `.` and spaces (`Error_Code`, `error-code`
/// and `errorCode` are one key), written into `buf`; `None` if it is longer than `buf`.
fn normalize<'a>(key: &[u8], buf: &'a mut [u8; KEY_MAX]) -> Option<&'a [u8]> {
    let mut len = 0;
    for &b in key {
        if matches!(b, b'_' | b'-' | b'.' | b' ') {
            continue;
        }
        *buf.get_mut(len)? = b.to_ascii_lowercase();
        len += 1;
    }
    Some(&buf[..len])
}

/// A byte of a key: an ASCII letter or digit, `_`, `-` or `.`.
fn key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// `before` without the ANSI escape sequences (`ESC [ … m`) it ends with.
pub(crate) fn strip_escapes(mut before: &[u8]) -> &[u8] {
    while let Some((&last, rest)) = before.split_last() {
        if !(0x40..=0x7E).contains(&last) {
            break;
        }
        let body = rest
            .iter()
            .rev()
            .take_while(|&&b| (0x20..=0x3F).contains(&b))
            .count();
        let open = rest.len() - body;
        if open >= 2 && rest[open - 2..open] == [0x1B, b'['] {
            before = &rest[..open - 2];
        } else {
            break;
        }
    }
    before
}

/// Whether a number stands in an error role, as far as the bytes before it tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// It does not.
    No,
    /// It does.
    Yes,
    /// It does if it is a lone number that closes its parentheses (`failed. (800210)`),
    /// not the first word of a remark (`failed. (3 retries)`).
    IfClosed,
    /// It does if it cannot be an HTTP status (100 to 599): a status in an error message
    /// (`failed with error: Bad Credentials (status 4)`).
    IfNotHttp,
}

impl Role {
    /// Whether the number `value` counts, `after` being the byte after it.
    pub(crate) fn counts(self, value: u64, after: u8) -> bool {
        match self {
            Role::No => false,
            Role::Yes => true,
            Role::IfClosed => after == b')',
            Role::IfNotHttp => !may_be_http(value),
        }
    }
}

impl From<bool> for Role {
    fn from(yes: bool) -> Self {
        if yes { Role::Yes } else { Role::No }
    }
}

/// Whether the number that follows `before` (the bytes before it, at most [`WINDOW`],
/// escape sequences included) stands in an error role; the byte after it has already
/// passed [`ends_freely`].
pub(crate) fn in_error_role(before: &[u8], keys: &Keys) -> Role {
    let before = strip_escapes(before);
    let b1 = before.last().copied();
    let b2 = before.len().checked_sub(2).map(|i| before[i]);
    if b1 == Some(b'-') {
        return returned_negative(&before[..before.len() - 1]).into();
    }
    let part_of_something = match b1 {
        // A path segment: `/api/v1/users/70001`, `C:\logs\70001`, except the one after
        // an `errors` segment, which names an error (`/docs/errors/21211`).
        Some(b'/') => return error_path(&before[..before.len() - 1]).into(),
        // An ordinal or a counter (`#20009`), except where `#` marks the code itself.
        Some(b'#') => return code_after_hash(&before[..before.len() - 1]),
        // Signed: `+0800`; nginx's connection `*7003`.
        Some(b'+' | b'\\' | b'*') => true,
        // A part of a time, a thread id or an address: `10:00`, `[1433:72211]`, `[::1]:8080`.
        Some(b':') => b2.is_some_and(|b| b.is_ascii_digit() || b == b']'),
        _ => false,
    };
    if part_of_something || logcat_pid(before) {
        return Role::No;
    }
    match key_of(before) {
        Key::Named(key, at) if exit_code(&before[..at], key) => Role::No,
        Key::Named(key, at) if counts_failures(key, &before[at + key.len()..]) => Role::No,
        Key::Named(key, at) if one_of(key, STATUS_WORDS) && status_of_error(&before[..at]) => {
            Role::IfNotHttp
        }
        // `statusCode=200`: an HTTP status, unless the number cannot be one.
        Key::Named(key, _) if keys.is_http_status_key(key) => Role::IfNotHttp,
        Key::Named(key, at) => (keys.is_error_key(key)
            || keys.is_code_name(key)
            || keys.is_vendor(key)
            || raw_value_of_error(&before[..at], key))
        .into(),
        Key::None => role_without_key(before, keys),
    }
}

/// The role of a number after `before` that is no key's value: the clause decides.
// Out of line: the keyed case, the common one, stays small enough to inline its helpers.
#[inline(never)]
fn role_without_key(before: &[u8], keys: &Keys) -> Role {
    match () {
        () if error_word_in_clause(before, keys) => Role::Yes,
        // `Code №14`, `error code No. 20003`: a number sign between the word and the code.
        () if without_number_sign(before).is_some_and(|b| error_word_in_clause(b, keys)) => {
            Role::Yes
        }
        // A quote that opens the number is no clause boundary: `ErrorCode "20"`.
        () if before.last().is_some_and(|&b| matches!(b, b'"' | b'\'')) => {
            error_word_in_clause(&before[..skip_quote(before, before.len())], keys).into()
        }
        () if after_failed_sentence(before) => Role::IfClosed,
        () if constant_in_error_clause(before) => Role::IfClosed,
        () if in_list_of_codes(before, keys) => Role::Yes,
        () => status_word_of_error(before),
    }
}

/// The words that name a status, which is an error code in an error message.
pub(crate) const STATUS_WORDS: &[&str] = &["status"];

/// The role of a number after a status word and spaces (`(status 4)`): a status of an
/// error message if [`status_of_error`] says so.
fn status_word_of_error(before: &[u8]) -> Role {
    let end = skip_spaces(before, before.len());
    let start = before[..end]
        .iter()
        .rposition(|&b| !word_byte(b))
        .map_or(0, |i| i + 1);
    // (A space or more between: a number touching the word never counts.)
    if one_of(&before[start..end], STATUS_WORDS) && status_of_error(&before[..start]) {
        Role::IfNotHttp
    } else {
        Role::No
    }
}

/// Whether a status word whose clause starts with `before` (the bytes before the word)
/// stands in an error message: the clause holds an error word other than a log level,
/// and the word before the status is no exit word (`failed with exit status 2` is a
/// process's).
fn status_of_error(before: &[u8]) -> bool {
    let clause = without_escapes(clause(before));
    let mut words = words_back(&clause);
    !words.next().is_some_and(|w| one_of(w, EXIT_WORDS))
        && words_back(&clause).any(|w| !LEVELS.contains(&w) && is_error_word(w))
}

/// Whether `value` may be an HTTP status: 100 to 599.
pub(crate) fn may_be_http(value: u64) -> bool {
    (100..=599).contains(&value)
}

/// The reason phrases of HTTP statuses, ASCII lowercase, and the words Python's
/// `requests` writes in their place (`503 Server Error: …`).
pub(crate) const HTTP_REASONS: &[&str] = &[
    "continue",
    "switching protocols",
    "ok",
    "created",
    "accepted",
    "no content",
    "partial content",
    "moved permanently",
    "found",
    "see other",
    "not modified",
    "temporary redirect",
    "permanent redirect",
    "bad request",
    "unauthorized",
    "payment required",
    "forbidden",
    "not found",
    "method not allowed",
    "not acceptable",
    "request timeout",
    "conflict",
    "gone",
    "length required",
    "precondition failed",
    "payload too large",
    "request entity too large",
    "uri too long",
    "unsupported media type",
    "range not satisfiable",
    "expectation failed",
    "misdirected request",
    "unprocessable entity",
    "unprocessable content",
    "locked",
    "failed dependency",
    "too early",
    "upgrade required",
    "precondition required",
    "too many requests",
    "request header fields too large",
    "unavailable for legal reasons",
    "internal server error",
    "not implemented",
    "bad gateway",
    "service unavailable",
    "service temporarily unavailable",
    "gateway timeout",
    "gateway time-out",
    "http version not supported",
    "network authentication required",
    "server error",
    "client error",
];

/// Whether `after`, the bytes after a number that may be an HTTP status, says it is one:
/// a space or more and a reason phrase of [`HTTP_REASONS`] as whole words, in any case
/// (`500 Internal Server Error`, `HTTP/1.1 404 Not Found`, `503 Server Error: …`).
pub(crate) fn http_status_follows(after: &[u8]) -> bool {
    let rest = after.trim_ascii_start();
    rest.len() < after.len()
        && HTTP_REASONS
            .iter()
            .any(|reason| starts_with_phrase(rest, reason.as_bytes()))
}

/// What a catalog says of one code that may name it next to its number.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Own<'a> {
    /// Its texts ([`echo_phrase`]).
    pub(crate) phrases: &'a [Box<[u8]>],
    /// Its name and SDK name, normalized ([`own_name`]).
    pub(crate) names: &'a [Box<[u8]>],
}

/// A code's name or SDK name as [`Own::names`] holds it: normalized, from [`NAME_MIN`]
/// bytes.
pub(crate) fn own_name(name: &str) -> Option<Box<[u8]>> {
    let mut buf = [0; KEY_MAX];
    normalize(name.as_bytes(), &mut buf)
        .filter(|n| n.len() >= NAME_MIN)
        .map(Box::from)
}

/// How far after a number, within its line, its code's name or text is looked for.
pub(crate) const AFTER: usize = 160;

/// The shortest text of a code, in bytes, that names it next to its number: `Not found`
/// or `Timeout` next to a number says little.
pub(crate) const PHRASE_MIN: usize = 12;

/// Where the first clause of a description ends: what a log echoes of it.
pub(crate) const PHRASE_ENDS: &[&str] = &[". ", "; ", ", ", "。", "，", "；"];

/// A code's text as a log echoes it next to the number: the first clause of
/// `description` (up to one of [`PHRASE_ENDS`], without a full stop), ASCII lowercase;
/// `None` if it is shorter than [`PHRASE_MIN`] bytes.
pub(crate) fn echo_phrase(description: &str) -> Option<Box<[u8]>> {
    let end = PHRASE_ENDS
        .iter()
        .filter_map(|sep| description.find(sep))
        .min()
        .unwrap_or(description.len());
    let first = description[..end].trim().trim_end_matches('.').trim_end();
    (first.len() >= PHRASE_MIN).then(|| first.to_ascii_lowercase().into_bytes().into())
}

/// Whether a catalog's code that no error role makes count (judged by `before`, the
/// bytes before it) is named by what stands right next to it in its line (`after`, the
/// bytes after it, at most [`AFTER`] and up to the end of its line):
/// - a code's name or SDK name right after it (`10005 INVALID_USER_IP`,
///   `113 (InvalidUserId)`) or first in its brackets (`(NO_ROADS_NEARBY, 20801)`), or
///   written as words right before or after it (`Missing Permissions (50013)`);
/// - a whole argument of an error's call or repr, not the first
///   (`TwilioRestException(429, '…', 20429, 'POST')`);
/// - its own text (one of `phrases`, see [`echo_phrase`]) right after it or right before
///   it, a word apart at most: `[9] Flood control`, `Invalid user id (113)`,
///   `Invalid Signature (status 14)`;
/// - a JSON object's key, in a line that holds an error word or the vendor's name before
///   it: `"msg":"error counters","counts":{"500901":14`;
/// - the value of a status or result key whose record's next key is an error text:
///   `"status":"9","error-text":"Quota Exceeded"`.
///
/// A number that is part of something else (a negative one, a path segment, a time) is
/// not.
pub(crate) fn named_in_place(before: &[u8], after: &[u8], own: &Own<'_>, keys: &Keys) -> bool {
    let Own { phrases, names } = *own;
    let before = strip_escapes(before);
    if attached(before) {
        return false;
    }
    let next = start_of_next(after);
    let word_len = next
        .iter()
        .take_while(|&&b| key_byte(b) && b != b'.')
        .count();
    if keys.is_code_name(&next[..word_len])
        || named_first_in_brackets(before, keys)
        || name_in_words(before, next, names)
        || map_key_in_error_line(before, after, keys)
        || argument_of_error(before, after)
    {
        return true;
    }
    if phrases
        .iter()
        .any(|p| starts_with_phrase(next, p) || ends_with_phrase(before, p))
    {
        return true;
    }
    status_with_error_text(before, after)
}

/// Whether the number between `before` and `after` is a key of a map (JSON's `{"…":`,
/// Python's and others' `{…:`, after `{` or `,` and only keys, values and separators since
/// the `{`), and its line, before the `{`, holds an error word other than a log level in
/// capitals, or a vendor's name: counters by code, `"msg":"sendbird error counters",
/// "counts":{"500901":14,"400201":6}`, `failures_by_code {21211: 41, 21610: 63}`.
fn map_key_in_error_line(before: &[u8], after: &[u8], keys: &Keys) -> bool {
    let after = after.strip_prefix(b"\"").unwrap_or(after);
    if after.trim_ascii_start().first() != Some(&b':') {
        return false;
    }
    let before = before.strip_suffix(b"\"").unwrap_or(before);
    let Some(open) = before
        .iter()
        .rposition(|&b| !matches!(b, b'0'..=b'9' | b',' | b':' | b' ' | b'"'))
    else {
        return false;
    };
    let last = before[..before.len()].iter().rposition(|&b| b != b' ');
    if before[open] != b'{' || !last.is_some_and(|i| matches!(before[i], b'{' | b',')) {
        return false;
    }
    let line = before[..open]
        .rsplit(|&b| b == b'\n')
        .next()
        .unwrap_or_default();
    words_back(&without_escapes(line))
        .any(|w| !LEVELS.contains(&w) && is_error_word(w) || keys.is_vendor(w))
}

/// The most words a code's name written as words spans: `Missing Permissions`.
pub(crate) const NAME_WORDS_MAX: usize = 4;

/// Whether the number's own code's name, written as words separated by single spaces (`Missing
/// Permissions (50013)`, `50013 Missing Permissions`), ends `before` (past closing
/// punctuation, spaces and an opening bracket) or starts `next` (the text after the number
/// from where the next thing starts), from 2 to [`NAME_WORDS_MAX`] words.
fn name_in_words(before: &[u8], next: &[u8], names: &[Box<[u8]>]) -> bool {
    let is_name = |words: &[u8]| {
        let mut buf = [0; KEY_MAX];
        normalize(words, &mut buf).is_some_and(|w| names.iter().any(|n| **n == *w))
    };
    let end = before
        .iter()
        .rposition(|&b| !matches!(b, b' ' | b'\t' | b'(' | b'[' | b':' | b'"' | b'\''))
        .map_or(0, |i| i + 1);
    let ends_before = (2..=NAME_WORDS_MAX).any(|n| {
        let mut start = end;
        for word in 0..n {
            let len = before[..start]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            if len == 0 {
                return false;
            }
            start -= len;
            if word + 1 < n {
                if start == 0 || before[start - 1] != b' ' {
                    return false;
                }
                start -= 1;
            }
        }
        let whole = start == 0 || !word_byte(before[start - 1]);
        whole && is_name(&before[start..end])
    });
    let starts_next = (2..=NAME_WORDS_MAX).any(|n| {
        let mut end = 0;
        for word in 0..n {
            if word > 0 {
                if next.get(end) != Some(&b' ') {
                    return false;
                }
                end += 1;
            }
            let len = next[end..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            if len == 0 {
                return false;
            }
            end += len;
        }
        !next.get(end).is_some_and(|&b| word_byte(b)) && is_name(&next[..end])
    });
    ends_before || starts_next
}

/// Whether the number is a whole argument, not the first, of a call or a repr whose name
/// holds an error word, in `before`'s line: `TwilioRestException(429, '…', 'Unable to
/// create record', 20429, 'POST')`. (The first argument counts by the error word before
/// it.)
fn argument_of_error(before: &[u8], after: &[u8]) -> bool {
    let end = skip_spaces(before, before.len());
    if !(end > 0 && before[end - 1] == b',') {
        return false;
    }
    if !matches!(after.trim_ascii_start().first(), Some(b',' | b')')) {
        return false;
    }
    let mut depth = 0usize;
    for (at, &b) in before[..end].iter().enumerate().rev() {
        match b {
            b'\n' => return false,
            b')' => depth += 1,
            b'(' if depth > 0 => depth -= 1,
            b'(' => {
                return words_back(&before[..at]).next().is_some_and(|w| {
                    before[..at].ends_with(w) && !LEVELS.contains(&w) && is_error_word(w)
                });
            }
            _ => {}
        }
    }
    false
}

/// Whether `before` ends with an opening bracket, a code's name and a comma (spaces
/// around them allowed): a code's name and number given as a pair, `(NO_ROADS_NEARBY,
/// 20801)`, `[TokenExpired, 6000106]`.
fn named_first_in_brackets(before: &[u8], keys: &Keys) -> bool {
    let end = skip_spaces(before, before.len());
    let Some((b',', rest)) = before[..end].split_last() else {
        return false;
    };
    let end = skip_spaces(rest, rest.len());
    let start = rest[..end]
        .iter()
        .rposition(|&b| !key_byte(b) || b == b'.')
        .map_or(0, |i| i + 1);
    let open = skip_spaces(rest, start);
    open > 0 && matches!(rest[open - 1], b'(' | b'[') && keys.is_code_name(&rest[start..end])
}

/// Whether the number after `before` is part of something else: a negative number, a
/// path segment, an ordinal (`#3`), signed, a part of a time, thread id or address.
fn attached(before: &[u8]) -> bool {
    match before.last() {
        Some(b'-' | b'/' | b'#' | b'+' | b'\\' | b'*') => true,
        Some(b':') => before.len() >= 2 && matches!(before[before.len() - 2], b'0'..=b'9' | b']'),
        _ => false,
    }
}

/// `after` from where the next thing starts: past closing brackets and quotes, spaces,
/// one separator (`:`, `-`, `(`, `[`, `,`, `=` or a full-width one), spaces and an
/// opening quote.
fn start_of_next(after: &[u8]) -> &[u8] {
    let mut rest = after;
    loop {
        if let Some((b')' | b']' | b'"' | b'\'', tail)) = rest.split_first() {
            rest = tail;
        } else if rest.starts_with("）".as_bytes()) || rest.starts_with("】".as_bytes()) {
            rest = &rest["）".len()..];
        } else {
            break;
        }
    }
    rest = rest.trim_ascii_start();
    if let Some((b':' | b'-' | b'(' | b'[' | b',' | b'=', tail)) = rest.split_first() {
        rest = tail.trim_ascii_start();
    } else if let Some(sign) = CLOSING_ZH.iter().find(|c| rest.starts_with(c.as_bytes())) {
        rest = rest[sign.len()..].trim_ascii_start();
    }
    if let Some((b'"' | b'\'', tail)) = rest.split_first() {
        rest = tail;
    }
    rest
}

/// Whether `text` starts with `phrase` (ASCII lowercase), in any case, as whole words.
fn starts_with_phrase(text: &[u8], phrase: &[u8]) -> bool {
    text.len() >= phrase.len()
        && text[..phrase.len()].eq_ignore_ascii_case(phrase)
        && !text.get(phrase.len()).is_some_and(|&b| word_byte(b))
}

/// Full-width punctuation that may stand between a code and its text: `用户不存在（`,
/// `20604：用户不存在`.
const CLOSING_ZH: &[&str] = &["，", "：", "（", "【", "。", "、"];

/// Whether `before` ends with `phrase` (ASCII lowercase, in any case, as whole words)
/// followed by closing punctuation, spaces and an opening bracket, with at most one word
/// between: `Invalid user id (`, `Invalid Signature (status `.
fn ends_with_phrase(before: &[u8], phrase: &[u8]) -> bool {
    let trim = |mut text: &[u8]| -> usize {
        loop {
            if let Some((
                b' ' | b'\t' | b'(' | b'[' | b':' | b'=' | b'"' | b'\'' | b'.' | b',',
                rest,
            )) = text.split_last()
            {
                text = rest;
            } else if let Some(sign) = CLOSING_ZH.iter().find(|c| text.ends_with(c.as_bytes())) {
                text = &text[..text.len() - sign.len()];
            } else {
                return text.len();
            }
        }
    };
    let ends_here = |end: usize| {
        end >= phrase.len()
            && before[end - phrase.len()..end].eq_ignore_ascii_case(phrase)
            && !(end > phrase.len() && word_byte(before[end - phrase.len() - 1]))
    };
    let end = trim(before);
    if ends_here(end) {
        return true;
    }
    // One word between: `(status 14)`, `(code 14)`.
    let word = before[..end]
        .iter()
        .rev()
        .take_while(|&&b| b.is_ascii_alphabetic())
        .count();
    ends_here(trim(&before[..end - word]))
}

/// Keys whose value is a status or a result, which is an error code when an error text
/// comes with it (`status`, `sendStatus`, `result`).
pub(crate) const STATUS_KEY_ENDS: &[&str] = &["status", "result"];

/// Keys of an error's text, normalized: the next key of a record whose status is a code
/// (`"status":"9","error-text":"Quota Exceeded"`).
pub(crate) const ERROR_TEXT_KEYS: &[&str] = &[
    "errortext",
    "errtext",
    "errormessage",
    "errmessage",
    "errormsg",
    "errmsg",
    "errorinfo",
    "errinfo",
    "errordescription",
    "errordesc",
    "errdesc",
];

/// Whether the number after `before` is the value of a status or result key (see
/// [`STATUS_KEY_ENDS`]) and the next key of its record, in `after`, is one of
/// [`ERROR_TEXT_KEYS`].
fn status_with_error_text(before: &[u8], after: &[u8]) -> bool {
    let mut buf = [0; KEY_MAX];
    let Key::Named(key, _) = key_of(before) else {
        return false;
    };
    let is_status = normalize(key, &mut buf)
        .is_some_and(|k| STATUS_KEY_ENDS.iter().any(|e| k.ends_with(e.as_bytes())));
    if !is_status {
        return false;
    }
    let quote = |text: &[u8]| -> usize {
        let slashes = text.iter().take_while(|&&b| b == b'\\').count();
        match text.get(slashes) {
            Some(b'"' | b'\'') => slashes + 1,
            _ => 0,
        }
    };
    let mut rest = &after[quote(after)..];
    let spaced = rest.first().is_some_and(|&b| matches!(b, b' ' | b'\t'));
    rest = rest.trim_ascii_start();
    match rest.split_first() {
        Some((b',' | b';' | b'&', tail)) => rest = tail.trim_ascii_start(),
        _ if spaced => {}
        _ => return false,
    }
    rest = &rest[quote(rest)..];
    let len = rest.iter().take_while(|&&b| key_byte(b)).count();
    let (next_key, tail) = rest.split_at(len);
    let tail = tail[quote(tail)..].trim_ascii_start();
    matches!(tail.first(), Some(b'=' | b':'))
        && normalize(next_key, &mut buf)
            .is_some_and(|k| ERROR_TEXT_KEYS.iter().any(|e| k == e.as_bytes()))
}

/// Whether the number after `before` opens the parentheses of a line in Android logcat's
/// brief format, `W/System.err( 6022): …`: the process id. (The tag may hold an error
/// word.)
fn logcat_pid(before: &[u8]) -> bool {
    // The cheap test first: this runs for every code found.
    if before[..skip_spaces(before, before.len())].last() != Some(&b'(') {
        return false;
    }
    // The line's start: after a newline, or the input's start within the window.
    let start = match before.iter().rposition(|&b| b == b'\n') {
        Some(newline) => newline + 1,
        None if before.len() < WINDOW => 0,
        None => return false,
    };
    let line = &before[start..];
    match &line[..skip_spaces(line, line.len())] {
        [
            b'V' | b'D' | b'I' | b'W' | b'E' | b'F' | b'A',
            b'/',
            tag @ ..,
            b'(',
        ] => !tag.iter().any(|&b| matches!(b, b'(' | b')' | b' ')),
        _ => false,
    }
}

/// Whether the number after `before` (the bytes before its `#`) is a code that `#` marks,
/// not an ordinal or a counter (`#20009`, `error #3`, Ruby's process id `#3001`, curl's
/// `Connection #0`): only where it opens a message in parentheses, as the Graph API
/// writes its codes (`"message":"(#100) Invalid parameter"`, `OAuthException: (#3) …`),
/// and closes them (`(#3)`).
fn code_after_hash(before: &[u8]) -> Role {
    if let Some((b'(', rest)) = before.split_last() {
        let end = skip_spaces(rest, rest.len());
        let opens_message = end > 0
            && match rest[end - 1] {
                b'"' | b'\'' => end == rest.len(),
                b':' => true,
                _ => false,
            };
        if opens_message {
            return Role::IfClosed;
        }
    }
    Role::No
}

/// The number signs a code may follow after its word: `Code №14`, `error No. 5`.
pub(crate) const NUMBER_SIGNS: &[&str] = &["№", "No.", "Nr."];

/// `before` without the number sign (one of [`NUMBER_SIGNS`], in any case, as a word of
/// its own) and spaces it ends with.
fn without_number_sign(before: &[u8]) -> Option<&[u8]> {
    let end = skip_spaces(before, before.len());
    NUMBER_SIGNS.iter().find_map(|sign| {
        let start = end.checked_sub(sign.len())?;
        let whole = before[start..end].eq_ignore_ascii_case(sign.as_bytes())
            && !(start > 0 && word_byte(before[start - 1]));
        whole.then(|| &before[..start])
    })
}

/// Whether `key` (at the end of `before`) is a process's exit code, written with a space
/// (`Exit Code:    1` in `kubectl describe`): another system's code. `exit_code=1` and
/// `exitCode` are no error-like keys anyway.
fn exit_code(before: &[u8], key: &[u8]) -> bool {
    // The word right before the key, spaces between: a word byte right before the key
    // would be part of it (`ExitCode`) or of a word that is not `exit` (`exité`).
    let end = skip_spaces(before, before.len());
    key.eq_ignore_ascii_case(b"code")
        && before[..end].last().is_some_and(|&b| word_byte(b))
        && words_back(&before[..end])
            .next()
            .is_some_and(|w| one_of(w, EXIT_WORDS))
}

/// Whether `key`, followed by `rest` (its separator, up to the number), is a count of
/// failures, not an error: a `fail`, `failed`, `failure` or `failures` key (or one ending
/// so) written as a field, with `=` or quoted (`failed=30`, `"failed": 50`); written as
/// prose (`login failed: 70001`) it names an error.
fn counts_failures(key: &[u8], rest: &[u8]) -> bool {
    let mut buf = [0; KEY_MAX];
    let Some(key) = normalize(key, &mut buf) else {
        return false;
    };
    FAILURE_KEY_ENDS
        .iter()
        .any(|end| key.ends_with(end.as_bytes()))
        && rest.iter().any(|&b| matches!(b, b'=' | b'"' | b'\''))
}

/// Endings of the keys [`counts_failures`] reads as counts when written as fields.
pub(crate) const FAILURE_KEY_ENDS: &[&str] = &["fail", "failed", "failure", "failures"];

/// Words that make the `code` after them a process's exit code: `exit code 124`,
/// `Exit Code: 1`.
pub(crate) const EXIT_WORDS: &[&str] = &["exit", "exited"];

/// The path segments after which a number names an error: a documentation link such as
/// `https://www.twilio.com/docs/errors/21211` or `/error-codes/1013` (normalized as keys
/// are).
pub(crate) const ERROR_PATH_SEGMENTS: &[&str] = &[
    "error",
    "errors",
    "errorcode",
    "errorcodes",
    "errcode",
    "errcodes",
];

/// Whether `path` (the bytes before the `/` before a number) ends with a whole path
/// segment, after an earlier `/`, that is one of [`ERROR_PATH_SEGMENTS`].
fn error_path(path: &[u8]) -> bool {
    let Some(slash) = path.iter().rposition(|&b| b == b'/') else {
        return false;
    };
    let mut buf = [0; KEY_MAX];
    normalize(&path[slash + 1..], &mut buf)
        .is_some_and(|segment| ERROR_PATH_SEGMENTS.iter().any(|e| segment == e.as_bytes()))
}

/// Whether `before` ends with a constant's name and `(` (`RC_NET_UNAVAILABLE(`: capitals
/// and digits in two parts or more, joined by `_`), and the clause before the name holds
/// an error word other than a log level: an error enum printed with its value,
/// `sendMessage onError: RC_NET_UNAVAILABLE(30002)`.
fn constant_in_error_clause(before: &[u8]) -> bool {
    let Some((b'(', rest)) = before.split_last() else {
        return false;
    };
    let start = rest
        .iter()
        .rposition(|&b| !word_byte(b))
        .map_or(0, |i| i + 1);
    let name = &rest[start..];
    let constant = name.contains(&b'_')
        && name.split(|&b| b == b'_').all(|part| {
            !part.is_empty()
                && part
                    .iter()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        });
    let clause = without_escapes(clause(&rest[..start]));
    constant && words_back(&clause).any(|w| !LEVELS.contains(&w) && is_error_word(w))
}

/// Whether the number after `before` is an element of a list (`[`, numbers, quoted or
/// not, and `,`), or the first of a pair in a list of pairs (`[(30003, 48), (`), that is
/// the value of a key naming codes or errors in the plural (`"retryable_codes":[500901,`,
/// `error_codes=[`, `top_errors=[(`): the key without its `s` is an error-like key.
fn in_list_of_codes(before: &[u8], keys: &Keys) -> bool {
    let Some(open) = before
        .iter()
        .rposition(|&b| !matches!(b, b'0'..=b'9' | b',' | b' ' | b'"' | b'\'' | b'(' | b')'))
    else {
        return false;
    };
    // In a list of pairs, the first of each: `top_errors=[(30003, 48), (21610, 22)]`.
    let pairs = before[open..].contains(&b'(');
    if before[open] != b'[' || pairs && before.last() != Some(&b'(') {
        return false;
    }
    let Key::Named(key, _) = key_of(&before[..open]) else {
        return false;
    };
    matches!(key.last(), Some(b's' | b'S')) && keys.is_error_key(&key[..key.len() - 1])
}

/// Whether `before` ends with a sentence end, spaces and `(` (`connection failed. (`), and
/// the clause of that sentence holds an error word anywhere other than a log level: the
/// code an SDK appends to its error message (`SendbirdException: Login timeout. (800190)`).
fn after_failed_sentence(before: &[u8]) -> bool {
    let Some((b'(', rest)) = before.split_last() else {
        return false;
    };
    let end = skip_spaces(rest, rest.len());
    if end == rest.len() || end == 0 || rest[end - 1] != b'.' {
        return false;
    }
    // The full stop stays: it is no word, and no clause boundary at the end.
    let sentence = without_escapes(clause(&rest[..end]));
    words_back(&sentence).any(|w| !LEVELS.contains(&w) && is_error_word(w))
}

/// Whether a negative number after `before` (the bytes before its `-`) is an error
/// returned the C way, as its negation: right after a return verb (`joinChannel returned
/// -2`) or first inside the parentheses of a name that holds an error word
/// (`AgoraRtcException(-17, null)`). Any other negative number is no code: `code=-10004`,
/// `errno:-104`, `status -38`, the later parts of dates, ranges and uuids.
fn returned_negative(before: &[u8]) -> bool {
    let clause = without_escapes(clause(before));
    match clause.split_last() {
        Some((b'(', rest)) => words_back(rest).next().is_some_and(is_error_word),
        Some((b' ', _)) => words_back(&clause)
            .next()
            .is_some_and(|w| one_of(w, RETURNS)),
        _ => false,
    }
}

/// Keys that name the value of the thing around them, not a field of their own.
pub(crate) const VALUE_KEYS: &[&str] = &["rawValue", "value"];

/// Whether `key` is one of [`VALUE_KEYS`] in the parentheses of a name that holds an
/// error word (`before` ends where the key starts): the value of an error enum, as Swift
/// prints one (`AgoraErrorCode(rawValue: 110)`).
fn raw_value_of_error(before: &[u8], key: &[u8]) -> bool {
    let end = skip_spaces(before, before.len());
    one_of(key, VALUE_KEYS)
        && end > 0
        && before[end - 1] == b'('
        && words_back(&before[..end]).next().is_some_and(is_error_word)
}

/// Whether a number between `open` (the byte before it) and `close` (the byte after it)
/// is a numbered item, not a code: `(111: Connection refused)`, the way nginx and others
/// write a system call's errno and its message.
pub(crate) fn numbered_item(open: u8, close: u8) -> bool {
    open == b'(' && close == b':'
}

/// Whether the byte after a number (`after`, and the one after it, `next`) lets it be a
/// code: not the first part of a date, range or uuid (`2025-12-07`, `1433-72211`), of a
/// time or thread id (`10:00`, `1433:72211`), nor a process id before its thread
/// (nginx's `6022#0`).
pub(crate) fn ends_freely(after: u8, next: u8) -> bool {
    match after {
        b'-' => !next.is_ascii_alphanumeric(),
        b':' => !next.is_ascii_digit(),
        b'#' => false,
        _ => true,
    }
}

/// What a number is the value of.
#[derive(Debug, PartialEq, Eq)]
enum Key<'a> {
    /// The value of this key: `key=N`, `key: N`, `"key":N`, `"key":"N"`, `key = N`; the
    /// key starts at this index of the bytes before the number.
    Named(&'a [u8], usize),
    /// No key (none, or one of non-ASCII letters such as `错误码:`): the clause decides.
    None,
}

/// The key whose value the number after `before` is.
#[inline]
fn key_of(before: &[u8]) -> Key<'_> {
    // An XML element: `<infocode>10003`, `<ErrorCode>` in a SOAP fault. (`<>` gives an
    // empty key, which names nothing.)
    if let Some((b'>', tag)) = before.split_last() {
        let start = tag.iter().rposition(|&b| !key_byte(b)).map_or(0, |i| i + 1);
        if start > 0 && tag[start - 1] == b'<' {
            return Key::Named(&tag[start..], start);
        }
    }
    let mut end = before.len();
    // A quoted number: `"code":"70001"`, `\"code\":\"70001\"`.
    end = skip_quote(before, end);
    end = skip_spaces(before, end);
    let separator = if before[..end].ends_with(b"=>") {
        // Ruby's and PHP's hashes, Elixir's maps: `"code" => 70`, `:code=>70`.
        2
    } else if end > 0 && matches!(before[end - 1], b'=' | b':') {
        1
    } else if before[..end].ends_with("：".as_bytes()) {
        "：".len()
    } else {
        return Key::None;
    };
    end = skip_spaces(before, end - separator);
    end = skip_quote(before, end);
    let start = before[..end]
        .iter()
        .rposition(|&b| !key_byte(b))
        .map_or(0, |i| i + 1);
    if start == end {
        Key::None
    } else {
        Key::Named(&before[start..end], start)
    }
}

/// `end` moved back over a quote that ends `before[..end]`, and over the backslashes that
/// escape it: JSON inside a logged string (`{\"code\": 10004}`) reads as JSON does.
fn skip_quote(before: &[u8], mut end: usize) -> usize {
    if end > 0 && matches!(before[end - 1], b'"' | b'\'') {
        end -= 1;
        end -= before[..end]
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
    }
    end
}

fn skip_spaces(before: &[u8], mut end: usize) -> usize {
    while end > 0 && matches!(before[end - 1], b' ' | b'\t') {
        end -= 1;
    }
    end
}

/// The error words, matched at the start of a word or of a camelCase part of it, in any
/// case (so `failed`, `ErrCode`, `onError`, `ImError`, `ValueException` hold one).
pub(crate) const ERROR_WORDS: &[&str] = &["err", "fail", "exception", "code", "fatal", "panic"];

/// Chinese error words, matched anywhere in a word: 错误 (error, also in 错误码), 失败
/// (failed), 异常 (exception).
pub(crate) const ERROR_WORDS_ZH: &[&str] = &["错误", "失败", "异常"];

/// Log levels: right before a number they name the line's level, not its code.
pub(crate) const LEVELS: &[&[u8]] = &[b"ERROR", b"ERR", b"FATAL", b"FAIL", b"PANIC"];

/// Words that may stand between an error word and its number: `failed with 70001`,
/// `error is 70001`.
pub(crate) const LINKS: &[&str] = &["with", "is", "was", "of", "as", "got", "said", "says"];

/// Verbs whose object is a result code, whole words in any case: `upstream returned
/// 91000`, `send() returns 6013`.
pub(crate) const RETURNS: &[&str] = &["return", "returns", "returned", "returning"];

/// The clause of a number: the bytes before it, back to the last newline, `;`, `|`, `,`,
/// `&`, `"`, a `.` followed by a space, or the start of the window.
pub(crate) fn clause(before: &[u8]) -> &[u8] {
    let start = (0..before.len())
        .rev()
        .find(|&i| match before[i] {
            b'\n' | b'\r' | b';' | b'|' | b',' | b'&' | b'"' => true,
            b'.' => before.get(i + 1) == Some(&b' '),
            _ => false,
        })
        .map_or(0, |i| i + 1);
    &before[start..]
}

/// `text` without its ANSI escape sequences (`ESC [`, parameter bytes, a final byte), which
/// colour a word without being part of it.
fn without_escapes(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] == 0x1B && text.get(i + 1) == Some(&b'[') {
            let body = text[i + 2..]
                .iter()
                .take_while(|&&b| (0x20..=0x3F).contains(&b))
                .count();
            if text
                .get(i + 2 + body)
                .is_some_and(|b| (0x40..=0x7E).contains(b))
            {
                i += body + 3;
                continue;
            }
        }
        out.push(text[i]);
        i += 1;
    }
    out
}

/// A byte of a word: an ASCII letter or digit, `_`, or any byte of a non-ASCII character.
/// `_` joins a constant's name into one word (`ERR_INVALID_TOKEN(110)`), whose parts
/// each start an error word.
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || !b.is_ascii()
}

/// The words of `clause`, last first.
fn words_back(clause: &[u8]) -> impl Iterator<Item = &[u8]> {
    clause.rsplit(|&b| !word_byte(b)).filter(|w| !w.is_empty())
}

/// Whether `word` holds an error word.
fn is_error_word(word: &[u8]) -> bool {
    (0..word.len()).any(|i| {
        let rest = &word[i..];
        if ERROR_WORDS_ZH
            .iter()
            .any(|w| rest.starts_with(w.as_bytes()))
        {
            return true;
        }
        let starts = match i.checked_sub(1).map(|p| word[p]) {
            None => true,
            // camelCase: `onError`, `ImError`, `ErrCode`; after an acronym: `IMError`,
            // `HTTPError`; or after a digit or non-ASCII.
            Some(p) => {
                !p.is_ascii_alphabetic()
                    || p.is_ascii_lowercase() && rest[0].is_ascii_uppercase()
                    || p.is_ascii_uppercase()
                        && rest[0].is_ascii_uppercase()
                        && rest.get(1).is_some_and(u8::is_ascii_lowercase)
            }
        };
        starts
            && ERROR_WORDS.iter().any(|w| {
                rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes())
            })
    })
}

/// Whether `word` is one of `words`, in any case.
fn one_of(word: &[u8], words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
}

/// Whether the last word before the number, in its clause, holds an error word, names a
/// code field or the vendor, or the word before it does and the last is one of [`LINKS`].
fn error_word_in_clause(before: &[u8], keys: &Keys) -> bool {
    let clause = without_escapes(clause(before));
    let mut words = words_back(&clause);
    let word_before = words_back(&clause).nth(1);
    let names_error = |word: &[u8]| is_error_word(word) || keys.names_vendor(word);
    match words.next() {
        // A log level is no error word: `ERROR 4711 ---` is Spring Boot's process id.
        Some(last) if LEVELS.contains(&last) => false,
        // `versionCode 20000`, `postal code 30038`: a code of another kind; `exit code
        // 124`: a process's exit code, another system's.
        Some(last) if other_kind_of_code(last) => false,
        Some(last)
            if one_of(last, &["code"])
                && word_before.is_some_and(|w| other_kind_word(w) || one_of(w, EXIT_WORDS)) =>
        {
            false
        }
        Some(last) if names_error(last) || one_of(last, RETURNS) => true,
        Some(last) if keys.names_code_field(last) || keys.is_code_name(last) => true,
        Some(last) if one_of(last, LINKS) => words.next().is_some_and(names_error),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yes(before: &[u8], keys: &Keys) -> bool {
        in_error_role(before, keys) == Role::Yes
    }

    fn role(before: &str) -> bool {
        yes(before.as_bytes(), &Keys::default())
    }

    #[test]
    fn error_like_keys_in_every_style() {
        for before in [
            "code=",
            "err=",
            "errcode=",
            "error_code=",
            "ErrorCode=",
            "ResultCode:",
            "ret=",
            "retcode=",
            "errno=",
            "err_no=",
            "SubCode=",
            "\"ErrorCode\":",
            "\"ErrorCode\": ",
            "\"code\":\"",
            "'code': ",
            "code = ",
            "Code=",
            "error.code=",
            "x-error-code: ",
            "SendMsgErrCode=",
            "login failed: ",
            "tim.ApiError: ",
            "Exception: ",
            "rc=",
            "errCode:",
            "code：",
            "level=info msg=ok code=",
            "result=",
            "\"Result\": ",
        ] {
            assert!(role(before), "{before}");
        }
    }

    #[test]
    fn other_keys_do_not_count_even_among_error_words() {
        for before in [
            "MsgSeq=",
            "\"MsgRandom\":",
            "\"MsgSeq\":",
            "ok=",
            "bytes=",
            "port=",
            "pid=",
            "tid=",
            "uid=",
            "status=",
            "error_count=",
            "send failed seq=",
            "error: login failed, host:",
            "countrycode=",
            "authcode=",
            "resp.seq=",
        ] {
            assert!(!role(before), "{before}");
        }
    }

    #[test]
    fn declared_and_user_keys_count() {
        let keys = Keys::new(["SendMsgResult", "my-field"]);
        assert!(yes(b"\"SendMsgResult\":", &keys));
        assert!(yes(b"MY_FIELD=", &keys));
        assert!(yes(b"myField=", &keys));
        assert!(!yes(b"other=", &keys));
        assert!(!Keys::new([""]).is_error_key(b"x"));
        // A key of separators only is no key, even with an empty `--key`.
        assert!(!Keys::new(["", "_"]).is_error_key(b"_"));
        assert!(Keys::new(["my field"]).is_error_key(b"my_field"));
        // Keys of up to `KEY_MAX` bytes, separators not counted.
        let long = "x".repeat(KEY_MAX - 7) + "_errcode";
        assert!(Keys::default().is_error_key(long.as_bytes()));
        let longer = "x".repeat(KEY_MAX - 6) + "errcode";
        assert!(!Keys::default().is_error_key(longer.as_bytes()));
        assert!(!Keys::new([longer.as_str()]).is_error_key(longer.as_bytes()));
        assert!(Keys::default().is_error_key(format!("{longer}.code").as_bytes()));
    }

    #[test]
    fn error_words_in_the_clause() {
        for before in [
            "error ",
            "login failed: ",
            "failure ",
            "ErrorCode ",
            "onError(",
            "raise ApiError(",
            "ValueException: [",
            "错误码",
            "错误码: ",
            "发送失败 ",
            "something went wrong (code ",
            "IM API failed with ErrorCode ",
            "send failed with ",
            "send failed: tim: code ",
            "tim.ImError: [",
            "[TIM] 发送失败 错误码：",
            "fatal ",
            "panic: ",
            "\x1b[31merror \x1b[0m",
            "chat.tim.TencentIMError: [",
            "HTTPError ",
            "upstream returned ",
            "send() returns ",
            "RETURN ",
            "callback returning ",
            "join failed: ERR_JOIN_CHANNEL_REJECTED(",
            "ERR_INVALID_TOKEN ",
            "didOccurError: AgoraErrorCode(rawValue: ",
            "ErrorCode(value=",
            "ErrorCode( Value = ",
        ] {
            assert!(role(before), "{before}");
        }
    }

    #[test]
    fn no_error_word_or_another_clause() {
        for before in [
            "",
            "retry in ",
            "send failed, retry in ",
            "error; seq ",
            "request failed. Retry after ",
            "error\n",
            "stderr ",
            "terror ",
            "unicode ",
            "user ",
            "login failed | took ",
            "ChatApp[",
            "error: user ",
            "send failed for uid=20003 after ",
            "panic: runtime error: index out of range [",
            "failed with user ",
            "login failed\" ",
            "errcode=1&msg=x HTTP/1.1\" 200 ",
            "E/TIMSDK( ",
            "error #",
            "[error] 6022#0: *",
            "2025-12-07 10:00:00.456 ERROR ",
            "FATAL ",
            "E ERR ",
            "returnsomething ",
            "returned with ",
            "return of ",
            "CHANNEL_REJECTED(",
            "Status(rawValue: ",
            "ErrorCode(raw: ",
            "ErrorCode rawValue: ",
            "ErrorCode(x, rawValue: ",
            "rawValue: ",
            "(rawValue: ",
        ] {
            assert!(!role(before), "{before}");
        }
    }

    #[test]
    fn signed_paths_and_parts_of_times_never_count() {
        for before in [
            "code=-",
            "sso err code=-",
            "error +",
            "error /api/v1/users/",
            "error C:\\logs\\",
            "error 10:",
            "error ChatApp[1433:",
            "error [::1]:",
            "error 2025-12-",
        ] {
            assert!(!role(before), "{before}");
        }
        // A port is the value of a key that is no error key.
        assert!(!role("error connecting to localhost:"));
        // Each rule on its own: without it, the error word before would count.
        for before in [
            "error /", "error \\", "error #", "error *", "error -", "error +", "error]:",
        ] {
            assert!(!role(before), "{before}");
            assert!(role(&before[..before.len() - 1]), "{before}");
        }
        // A negative number counts only as a returned error: after a return verb, or first
        // in the parentheses of an error's name.
        for before in [
            "joinChannel returned -",
            "send() returns -",
            "AgoraRtcException(-",
            "\x1b[31mreturned -",
            "Error(\x1b[1m-",
        ] {
            assert!(role(before), "{before}");
        }
        for before in [
            "-",
            "returned-",
            "returned -x -",
            "returned, -",
            "status -",
            "Exception: -",
            "errno:-",
            "Record(-",
            "(-",
            "2025-",
        ] {
            assert!(!role(before), "{before}");
        }
        // A time stays a time even when its digits are declared a key.
        assert!(!yes(b"10:", &Keys::new(["10"])));
        assert!(yes(b"10=", &Keys::new(["10"])));
    }

    #[test]
    fn numbered_items_are_no_codes() {
        assert!(numbered_item(b'(', b':'));
        assert!(!numbered_item(b'(', b')'));
        assert!(!numbered_item(b' ', b':'));
        assert!(!numbered_item(b'[', b':'));
    }

    #[test]
    fn what_follows_a_number() {
        assert!(!ends_freely(b'-', b'1'));
        assert!(!ends_freely(b'-', b'a'));
        assert!(ends_freely(b'-', b' '));
        assert!(!ends_freely(b':', b'7'));
        assert!(ends_freely(b':', b' '));
        assert!(ends_freely(b' ', b'1'));
        assert!(ends_freely(b',', b'7'));
        assert!(!ends_freely(b'#', b'0'));
        assert!(!ends_freely(b'#', b' '));
    }

    #[test]
    fn keys_are_found_as_written() {
        assert_eq!(key_of(b"a code="), Key::Named(b"code", 2));
        assert_eq!(key_of(b"\"ErrorCode\": \""), Key::Named(b"ErrorCode", 1));
        assert_eq!(key_of(b"x 'err' = '"), Key::Named(b"err", 3));
        assert_eq!(key_of(b"code\t:\t"), Key::Named(b"code", 0));
        assert_eq!(key_of(b"error.code="), Key::Named(b"error.code", 0));
        assert_eq!(key_of("错误码：".as_bytes()), Key::None);
        assert_eq!(key_of(b"]:"), Key::None);
        assert_eq!(key_of(b"code "), Key::None);
        assert_eq!(key_of(b"\""), Key::None);
        assert_eq!(key_of(b""), Key::None);
        assert_eq!(key_of(b"="), Key::None);
        assert_eq!(key_of("码：".as_bytes()), Key::None);
        assert_eq!(key_of("code：".as_bytes()), Key::Named(b"code", 0));
    }

    #[test]
    fn clauses_end_at_their_boundaries() {
        assert_eq!(clause(b"a\nb c"), b"b c");
        assert_eq!(clause(b"a;b"), b"b");
        assert_eq!(clause(b"a|b"), b"b");
        assert_eq!(clause(b"a,b"), b"b");
        assert_eq!(clause(b"a&b"), b"b");
        assert_eq!(clause(b"a\"b"), b"b");
        assert_eq!(clause(b"a\rb"), b"b");
        assert_eq!(clause(b"a. b"), b" b");
        assert_eq!(clause(b"a.b"), b"a.b");
        assert_eq!(clause(b"ab."), b"ab.");
        assert_eq!(clause(b"ab"), b"ab");
    }

    #[test]
    fn escapes_are_removed_from_clauses() {
        assert_eq!(without_escapes(b"\x1b[31merror\x1b[0m x"), b"error x");
        assert_eq!(without_escapes(b"\x1b[1;31m"), b"");
        assert_eq!(without_escapes(b"\x1b[31"), b"\x1b[31");
        assert_eq!(without_escapes(b"\x1bx[m"), b"\x1bx[m");
        assert_eq!(without_escapes(b"a\x1b[\x01m"), b"a\x1b[\x01m");
    }

    #[test]
    fn words_and_error_words() {
        let words: Vec<&[u8]> = words_back("a.b  错误码：(c_d".as_bytes()).collect();
        assert_eq!(words, [&b"c_d"[..], "错误码：".as_bytes(), b"b", b"a"]);
        for word in [
            "err",
            "Error",
            "onError",
            "ImError",
            "ErrCode",
            "failed",
            "FAILURE",
            "ValueException",
            "code",
            "x1error",
            "发送失败",
            "异常",
            "FATAL",
            "panic",
            "IMError",
            "HTTPError",
            "SDKErrCode",
            "ERR_INVALID_TOKEN",
            "SEND_FAILED",
        ] {
            assert!(is_error_word(word.as_bytes()), "{word}");
        }
        // An acronym ends before its last capital only when a lowercase letter follows:
        // `IMERROR` and `XERR` hold no camelCase part.
        for word in ["IMERROR", "XERR", "XE"] {
            assert!(!is_error_word(word.as_bytes()), "{word}");
        }
        for word in [
            "stderr", "terror", "unicode", "decode", "user", "", "e", "Mistake", "codex1",
        ] {
            assert_eq!(is_error_word(word.as_bytes()), word == "codex1", "{word}");
        }
    }

    #[test]
    fn escapes_are_stripped_from_the_end_only() {
        assert_eq!(strip_escapes(b"code=\x1b[31m"), b"code=");
        assert_eq!(strip_escapes(b"code=\x1b[0m\x1b[1;31m"), b"code=");
        assert_eq!(strip_escapes(b"code=[31m"), b"code=[31m");
        assert_eq!(strip_escapes(b"\x1b[31mcode="), b"\x1b[31mcode=");
        assert_eq!(strip_escapes(b"m"), b"m");
        assert_eq!(strip_escapes(b"\x1b[m"), b"");
        assert_eq!(strip_escapes(b"x\x1bm"), b"x\x1bm");
    }

    #[test]
    fn keys_in_escaped_json() {
        for before in [
            r#"error="HTTP 404, {\"message\": \"Unknown Guild\", \"code\": "#,
            r#"{\"code\":"#,
            r#"{\"code\":\""#,
            r#"{\\\"errcode\\\": "#,
            r"'{\'code\': ",
        ] {
            assert!(role(before), "{before}");
        }
        for before in [r#"{\"seq\": "#, r#"{\"id\":\""#, r#"\"code\" "#, r"\\"] {
            assert!(!role(before), "{before}");
        }
        assert_eq!(key_of(br#"\"code\": "#), Key::Named(b"code", 2));
        assert_eq!(key_of(br#"x\\\"code\\\":\\\""#), Key::Named(b"code", 5));
        assert_eq!(key_of(br#""code":"#), Key::Named(b"code", 1));
        assert_eq!(key_of(br"\code="), Key::Named(b"code", 1));
    }

    #[test]
    fn a_code_after_a_failed_sentence_must_close_its_parentheses() {
        let keys = Keys::default();
        for before in [
            "SendbirdException: WebSocket connection failed. (",
            "e=com.sendbird.android.exception.SendbirdException: Login timeout. (",
            "Request failed.  (",
            "\x1b[31merror\x1b[0m: timed out. (",
            "failed. (",
        ] {
            assert_eq!(
                in_error_role(before.as_bytes(), &keys),
                Role::IfClosed,
                "{before}"
            );
        }
        for before in [
            "Exception: Login timeout.(",
            "Exception: Login timeout.(",
            "Connection closed. (",
            "ERROR Connection closed. (",
            "failed, then closed. (",
            "failed. x (",
            ". (",
            "(",
            "failed. ",
            "failed: see (",
            "",
        ] {
            assert_eq!(
                in_error_role(before.as_bytes(), &keys),
                Role::No,
                "{before}"
            );
        }
        // The lone number of a remark's parentheses counts; the first word of a remark,
        // such as `failed. (3 retries)`, does not.
        assert!(Role::IfClosed.counts(1, b')'));
        assert!(!Role::IfClosed.counts(1, b' '));
        assert!(Role::Yes.counts(1, b' '));
        assert!(!Role::No.counts(1, b')'));
        assert!(Role::IfNotHttp.counts(4, b')'));
        assert!(Role::IfNotHttp.counts(600, b')'));
        assert!(!Role::IfNotHttp.counts(100, b')'));
        assert!(!Role::IfNotHttp.counts(599, b')'));
        // An error word or key right before the parentheses needs no sentence end.
        assert_eq!(in_error_role(b"failed (", &keys), Role::Yes);
        assert_eq!(in_error_role(b"failed. (code=", &keys), Role::Yes);
    }

    #[test]
    fn a_hash_marks_a_code_only_where_it_opens_a_message() {
        let keys = Keys::default();
        for before in [
            "{\"error\":{\"message\":\"(#",
            "message='(#",
            "facebook.GraphAPIError: (#",
            "Graph returned an error:(#",
            "OAuthException:  (#",
            "\\\"message\\\":\\\"(#",
        ] {
            assert_eq!(
                in_error_role(before.as_bytes(), &keys),
                Role::IfClosed,
                "{before}"
            );
        }
        for before in [
            "#",
            "(#",
            "Merge pull request (#",
            "attempt (#",
            "\"message\":\" (#",
            "message=\"retry (#",
            "I, [2024-05-14T09:00:03.118204 #",
            "* Connection #",
            "error #",
            "code=#",
            "error: #",
        ] {
            assert_eq!(
                in_error_role(before.as_bytes(), &keys),
                Role::No,
                "{before}"
            );
        }
    }

    #[test]
    fn hashes_xml_and_quoted_numbers() {
        for before in [
            "%{\"ErrorCode\" => \"",
            "{:code=>",
            "'error_code' => ",
            "<response><infocode>",
            "<ErrorCode>",
            "failed with Plivo ErrorCode \"",
            "error '",
            "infocode ",
            "Amap infocode \"",
        ] {
            assert!(role(before), "{before}");
        }
        for before in [
            "\"MessageUUID\" => \"",
            "<version>",
            "<>",
            "<a><b>",
            "delivered \"",
            "\"",
            "versionCode ",
            "zip_code ",
            "result ",
            "=> ",
        ] {
            assert!(!role(before), "{before}");
        }
    }

    #[test]
    fn failures_counted_in_a_field_are_no_error() {
        for before in [
            "failed=",
            "\"failed\": ",
            "sendFailed=",
            "'failures': ",
            "fail=",
            "\\\"failure\\\":",
        ] {
            assert!(!role(before), "{before}");
        }
        for before in ["login failed: ", "Failed: ", "send failure : ", "error="] {
            assert!(role(before), "{before}");
        }
    }

    #[test]
    fn code_keys_name_a_vendor_s_code_but_for_other_kinds() {
        let keys = Keys::default();
        for key in [
            "infocode",
            "hms_code",
            "apiCode",
            "rCode",
            "last_code",
            "sub-code",
        ] {
            assert!(keys.is_error_key(key.as_bytes()), "{key}");
        }
        for key in [
            "versionCode",
            "zip_code",
            "country-code",
            "postalCode",
            "http_code",
            "grpc_code",
            "unicode",
            "promoCode",
            "code_page",
            "codes",
        ] {
            assert!(!keys.is_error_key(key.as_bytes()), "{key}");
        }
    }

    #[test]
    fn the_readme_lists_every_other_kind_of_code() {
        // The list of other kinds, in the paragraph on error-like keys.
        let readme = include_str!("../../README.md");
        let at = readme
            .find("but codes of other kinds")
            .expect("the paragraph");
        let list = &readme[at..at + readme[at..].find("the code fields").expect("its end")];
        for kind in OTHER_CODE_KINDS {
            assert!(
                list.contains(&format!("`{kind}`")),
                "zimerr-cli/README.md does not list `{kind}`"
            );
        }
    }

    #[test]
    fn the_readme_lists_the_error_text_keys() {
        // The row of the table "Next to a catalog's code" on error texts: its keys, in
        // backticks, between "is an error text:" and the row's next cell.
        let readme = include_str!("../../README.md");
        let at = readme.find("is an error text:").expect("the row");
        let cell = &readme[at..at + readme[at..].find(" | ").expect("its end")];
        let mut buf = [0; KEY_MAX];
        let mut listed: Vec<Vec<u8>> = cell
            .split('`')
            .skip(1)
            .step_by(2)
            .map(|key| normalize(key.as_bytes(), &mut buf).unwrap().to_vec())
            .collect();
        listed.sort();
        let mut keys: Vec<Vec<u8>> = ERROR_TEXT_KEYS
            .iter()
            .map(|k| k.as_bytes().to_vec())
            .collect();
        keys.sort();
        assert_eq!(
            listed, keys,
            "zimerr-cli/README.md and ERROR_TEXT_KEYS differ"
        );
    }

    #[test]
    fn a_code_s_name_before_a_number_names_it() {
        let keys = Keys::default().with_names([
            "UserKeyRecycled",
            "QUOTA_PLAN_RUN_OUT",
            "Timeout",
            "Abcdefgh",
        ]);
        for before in [
            "USER_KEY_RECYCLED (",
            "message: UserKeyRecycled ",
            "user-key-recycled=",
            "\"QuotaPlanRunOut\":",
            "QUOTA_PLAN_RUN_OUT ",
            "abcdefgh ",
        ] {
            assert!(yes(before.as_bytes(), &keys), "{before}");
        }
        // Too short a name (`Timeout`, 7 bytes), another word, or another clause.
        for before in [
            "Timeout ",
            "timeout=",
            "UserKeyRecycledX ",
            "USER_KEY_RECYCLED, ",
            "abcdefg ",
        ] {
            assert!(!yes(before.as_bytes(), &keys), "{before}");
        }
        assert!(!role("USER_KEY_RECYCLED ("));
    }

    #[test]
    fn an_xml_element_is_a_key() {
        // `ret` and `rc` are keys but no error words: only the element makes them keys.
        for before in ["<ret>", "<root><rc>", "<soap:Fault><ret>"] {
            assert!(role(before), "{before}");
        }
        for before in ["ret>", "x ret>", "<ret >", ">", "<>", "<version>", "</ret>"] {
            assert!(!role(before), "{before}");
        }
    }

    #[test]
    fn a_user_key_names_a_code_field_in_prose_too() {
        let keys = Keys::new(["SendMsgResult"]);
        assert!(yes(b"send_msg_result ", &keys));
        assert!(yes(b"SendMsgResult ", &keys));
        assert!(!yes(b"SendMsgResults ", &keys));
        assert!(!yes(b"other ", &keys));
        assert!(!role("SendMsgResult "));
    }

    #[test]
    fn the_vendor_s_name_before_a_number_names_its_code() {
        let keys = Keys::default().with_vendors(["hmspush", "tencent", "tencentchat", "", "io"]);
        for before in [
            "retrying after HMS ",
            "hmspush ",
            "HmsPush said ",
            "Tencent ",
            "TencentChat was ",
            "io ",
            // A longer word that starts with a vendor's name of 4 letters or more.
            "hmspushx ",
            "tencentchats ",
        ] {
            assert!(yes(before.as_bytes(), &keys), "{before}");
        }
        for before in ["hm ", "i ", "ios ", "xhmspush ", "HMS sent ", "Tencent, "] {
            assert!(!yes(before.as_bytes(), &keys), "{before}");
        }
        assert!(!role("HMS "));
    }

    #[test]
    fn an_exit_code_is_another_system_s() {
        for before in [
            "Exit Code:    ",
            "exit code ",
            "killed by timeout, exit code ",
            "process exited code=",
            "EXIT CODE: ",
        ] {
            assert!(!role(before), "{before}");
        }
        for before in [
            "code ",
            "error code ",
            "Code: ",
            "exit, code=",
            "exits code: ",
        ] {
            assert!(role(before), "{before}");
        }
    }

    #[test]
    fn a_path_segment_after_an_errors_segment_names_an_error() {
        for before in [
            "see https://www.twilio.com/docs/errors/",
            "moreInfo=https://www.twilio.com/docs/errors/",
            "/error/",
            "/Error-Codes/",
            "/error_codes/",
            "/errcode/",
            "GET /v1/errcodes/",
        ] {
            assert!(role(before), "{before}");
        }
        for before in [
            "error /api/v1/users/",
            "errors/",
            "/",
            "/v1/errors/items/",
            "/errorsx/",
            "/myerrors/",
            "/error/x/",
            "https://example.com/errors/page/",
        ] {
            assert!(!role(before), "{before}");
        }
        let long = format!("/{}errors/", "x".repeat(KEY_MAX));
        assert!(!role(&long));
    }

    fn named(before: &str, after: &str, phrases: &[&str], keys: &Keys) -> bool {
        named_as(before, after, phrases, &[], keys)
    }

    fn named_as(before: &str, after: &str, phrases: &[&str], names: &[&str], keys: &Keys) -> bool {
        let phrases: Vec<Box<[u8]>> = phrases
            .iter()
            .map(|p| p.as_bytes().to_vec().into_boxed_slice())
            .collect();
        let names: Vec<Box<[u8]>> = names.iter().filter_map(|n| own_name(n)).collect();
        let own = Own {
            phrases: &phrases,
            names: &names,
        };
        named_in_place(before.as_bytes(), after.as_bytes(), &own, keys)
    }

    #[test]
    fn a_code_s_first_sentence_is_its_phrase() {
        let phrase = |d: &str| echo_phrase(d).map(|p| String::from_utf8(p.into()).unwrap());
        assert_eq!(
            phrase("Invalid user id").as_deref(),
            Some("invalid user id")
        );
        assert_eq!(
            phrase("Missing Parameters. Your request is missing one.").as_deref(),
            Some("missing parameters")
        );
        assert_eq!(
            phrase("用户不存在。请检查用户 ID").as_deref(),
            Some("用户不存在")
        );
        assert_eq!(
            phrase("Token has expired.").as_deref(),
            Some("token has expired")
        );
        // Shorter than `PHRASE_MIN`: says little next to a number.
        assert_eq!(phrase("Not found"), None);
        assert_eq!(phrase("Throttled. You are sending SMS too fast."), None);
        assert_eq!(phrase("123456789ab"), None);
        assert_eq!(phrase("123456789abc").as_deref(), Some("123456789abc"));
    }

    #[test]
    fn a_code_s_name_right_after_it_names_it() {
        let keys = Keys::default().with_names(["InvalidUserIp", "ERR_TOKEN_EXPIRED", "Timeout"]);
        for (before, after) in [
            ("", " INVALID_USER_IP"),
            ("(", ", InvalidUserIp)"),
            ("[", "] invalid-user-ip"),
            ("x ", ": ERR_TOKEN_EXPIRED"),
            ("x ", " (ErrTokenExpired)"),
            ("x ", " - \"InvalidUserIp\""),
            ("x ", "=InvalidUserIp"),
            ("(INVALID_USER_IP, ", ")"),
            ("x [ invalidUserIp ,", "]"),
        ] {
            assert!(named(before, after, &[], &keys), "{before}|{after}");
        }
        // Another word first, a name too short, part of a longer word, or a number that
        // is part of something else.
        for (before, after) in [
            ("", " user InvalidUserIp"),
            ("", " Timeout"),
            ("", " InvalidUserIpX"),
            ("x -", " InvalidUserIp"),
            ("/v1/", " InvalidUserIp"),
            ("[1433:", "] InvalidUserIp"),
            ("#", " InvalidUserIp"),
            ("", ";InvalidUserIp"),
            // A name first in brackets only: not after another word or separator.
            ("INVALID_USER_IP, ", ""),
            ("(x INVALID_USER_IP, ", ""),
            ("(INVALID_USER_IP: ", ""),
            ("(INVALID_USER_IP, x ", ""),
            ("(Timeout, ", ""),
        ] {
            assert!(!named(before, after, &[], &keys), "{before}|{after}");
        }
    }

    #[test]
    fn a_code_s_own_text_next_to_it_names_it() {
        let keys = Keys::default();
        let phrases = ["invalid user id", "用户不存在"];
        for (before, after) in [
            ("", "] Invalid user id"),
            ("", ": INVALID USER ID, retry"),
            ("[", "] - invalid user id."),
            ("(", ") \"Invalid user id\""),
            ("", " 用户不存在"),
            ("", "）：用户不存在"),
            ("Invalid user id (", "): x"),
            ("failed: Invalid user id. (", ")"),
            ("Invalid user id: ", ""),
            ("Invalid Signature x Invalid user id (status ", ")"),
            ("invalid user id [code=", "]"),
            ("用户不存在，", ""),
        ] {
            assert!(named(before, after, &phrases, &keys), "{before}|{after}");
        }
        for (before, after) in [
            // Part of a longer word, or two words apart.
            ("", ": Invalid user ids"),
            ("", " the invalid user id"),
            ("Invalid user idx (", ")"),
            ("Invalid user id for user ", ""),
            ("xInvalid user id (", ")"),
            // Negative, a path segment.
            ("Invalid user id -", ""),
            ("Invalid user id /", ""),
            // Another code's text only.
            ("Token has expired (", ")"),
        ] {
            assert!(!named(before, after, &phrases, &keys), "{before}|{after}");
        }
    }

    #[test]
    fn a_status_with_an_error_text_is_a_code() {
        let keys = Keys::default();
        for (before, after) in [
            ("{\"status\":\"", "\",\"error-text\":\"Throttled\"}"),
            ("{\"status\": ", ", \"errmsg\": \"x\"}"),
            ("status=", " err_msg=\"x\""),
            ("sendStatus=", "&errorMessage=x"),
            ("result=", "; error_description=x"),
            (r#"{\"status\":\""#, r#"\",\"error_text\":\"x\"}"#),
            ("'status': ", ", 'ErrorInfo': 'x'"),
        ] {
            assert!(named(before, after, &[], &keys), "{before}|{after}");
        }
        for (before, after) in [
            // Not a status key, not an error text next, no separator.
            ("{\"id\":", ",\"errmsg\":\"x\"}"),
            ("status=", " msg=\"x\""),
            ("status=", " error=\"x\""),
            ("status=", "errmsg=x"),
            ("status=", ",\"errmsg\" x"),
            ("status=", ""),
        ] {
            assert!(!named(before, after, &[], &keys), "{before}|{after}");
        }
    }

    #[test]
    fn a_number_sign_may_stand_between_a_code_word_and_the_code() {
        for before in [
            "Code №",
            "APIError: Code № ",
            "error code No. ",
            "ERROR CODE NO.",
            "errno Nr. ",
        ] {
            assert!(role(before), "{before}");
        }
        for before in [
            "Order No. ",
            "№",
            "No. ",
            "code Casino. ",
            "ErrorNo. ",
            "code xNo. ",
            "Ticket №",
        ] {
            assert!(!role(before), "{before}");
        }
    }

    #[test]
    fn a_status_code_is_a_code_unless_it_can_be_http() {
        let role = |before: &str, keys: &Keys| in_error_role(before.as_bytes(), keys);
        let keys = Keys::default();
        for before in [
            "statusCode=",
            "\"status_code\":",
            "HTTPStatusCode: ",
            "resp.status_code=",
        ] {
            assert_eq!(role(before, &keys), Role::IfNotHttp, "{before}");
        }
        // Named by `--key` (or by the catalog): any number.
        assert_eq!(role("statusCode=", &Keys::new(["status_code"])), Role::Yes);
        assert_eq!(role("statusCodes=", &keys), Role::No);
    }

    #[test]
    fn a_status_in_an_error_message_is_a_code_unless_it_is_http() {
        let status = |before: &str| in_error_role(before.as_bytes(), &Keys::default());
        for before in [
            "Message failed with error: Bad Credentials (status ",
            "send failed (status: ",
            "failed, err: x (Status  ",
            "ApiException: status ",
        ] {
            assert_eq!(status(before), Role::IfNotHttp, "{before}");
        }
        for before in [
            // No error word, only a log level, a process's exit status, another clause.
            "delivered (status ",
            "ERROR status ",
            "ERROR: status ",
            "job failed with exit status ",
            "send failed, status ",
            "send failed (status#",
            "send failed (statuses ",
            "failed (mystatus ",
        ] {
            assert_eq!(status(before), Role::No, "{before}");
        }
    }

    #[test]
    fn a_phrase_ends_at_the_first_clause() {
        let phrase = |d: &str| echo_phrase(d).map(|p| String::from_utf8(p.into()).unwrap());
        assert_eq!(
            phrase("Internal server error; server-side logic error.").as_deref(),
            Some("internal server error")
        );
        assert_eq!(
            phrase("内部服务超时，内部服务响应超时。").as_deref(),
            Some("内部服务超时")
        );
        assert_eq!(
            phrase("Invalid parameter, see the docs").as_deref(),
            Some("invalid parameter")
        );
        assert_eq!(phrase("Too short, but long after").as_deref(), None);
    }

    #[test]
    fn the_vendor_s_name_may_start_a_longer_word_or_be_a_key() {
        let keys = Keys::default().with_vendors(["rong", "sendbird", "hms"]);
        for before in [
            "rongcloud ",
            "RongCloudClient: ",
            "sendbird: ",
            "\"Sendbird\":",
            "err=\"sendbird: ",
            "hms ",
            "HMS: ",
            "SENDB ",
        ] {
            assert!(yes(before.as_bytes(), &keys), "{before}");
        }
        for before in [
            // A file name, a vendor of under 4 letters started, a part of a name as key.
            "(RongCloudClient.java:",
            "hmsomething ",
            "send: ",
            "ron: ",
            "hmsx: ",
            "hm: ",
            // A shorter start of the vendor's name in capitals only.
            "send ",
            "Send ",
            "xrong ",
        ] {
            assert!(!yes(before.as_bytes(), &keys), "{before}");
        }
    }

    #[test]
    fn a_constant_with_its_value_in_an_error_clause() {
        let role = |before: &str| in_error_role(before.as_bytes(), &Keys::default());
        for before in [
            "sendMessage onError: RC_NET_UNAVAILABLE(",
            "failed: E_2_X(",
            "ApiError RC_MSG_RESP_TIMEOUT(",
        ] {
            assert_eq!(role(before), Role::IfClosed, "{before}");
        }
        for before in [
            "onError: RcNetUnavailable(",
            "INFO RC_NET_UNAVAILABLE(",
            "ERROR RC_NET_UNAVAILABLE(",
            "failed: RC__X(",
            "failed: RC_x(",
            "failed: _RC(",
            "failed: RC_X (",
            "failed, RC_X(",
            "RC_NET_UNAVAILABLE(",
        ] {
            assert_eq!(role(before), Role::No, "{before}");
        }
    }

    #[test]
    fn lists_of_codes_under_a_plural_key() {
        for before in [
            "\"retryable_codes\":[",
            "\"retryable_codes\":[500901,",
            "error_codes=[1, \"2\", ",
            "errors: ['",
            "\"codes\": [ ",
        ] {
            assert!(role(before), "{before}");
        }
        for before in [
            "\"ids\":[",
            "\"codes\":[1,-",
            "\"codes\":{",
            "codes: [x, ",
            "[",
            "\"s\":[",
            "\"code\":[",
        ] {
            assert!(!role(before), "{before}");
        }
    }

    #[test]
    fn a_map_key_in_a_line_about_errors() {
        let keys = Keys::default().with_vendors(["sendbird"]);
        for (before, after) in [
            ("{\"msg\":\"error counters\",\"counts\":{\"", "\":14}"),
            (
                "{\"msg\":\"error counters\",\"counts\":{\"500901\":14, \"",
                "\" : 6}",
            ),
            ("{\"msg\":\"sendbird stats\",\"c\":{\"", "\":1"),
            ("msg=\"融云错误码统计\" counts={\"", "\":1"),
        ] {
            assert!(named(before, after, &[], &keys), "{before}|{after}");
        }
        for (before, after) in [
            ("{\"level\":\"info\",\"counts\":{\"", "\":14"),
            ("ERROR {\"counts\":{\"", "\":14"),
            ("error\n{\"counts\":{\"", "\":14"),
            ("{\"msg\":\"error counters\",\"counts\":{\"", "\",14"),
            ("{\"msg\":\"error counters\",\"counts\": \"", "\":14"),
            ("{\"msg\":\"send stats\",\"c\":{\"", "\":1"),
        ] {
            assert!(!named(before, after, &[], &keys), "{before}|{after}");
        }
        assert!(role("sb_err="));
    }

    #[test]
    fn more_map_keys_lists_and_codes_of_other_kinds() {
        let keys = Keys::default();
        // Python's and others' unquoted map keys.
        assert!(named(
            "INFO failures_by_code {21211: 41, ",
            ": 63}",
            &[],
            &keys
        ));
        assert!(named("hourly errors {", ": 31, 1: 2}", &[], &keys));
        assert!(!named("hourly stats {", ": 31}", &[], &keys));
        assert!(!named("errors {x: 1, ", ": 31}", &[], &keys));
        assert!(!named("errors {1: 2} ", ": 31}", &[], &keys));
        // The first of each pair in a list of pairs.
        assert!(role("top_errors=[(30003, 48), ("));
        assert!(role("top_errors=[("));
        assert!(!role("top_errors=[(30003, "));
        assert!(!role("top_errors=[(30003, 48), (x, "));
        // `postal code 30038`, `zip code`: codes of other kinds.
        for before in ["(postal code ", "ZIP Code ", "http code "] {
            assert!(!role(before), "{before}");
        }
        assert!(role("error code "));
    }

    #[test]
    fn the_code_s_own_name_in_words() {
        let keys = Keys::default();
        let names = ["MissingPermissions", "SHORT"];
        for (before, after) in [
            ("desc = discord: Missing Permissions (", ")"),
            ("missing permissions: ", ""),
            ("", " Missing Permissions"),
            ("[", "] missing permissions, retry"),
        ] {
            assert!(
                named_as(before, after, &[], &names, &keys),
                "{before}|{after}"
            );
        }
        for (before, after) in [
            // Another code's name, a part of a longer word, two spaces, no name.
            ("Missing  Permissions (", ")"),
            ("xMissing Permissions (", ")"),
            ("", " Missing Permissionsx"),
            ("", " Missing"),
            ("Short (", ")"),
        ] {
            assert!(
                !named_as(before, after, &[], &names, &keys),
                "{before}|{after}"
            );
        }
        // Only the number's own code's name: `6022` before another code's.
        assert!(!named_as("", ": kicked offline", &[], &names, &keys));
    }

    #[test]
    fn a_later_argument_of_an_error() {
        let keys = Keys::default();
        for (before, after) in [
            (
                "TwilioRestException(429, 'https://x/y(1)', 'Too Many', ",
                ", 'POST')",
            ),
            ("ApiError(1, ", ")"),
            ("raise VendorError('x', ", " )"),
        ] {
            assert!(named(before, after, &[], &keys), "{before}|{after}");
        }
        for (before, after) in [
            ("Stats(429, ", ")"),
            ("ApiError(1, (2, ", "))"),
            ("ApiError(1) and (2, ", ")"),
            ("ApiError(1, ", "0)"),
            ("ApiError(1 ", ")"),
            ("ApiError(x\n(1, ", ")"),
            ("ApiError(\nfoo 1, ", ")"),
            ("ERROR (1, ", ")"),
        ] {
            assert!(!named(before, after, &[], &keys), "{before}|{after}");
        }
    }

    #[test]
    fn a_logcat_brief_line_s_process_id_is_no_code() {
        for before in ["W/System.err( ", "x\nE/System.err(", "\nI/chromium(  "] {
            assert_eq!(
                in_error_role(before.as_bytes(), &Keys::default()),
                Role::No,
                "{before}"
            );
        }
        // Not the brief format: another level letter, a space or bracket in the tag, a
        // line that starts before the window.
        for before in ["E/TIM Err( ", "X/System.err( ", "E/Err (", "E/Err(x)Err("] {
            assert_eq!(
                in_error_role(before.as_bytes(), &Keys::default()),
                Role::Yes,
                "{before}"
            );
        }
        // A window with no newline is the input's start only if it is not full.
        let full = format!("E/Err{}(", "x".repeat(WINDOW - 6));
        assert!(!logcat_pid(full.as_bytes()));
        let short = format!("E/Err{}(", "x".repeat(WINDOW - 7));
        assert!(logcat_pid(short.as_bytes()));
    }

    #[test]
    fn an_http_status_line_says_what_its_number_is() {
        for after in [
            " Internal Server Error https://x",
            "  not found",
            " Server Error: Service Temporarily Unavailable for url",
            " OK",
            " Gateway Time-out",
        ] {
            assert!(http_status_follows(after.as_bytes()), "{after}");
        }
        for after in [
            "Internal Server Error",
            " Internal Server Errors",
            " okay",
            " - Not Found",
            "",
            " ",
        ] {
            assert!(!http_status_follows(after.as_bytes()), "{after}");
        }
        assert!(may_be_http(100) && may_be_http(599));
        assert!(!may_be_http(99) && !may_be_http(600));
    }
}
