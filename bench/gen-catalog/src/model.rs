//! A catalog in memory, synthetic catalogs of any size, and their YAML.
//!
//! `zimerr-catalog/benches/expand.rs` uses this module (gen-catalog is its dev-dependency)
//! to make its N = 10,000 catalog, so the expansion bench needs no generated file on disk.

use std::fmt::Write as _;

use zimerr_catalog::Action;

#[derive(Debug, Clone)]
pub struct Category {
    pub key: String,
    pub name: String,
    pub title: String,
    pub ranges: Vec<(u32, u32)>,
    pub note: Option<String>,
}

/// `code.code` is the schema's own word for the number.
#[allow(clippy::struct_field_names)]
#[derive(Debug, Clone)]
pub struct Code {
    pub code: u32,
    pub name: String,
    /// Index into `Catalog::categories`.
    pub category: usize,
    pub description: String,
    pub solution: Option<String>,
    /// Index into [`Action::KEYS`].
    pub action: usize,
    pub retryable: bool,
    pub sdk_name: Option<String>,
    pub success: bool,
    pub zh: Option<(String, Option<String>)>,
    pub errata: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Catalog {
    pub categories: Vec<Category>,
    pub codes: Vec<Code>,
}

const CATEGORIES: [(&str, &str); 13] = [
    ("general", "General"),
    ("login", "Login"),
    ("message", "Message"),
    ("call_invitation", "CallInvitation"),
    ("room", "Room"),
    ("offline_notification", "OfflineNotification"),
    ("group", "Group"),
    ("session", "Session"),
    ("message_receipt", "MessageReceipt"),
    ("message_withdrawal", "MessageWithdrawal"),
    ("message_reaction", "MessageReaction"),
    ("blacklist", "Blacklist"),
    ("friend", "Friend"),
];

const SUBJECTS: [&str; 16] = [
    "Token", "Message", "Group", "Room", "User", "Session", "Friend", "Call", "Upload", "File",
    "Media", "Member", "Request", "Network", "Server", "Receipt",
];

const CONDITIONS: [(&str, &str); 16] = [
    ("Expired", "has expired"),
    ("Invalid", "is invalid"),
    ("NotFound", "does not exist"),
    ("TooLarge", "exceeds the size limit"),
    ("Limited", "is rate limited"),
    ("Denied", "was denied"),
    ("Timeout", "timed out"),
    ("Busy", "is busy"),
    ("Duplicated", "already exists"),
    ("Unsupported", "is not supported"),
    ("Blocked", "is blocked"),
    ("Empty", "is empty"),
    ("Closed", "was closed"),
    ("Failed", "failed"),
    ("Unavailable", "is unavailable"),
    ("Mismatched", "does not match"),
];

/// Where category `k`'s block of codes starts; each block is 100,000 codes wide.
fn block(k: usize) -> u32 {
    10_000_000 + u32::try_from(k).unwrap_or(0) * 100_000
}

/// A valid catalog of `n` codes (n ≥ 1) over 13 categories with one range each, unique
/// names and texts, and optional fields about as often as the ZIM catalog has them:
/// solution 80 %, SDK name 95 %, errata 20 %, Chinese text 1 %. Code 0 is the success
/// code. Codes step by 3 inside their category's block, so unknown codes lie between.
pub fn synthetic(n: usize) -> Catalog {
    let categories = CATEGORIES
        .iter()
        .enumerate()
        .map(|(k, (key, name))| {
            let mut ranges = vec![(block(k), block(k) + 99_999)];
            if k == 0 {
                ranges.insert(0, (0, 0));
            }
            Category {
                key: (*key).to_owned(),
                name: (*name).to_owned(),
                title: format!("{name} errors"),
                ranges,
                note: (k % 4 == 0).then(|| format!("Synthetic block {k} of the benchmark.")),
            }
        })
        .collect();
    let mut codes = Vec::with_capacity(n);
    codes.push(Code {
        code: 0,
        name: "Success".to_owned(),
        category: 0,
        description: "Request execution successful.".to_owned(),
        solution: None,
        action: 0,
        retryable: false,
        sdk_name: Some("ZIMErrorCodeSuccess".to_owned()),
        success: true,
        zh: None,
        errata: None,
    });
    for i in 1..n {
        let k = i % CATEGORIES.len();
        let slot = u32::try_from(i / CATEGORIES.len()).unwrap_or(0);
        let subject = SUBJECTS[(i / 7) % SUBJECTS.len()];
        let (condition, phrase) = CONDITIONS[(i / 3) % CONDITIONS.len()];
        let name = format!("{subject}{condition}{i}");
        let action = i % Action::KEYS.len();
        codes.push(Code {
            code: block(k) + 1 + slot * 3,
            category: k,
            description: format!(
                "The {} {phrase} (case {i} of the {} area).",
                subject.to_lowercase(),
                CATEGORIES[k].0
            ),
            solution: (i % 5 != 0).then(|| {
                format!("Check the {subject} parameters of request {i}, then call again.")
            }),
            action,
            retryable: matches!(Action::KEYS[action], "retry" | "wait" | "check_network"),
            sdk_name: (i % 20 != 0).then(|| format!("ZIMErrorCode{}Module{name}", CATEGORIES[k].1)),
            success: false,
            zh: (i % 100 == 0)
                .then(|| (format!("合成错误 {i}。"), Some(format!("请检查请求 {i}。")))),
            errata: (i % 5 == 1).then(|| format!("Synthetic errata of code {i}.")),
            name,
        });
    }
    Catalog { categories, codes }
}

/// A YAML double-quoted scalar.
fn q(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The catalog as YAML in the schema of `errors.yaml`.
pub fn to_yaml(catalog: &Catalog) -> String {
    let mut y = String::with_capacity(catalog.codes.len() * 330 + 4096);
    y.push_str("# Synthetic catalog of the zimerr benchmarks (bench/gen-catalog).\ncategories:\n");
    for c in &catalog.categories {
        let _ = write!(
            y,
            "  - key: {}\n    name: {}\n    title: {}\n    ranges:\n",
            c.key,
            c.name,
            q(&c.title)
        );
        for (first, last) in &c.ranges {
            let _ = writeln!(y, "      - {{ first: {first}, last: {last} }}");
        }
        if let Some(note) = &c.note {
            let _ = writeln!(y, "    note: {}", q(note));
        }
    }
    y.push_str("codes:\n");
    for c in &catalog.codes {
        let _ = write!(
            y,
            "  - code: {}\n    name: {}\n    category: {}\n    description: {}\n",
            c.code,
            c.name,
            catalog.categories[c.category].key,
            q(&c.description)
        );
        if let Some(s) = &c.solution {
            let _ = writeln!(y, "    solution: {}", q(s));
        }
        let _ = write!(
            y,
            "    action: {}\n    retryable: {}\n",
            Action::KEYS[c.action],
            c.retryable
        );
        if let Some(s) = &c.sdk_name {
            let _ = writeln!(y, "    sdk_name: {s}");
        }
        if c.success {
            y.push_str("    success: true\n");
        }
        if let Some((d, s)) = &c.zh {
            let _ = writeln!(y, "    zh:\n      description: {}", q(d));
            if let Some(s) = s {
                let _ = writeln!(y, "      solution: {}", q(s));
            }
        }
        if let Some(e) = &c.errata {
            let _ = writeln!(y, "    errata: {}", q(e));
        }
    }
    y
}
