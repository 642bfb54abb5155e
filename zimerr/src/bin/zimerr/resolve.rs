//! From what a user typed to catalog items, with error messages that point to the fix.

use std::fmt::Write as _;

use zimerr::{Category, ZimErrorCode};

/// A code from a number (`6000106`, `zim::6000106`), a name in any case
/// (`TokenExpired`, `tokenexpired`) or an SDK name
/// (`ZIMErrorCodeNetworkModuleTokenExpired`). The error is the message for stderr.
pub(crate) fn code(arg: &str) -> Result<ZimErrorCode, String> {
    let text = arg.trim();
    let text = strip_prefix_ignore_case(text, "zim::").unwrap_or(text);
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return match text.parse::<u32>() {
            Ok(number) => ZimErrorCode::from_code(number).ok_or_else(|| unknown_number(number)),
            Err(_) => Err(format!(
                "`{arg}` is not a code of the ZIM catalog: codes are at most {}",
                u32::MAX
            )),
        };
    }
    if let Some(found) = ZimErrorCode::ALL.iter().copied().find(|c| {
        c.name().eq_ignore_ascii_case(text)
            || c.sdk_name().is_some_and(|s| s.eq_ignore_ascii_case(text))
    }) {
        return Ok(found);
    }
    let mut message = format!("`{arg}` is not a code name or number of the ZIM catalog");
    if let Some(suggestion) = similar_name(text) {
        let _ = write!(message, "; did you mean `{}`?", suggestion.name());
    } else if !text.is_empty() {
        let _ = write!(message, "; try `zimerr search {}`", text.to_lowercase());
    }
    Err(message)
}

/// The message for a number the catalog does not know: the nearest known codes below and
/// above, and the category whose range holds it, if any.
pub(crate) fn unknown_number(number: u32) -> String {
    let below = ZimErrorCode::ALL
        .iter()
        .copied()
        .filter(|c| c.code() < number)
        .max_by_key(|c| c.code());
    let above = ZimErrorCode::ALL
        .iter()
        .copied()
        .filter(|c| c.code() > number)
        .min_by_key(|c| c.code());
    let nearest: Vec<String> = [below, above]
        .into_iter()
        .flatten()
        .map(|c| format!("`{}` ({})", c.code(), c.name()))
        .collect();
    let mut message = format!("`{number}` is not a code of the ZIM catalog");
    if !nearest.is_empty() {
        message.push_str("; nearest known codes: ");
        message.push_str(&nearest.join(", "));
    }
    if let Some(category) = Category::of_code(number) {
        let _ = write!(
            message,
            "; it lies in the range of {} (`{}`)",
            category.title(),
            category.key()
        );
    }
    message
}

/// A category by key (`call_invitation`), name (`CallInvitation`) or title
/// (`Call invitation errors`), in any case. The error lists the valid keys.
pub(crate) fn category(arg: &str) -> Result<Category, String> {
    let text = arg.trim();
    Category::ALL
        .iter()
        .copied()
        .find(|c| {
            c.key().eq_ignore_ascii_case(text)
                || c.name().eq_ignore_ascii_case(text)
                || c.title().eq_ignore_ascii_case(text)
        })
        .ok_or_else(|| {
            let keys: Vec<String> = Category::ALL
                .iter()
                .map(|c| format!("`{}`", c.key()))
                .collect();
            format!(
                "unknown category `{arg}`; valid categories: {}",
                keys.join(", ")
            )
        })
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// The code whose name is closest to `text` (a typo away), if one is close enough.
fn similar_name(text: &str) -> Option<ZimErrorCode> {
    let wanted = text.to_ascii_lowercase();
    let limit = (wanted.chars().count() / 4).clamp(1, 3);
    ZimErrorCode::ALL
        .iter()
        .copied()
        .map(|c| (edit_distance(&wanted, &c.name().to_ascii_lowercase()), c))
        .filter(|&(distance, _)| distance <= limit)
        .min_by_key(|&(distance, c)| (distance, c.code()))
        .map(|(_, c)| c)
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_by_number_name_and_sdk_name() {
        for arg in [
            "6000106",
            " 6000106 ",
            "zim::6000106",
            "TokenExpired",
            "tokenexpired",
            "ZIMErrorCodeNetworkModuleTokenExpired",
        ] {
            assert_eq!(code(arg), Ok(ZimErrorCode::TokenExpired), "{arg}");
        }
    }

    #[test]
    fn unknown_numbers_name_their_neighbours_and_range() {
        assert_eq!(
            code("6000105").unwrap_err(),
            "`6000105` is not a code of the ZIM catalog; nearest known codes: `6000104` (NetworkError), `6000106` (TokenExpired); it lies in the range of Login errors (`login`)"
        );
        assert!(
            code("99999999999")
                .unwrap_err()
                .contains("at most 4294967295")
        );
    }

    #[test]
    fn typos_get_a_suggestion() {
        assert_eq!(
            code("TokenExpird").unwrap_err(),
            "`TokenExpird` is not a code name or number of the ZIM catalog; did you mean `TokenExpired`?"
        );
        assert!(
            code("zzzz")
                .unwrap_err()
                .ends_with("try `zimerr search zzzz`")
        );
    }

    #[test]
    fn categories_by_key_name_or_title() {
        for arg in ["login", "LOGIN", "Login", "login errors"] {
            assert_eq!(category(arg), Ok(Category::Login));
        }
        assert_eq!(category("call_invitation"), Ok(Category::CallInvitation));
        assert!(category("nope").unwrap_err().contains("`login`"));
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }
}
