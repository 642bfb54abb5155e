//! Naming rules of catalog keys and Rust names, and the constant a name becomes.

/// Rust's keywords (strict and reserved, every edition): a name that is one cannot be a
/// variant. `tests::keywords_agree_with_syn` checks the list against syn's parser.
const KEYWORDS: [&str; 52] = [
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// An identifier as Rust reads one (Unicode XID, as rustc) that is not a keyword; `_`
/// alone is not one either.
pub(crate) fn is_valid_identifier(name: &str) -> bool {
    looks_like_identifier(name) && name != "_" && !KEYWORDS.contains(&name)
}

fn looks_like_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
        && chars.all(unicode_ident::is_xid_continue)
}

pub(super) fn is_snake_case(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

pub(super) fn is_upper_camel(name: &str) -> bool {
    name.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && all_bytes(name, u8::is_ascii_alphanumeric)
}

/// Whether every byte of `text` is `allowed`: for ASCII-only rules, where a non-ASCII
/// character fails whichever of its bytes is looked at. Bytes with an index loop, not
/// `chars().all(…)`: this runs for every code in the unoptimized build cargo makes of
/// proc macros.
pub(super) fn all_bytes(text: &str, allowed: fn(&u8) -> bool) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !allowed(&bytes[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// The `UpperCamelCase` spelling of a name written in another style, for the hint that
/// names the fix: `senderBlockedByPeer` → `SenderBlockedByPeer`, `ERR_SVR_BUSY` →
/// `ErrSvrBusy`, `token-expired` → `TokenExpired`. Words are the runs of ASCII letters and
/// digits; an all-capitals word keeps only its first capital (`ERR` → `Err`). `None` when
/// the result is no `UpperCamelCase` identifier (a leading digit, non-ASCII letters) or is a
/// reserved name: no hint beats a wrong one.
pub(crate) fn to_upper_camel(name: &str) -> Option<String> {
    if !name.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    for word in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let shout = word.bytes().all(|b| !b.is_ascii_lowercase());
        for (i, c) in word.chars().enumerate() {
            out.push(match (i, shout) {
                (0, _) => c.to_ascii_uppercase(),
                (_, true) => c.to_ascii_lowercase(),
                (_, false) => c,
            });
        }
    }
    let fits = is_upper_camel(&out)
        && is_valid_identifier(&out)
        && !super::RESERVED_CODE_NAMES.contains(&out.as_str());
    (fits && out != name).then_some(out)
}

/// The `snake_case` spelling of a key written in another style: `callInvitation` →
/// `call_invitation`, `Call-Invitation` → `call_invitation`; `None` when there is none.
pub(crate) fn to_snake_case(key: &str) -> Option<String> {
    if !key.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(key.len() + 4);
    let mut prev_lower = false;
    for c in key.chars() {
        if c.is_ascii_uppercase() && prev_lower {
            out.push('_');
        }
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
    }
    let out = out.trim_end_matches('_').to_owned();
    (is_snake_case(&out) && out != key).then_some(out)
}

pub(crate) fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// `TokenExpired` → `TOKEN_EXPIRED`; `HTTPError` → `HTTP_ERROR`; `Error404` → `ERROR404`.
///
/// Every decision looks at ASCII letters and digits only, so it works on bytes: the bytes
/// of a non-ASCII character are neither, exactly as the character is not, and are copied
/// unchanged. Bytes, not `char`s: this runs for every code in the unoptimized build cargo
/// makes of proc macros, where the `char` version cost about 20,000 instructions a name.
pub fn screaming_snake(name: &str) -> String {
    let bytes = name.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() + 4);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_uppercase() && i > 0 {
            let prev = bytes[i - 1];
            let next_lower = i + 1 < bytes.len() && bytes[i + 1].is_ascii_lowercase();
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push(b'_');
            }
        }
        out.push(b.to_ascii_uppercase());
        i += 1;
    }
    // Only ASCII bytes were changed or added, so the text is still UTF-8.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keyword list must say what rustc's parser (through syn) says.
    #[cfg(feature = "expand")]
    #[test]
    fn keywords_agree_with_syn() {
        // `gen` is reserved from edition 2024 on; syn parses by the 2021 rules.
        for keyword in KEYWORDS.iter().filter(|&&k| k != "gen") {
            assert!(syn::parse_str::<syn::Ident>(keyword).is_err(), "{keyword}");
        }
        for name in [
            "union",
            "auto",
            "default",
            "macro_rules",
            "raw",
            "safe",
            "TokenExpired",
            "_x",
            "x1",
            "Ünïcode",
            "1x",
            "a-b",
            "_",
        ] {
            assert_eq!(
                syn::parse_str::<syn::Ident>(name).is_ok(),
                is_valid_identifier(name),
                "{name}"
            );
        }
    }

    #[test]
    fn snake_case_keys() {
        for key in ["login", "call_invitation", "a1", "a_", "a__b", "x9_y"] {
            assert!(is_snake_case(key), "{key}");
        }
        for key in [
            "", "Login", "_login", "1a", "a-b", "a b", "aB", "logIn", "é", "a\u{e9}",
        ] {
            assert!(!is_snake_case(key), "{key}");
        }
    }

    #[test]
    fn upper_camel_names() {
        for name in ["TokenExpired", "A", "Error404", "HTTPError"] {
            assert!(is_upper_camel(name), "{name}");
        }
        for name in [
            "",
            "tokenExpired",
            "Token_Expired",
            "_Token",
            "1A",
            "Ünïcode",
            "Aé",
        ] {
            assert!(!is_upper_camel(name), "{name}");
        }
    }

    #[test]
    fn keywords_and_identifiers() {
        for keyword in ["fn", "Self", "self", "gen", "yield", "abstract"] {
            assert!(is_keyword(keyword), "{keyword}");
            assert!(!is_valid_identifier(keyword), "{keyword}");
        }
        for name in ["Fn", "SELF", "union", "TokenExpired"] {
            assert!(!is_keyword(name), "{name}");
        }
        for name in ["_x", "x1", "Ünïcode", "TokenExpired", "__"] {
            assert!(is_valid_identifier(name), "{name}");
        }
        for name in ["", "_", "1x", "a-b", "a b", "\u{301}a"] {
            assert!(!is_valid_identifier(name), "{name}");
        }
    }

    #[test]
    fn other_styles_convert_to_upper_camel() {
        for (name, camel) in [
            ("senderBlockedByPeer", "SenderBlockedByPeer"),
            ("sender_blocked_by_peer", "SenderBlockedByPeer"),
            ("ERR_SVR_COMM_SENSITIVE_TEXT", "ErrSvrCommSensitiveText"),
            ("token-expired", "TokenExpired"),
            ("Token Expired", "TokenExpired"),
            ("Token_Expired", "TokenExpired"),
            ("HTTP_404_error", "Http404Error"),
            ("x", "X"),
        ] {
            assert_eq!(to_upper_camel(name).as_deref(), Some(camel), "{name}");
        }
        // No hint where none fits: a leading digit, non-ASCII, nothing left, reserved,
        // already right.
        for name in [
            "404_not_found",
            "Ünïcode",
            "__",
            "",
            "p_r_e_f_i_x",
            "TokenExpired",
        ] {
            assert_eq!(to_upper_camel(name), None, "{name}");
        }
    }

    #[test]
    fn other_styles_convert_to_snake_case() {
        for (key, snake) in [
            ("callInvitation", "call_invitation"),
            ("Call-Invitation", "call_invitation"),
            ("CALL_INVITATION", "call_invitation"),
            ("call invitation", "call_invitation"),
            ("Login", "login"),
            ("group2Chat", "group2_chat"),
        ] {
            assert_eq!(to_snake_case(key).as_deref(), Some(snake), "{key}");
        }
        for key in ["login", "_", "1abc", "é", ""] {
            assert_eq!(to_snake_case(key), None, "{key}");
        }
    }

    #[test]
    fn screaming_snake_splits_words() {
        for (name, constant) in [
            ("TokenExpired", "TOKEN_EXPIRED"),
            ("HTTPError", "HTTP_ERROR"),
            ("Error404Found", "ERROR404_FOUND"),
            ("Error404", "ERROR404"),
            ("TokenID", "TOKEN_ID"),
            ("GetA", "GET_A"),
            ("ABc", "A_BC"),
            ("A", "A"),
            ("", ""),
        ] {
            assert_eq!(screaming_snake(name), constant, "{name}");
        }
    }
}
