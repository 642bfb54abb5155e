//! "Did you mean" suggestions, shared by the macro's diagnostics and the CLI so both
//! suggest the same thing for the same typo.

/// Help for a value outside a closed set: the likely intended value first, then the set.
pub fn expected_one_of(found: &str, candidates: &[&str]) -> String {
    let list: Vec<String> = candidates.iter().map(|c| format!("`{c}`")).collect();
    match closest(found, candidates) {
        Some(best) => format!("did you mean `{best}`? expected one of {}", list.join(", ")),
        None => format!("expected one of {}", list.join(", ")),
    }
}

/// The candidate within about a third of its length in edits (case-insensitive), if any;
/// otherwise the one candidate that starts with what was written or that it starts with
/// (`renew` for `renew_token`, `retry_later` for `retry`; three characters at least). An
/// exact match needs no suggestion.
pub fn closest<'a>(found: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let lower = found.to_ascii_lowercase();
    let near = candidates
        .iter()
        .filter(|&&c| c != found)
        .map(|c| (strsim::levenshtein(&lower, &c.to_ascii_lowercase()), *c))
        .filter(|&(d, c)| d <= c.chars().count().max(lower.chars().count()).div_ceil(3))
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c);
    near.or_else(|| {
        // Either way round: `renew` for `renew_token`, `retry` for `retry_later`.
        let mut prefixed = candidates.iter().filter(|c| {
            let c_lower = c.to_ascii_lowercase();
            let (short, long) = if c_lower.len() < lower.len() {
                (c_lower.as_str(), lower.as_str())
            } else {
                (lower.as_str(), c_lower.as_str())
            };
            short.chars().count() >= 3 && **c != found && long.starts_with(short)
        });
        match (prefixed.next(), prefixed.next()) {
            (Some(only), None) => Some(*only),
            _ => None,
        }
    })
}

/// Below this many digits every code is one edit from every other: typos say nothing.
const MIN_TYPO_DIGITS: usize = 4;

/// The known codes nearest to an unknown `value`, at most `limit`: first those one digit
/// edit away (a digit dropped, added, mistyped, or two swapped), nearest in value first,
/// then the closest code below and above it.
pub fn nearest_codes(known: &[u32], value: u32, limit: usize) -> Vec<u32> {
    let below = known.iter().copied().filter(|&c| c < value).max();
    let above = known.iter().copied().filter(|&c| c > value).min();
    let typed = value.to_string();
    let mut typos: Vec<u32> = known
        .iter()
        .copied()
        .filter(|&c| typed.len() >= MIN_TYPO_DIGITS && is_digit_typo(&typed, &c.to_string()))
        .collect();
    typos.sort_by_key(|&c| c.abs_diff(value));
    let mut out: Vec<u32> = Vec::new();
    for c in typos.into_iter().chain(below).chain(above) {
        if !out.contains(&c) && out.len() < limit {
            out.push(c);
        }
    }
    out
}

/// Whether `typed` is `intended` with one digit dropped, added, mistyped, or two
/// neighbouring digits swapped.
fn is_digit_typo(typed: &str, intended: &str) -> bool {
    strsim::osa_distance(typed, intended) == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_only() {
        let actions = ["none", "renew_token", "login", "retry"];
        assert_eq!(closest("logn", &actions), Some("login"));
        assert_eq!(closest("Renew_Token", &actions), Some("renew_token"));
        assert_eq!(closest("explode", &actions), None);
        assert_eq!(closest("renew", &actions), Some("renew_token"));
        assert_eq!(closest("retry_later", &actions), Some("retry"));
        assert_eq!(closest("re", &actions), None, "too short to guess");
        assert_eq!(
            closest("retry", &actions),
            None,
            "an exact match needs no suggestion"
        );
        assert_eq!(
            expected_one_of("retyr", &["retry", "wait"]),
            "did you mean `retry`? expected one of `retry`, `wait`"
        );
        assert_eq!(
            expected_one_of("zzzzzz", &["retry"]),
            "expected one of `retry`"
        );
    }

    #[test]
    fn nearest_codes_consider_digit_typos_then_neighbours() {
        let known = [1, 6000001, 6000104, 6000106, 6000107, 6000121];
        // A dropped zero: 600106 is 6000106 with one `0` less.
        assert_eq!(nearest_codes(&known, 600106, 3)[0], 6000106);
        // Swapped digits.
        assert!(nearest_codes(&known, 6001006, 4).contains(&6000106));
        // A code between two known ones names both neighbours.
        let near = nearest_codes(&known, 6000105, 4);
        assert!(
            near.contains(&6000104) && near.contains(&6000106),
            "{near:?}"
        );
        assert_eq!(nearest_codes(&known, 0, 1), vec![1]);
        // Short numbers: neighbours only, not every other short code.
        assert_eq!(nearest_codes(&[0, 1, 6000001], 7, 2), vec![1, 6000001]);
        assert!(nearest_codes(&[], 5, 3).is_empty());
    }
}
