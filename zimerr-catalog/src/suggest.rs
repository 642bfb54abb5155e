//! "Did you mean" suggestions, shared by the macro's diagnostics and the CLI so both
//! suggest the same thing for the same typo.

/// Help for a value outside a closed set: the likely intended values first, then the set.
pub fn expected_one_of(found: &str, candidates: &[&str]) -> String {
    let list: Vec<String> = candidates.iter().map(|c| format!("`{c}`")).collect();
    let likely: Vec<String> = likely(found, candidates)
        .iter()
        .map(|c| format!("`{c}`"))
        .collect();
    match likely.as_slice() {
        [] => format!("expected one of {}", list.join(", ")),
        [one] => format!("did you mean {one}? expected one of {}", list.join(", ")),
        [others @ .., final_one] => format!(
            "did you mean {} or {final_one}? expected one of {}",
            others.join(", "),
            list.join(", ")
        ),
    }
}

/// What was likely meant by `found`, best first, at most three: the [`closest`]
/// candidate, or else every candidate that shares a word with it (`renew_token` for
/// `renew_usersig`, `login` for `relogin`): a vendor's own key names the same idea in
/// other words, and a word in common is the best evidence a closed set offers.
pub fn likely<'a>(found: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    if let Some(best) = closest(found, candidates) {
        return vec![best];
    }
    let lower = found.to_ascii_lowercase();
    let written: Vec<&str> = words(&lower).collect();
    // A whole word in common first; a word inside another (`login` in `relogin`) only
    // when no candidate shares a whole word.
    let sharing = |whole: bool| -> Vec<&'a str> {
        candidates
            .iter()
            .filter(|&&c| c != found)
            .filter(|c| {
                let c = c.to_ascii_lowercase();
                words(&c).any(|w| {
                    w.len() >= 3
                        && if whole {
                            written.contains(&w)
                        } else {
                            w.len() >= 4 && lower.contains(w)
                        }
                })
            })
            .take(3)
            .copied()
            .collect()
    };
    let whole = sharing(true);
    if whole.is_empty() {
        sharing(false)
    } else {
        whole
    }
}

/// The words of a key: runs of letters and digits (`renew_usersig` → `renew`, `usersig`).
fn words(key: &str) -> impl Iterator<Item = &str> {
    key.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
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
    nearest_codes_within(known, known, value, limit)
}

/// [`nearest_codes`] with the neighbours taken from `neighbours` only: the codes of the
/// category whose range holds `value`, where the closest codes of the whole catalog
/// would be other categories' codes, unrelated to it. Digit typos still come from all of
/// `known`: one edit away is evidence enough whatever the category.
pub fn nearest_codes_within(
    known: &[u32],
    neighbours: &[u32],
    value: u32,
    limit: usize,
) -> Vec<u32> {
    let below = neighbours.iter().copied().filter(|&c| c < value).max();
    let above = neighbours.iter().copied().filter(|&c| c > value).min();
    let typed = value.to_string();
    // Nearest in value first, ties in catalog order. Each typo is inserted in place rather
    // than sorted afterwards: the list holds the few codes one edit away, and a std sort
    // would add thousands of lines of LLVM IR to a crate on the clean build's critical
    // path (docs/PERFORMANCE.md).
    let mut typos: Vec<u32> = Vec::new();
    if typed.len() >= MIN_TYPO_DIGITS {
        for &c in known {
            if is_digit_typo(&typed, &c.to_string()) {
                let at = typos.partition_point(|&t| t.abs_diff(value) <= c.abs_diff(value));
                typos.insert(at, c);
            }
        }
    }
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
    fn likely_values_share_a_word() {
        let actions = [
            "none",
            "fix_request",
            "renew_token",
            "login",
            "check_network",
            "retry",
            "wait",
        ];
        assert_eq!(likely("renew_usersig", &actions), ["renew_token"]);
        // `user` inside `usersig` does not add `inform_user` to a whole word's match.
        let with_user = [actions.as_slice(), &["inform_user"]].concat();
        assert_eq!(likely("renew_usersig", &with_user), ["renew_token"]);
        assert_eq!(likely("superuser", &with_user), ["inform_user"]);
        assert_eq!(likely("relogin", &actions), ["login"]);
        assert_eq!(likely("refresh_token", &actions), ["renew_token"]);
        assert_eq!(likely("network_check", &actions), ["check_network"]);
        assert_eq!(likely("check_status", &actions), ["check_network"]);
        assert_eq!(
            likely("network_request", &actions),
            ["fix_request", "check_network"]
        );
        assert_eq!(likely("explode", &actions), Vec::<&str>::new());
        // Two-letter words say nothing.
        assert_eq!(likely("is_ok", &["is_err", "ok"]), Vec::<&str>::new());
        assert_eq!(likely("retry", &actions), Vec::<&str>::new(), "exact");
        assert_eq!(
            expected_one_of("network_request", &actions[..5]),
            "did you mean `fix_request` or `check_network`? expected one of `none`, \
             `fix_request`, `renew_token`, `login`, `check_network`"
        );
        assert_eq!(
            expected_one_of("renew_usersig", &["renew_token", "wait"]),
            "did you mean `renew_token`? expected one of `renew_token`, `wait`"
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

    #[test]
    fn neighbours_can_come_from_a_category() {
        let known = [70001, 70003, 12002, 120100, 120400];
        let group = [120100, 120400];
        // 12002 is one digit from 120002; 70003 is only the nearest code below.
        assert_eq!(
            nearest_codes_within(&known, &group, 120002, 3),
            [12002, 120100]
        );
        assert_eq!(
            nearest_codes_within(&known, &[], 130555, 3),
            Vec::<u32>::new()
        );
        assert_eq!(nearest_codes(&known, 120002, 3), [12002, 70003, 120100]);
    }

    #[test]
    fn typos_come_nearest_first_with_ties_in_catalog_order() {
        let known = [6000108, 6000104, 6000116, 6000106];
        assert_eq!(
            nearest_codes(&known, 6000106, 4),
            vec![6000108, 6000104, 6000116]
        );
        // The same order as a stable sort by distance, which the insertion replaced.
        let known: Vec<u32> = (0..400).map(|i| 6_000_000 + (i * 37) % 1000).collect();
        for value in (6_000_000..6_001_000).step_by(7) {
            let typed = value.to_string();
            let mut expected: Vec<u32> = known
                .iter()
                .copied()
                .filter(|&c| is_digit_typo(&typed, &c.to_string()))
                .collect();
            expected.sort_by_key(|&c| c.abs_diff(value));
            let got = nearest_codes(&known, value, usize::MAX);
            assert_eq!(got[..expected.len()], expected[..], "{value}");
        }
    }
}
