//! The closed set of actions a catalog entry names: the one list the schema, the
//! validator, the generated code and the runtime crate's `Action` enum are checked against.

/// What the application should do about an error: a catalog's `action` value.
///
/// `#[non_exhaustive]` like the runtime's `zimerr::Action`: an action added to the
/// catalog format breaks no `match`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `none`
    None,
    /// `fix_request`
    FixRequest,
    /// `renew_token`
    RenewToken,
    /// `login`
    Login,
    /// `check_network`
    CheckNetwork,
    /// `retry`
    Retry,
    /// `wait`
    Wait,
    /// `inform_user`
    InformUser,
    /// `contact_support`
    ContactSupport,
    /// `sign_again`
    SignAgain,
}

/// Each action with its catalog key, the variant of the runtime crate's `Action` that the
/// generated code names, and what it asks of the application in words that fit any
/// vendor's catalog (the CLI shows them), in the order the schema lists them.
const TABLE: [(Action, &str, &str, &str); 10] = [
    (Action::None, "none", "Nothing", "nothing to do"),
    (
        Action::FixRequest,
        "fix_request",
        "FixRequest",
        "fix the request: parameters, IDs, sizes or call order",
    ),
    (
        Action::RenewToken,
        "renew_token",
        "RenewToken",
        "renew the token",
    ),
    (Action::Login, "login", "Login", "log in first"),
    (
        Action::CheckNetwork,
        "check_network",
        "CheckNetwork",
        "check the network and reconnect",
    ),
    (Action::Retry, "retry", "Retry", "retry later, with backoff"),
    (
        Action::Wait,
        "wait",
        "Wait",
        "wait for a state change before acting again",
    ),
    (
        Action::InformUser,
        "inform_user",
        "InformUser",
        "reflect the outcome in the app's UI",
    ),
    (
        Action::ContactSupport,
        "contact_support",
        "ContactSupport",
        "upload the logs and contact the vendor's technical support",
    ),
    (
        Action::SignAgain,
        "sign_again",
        "SignAgain",
        "sign the request again (fresh timestamp and nonce) and send it unchanged",
    ),
];

impl Action {
    /// Every action, in schema order. A slice, not an array: its length is no promise.
    pub const ALL: &'static [Action] = &{
        let mut all = [Action::None; TABLE.len()];
        let mut i = 0;
        while i < TABLE.len() {
            all[i] = TABLE[i].0;
            i += 1;
        }
        all
    };

    /// Every catalog key, in schema order.
    pub const KEYS: &'static [&'static str] = &{
        let mut keys = [""; TABLE.len()];
        let mut i = 0;
        while i < TABLE.len() {
            keys[i] = TABLE[i].1;
            i += 1;
        }
        keys
    };

    /// The key a catalog writes, e.g. `renew_token`.
    pub fn key(self) -> &'static str {
        TABLE[self as usize].1
    }

    /// The variant of the runtime crate's `Action` enum, e.g. `RenewToken`.
    pub fn runtime_variant(self) -> &'static str {
        TABLE[self as usize].2
    }

    /// What the action asks of the application, in words that fit any catalog, e.g.
    /// `retry later, with backoff`.
    pub fn summary(self) -> &'static str {
        TABLE[self as usize].3
    }

    /// Whether following the action means changing the request (its operation or
    /// parameters): only `fix_request`. Credentials kept outside the request (a token the
    /// SDK holds, a signature computed per attempt) and state changes (a login, a lifted
    /// ban) leave the request as it was, so a code with any other action may be
    /// `retryable`.
    pub fn changes_request(self) -> bool {
        matches!(self, Action::FixRequest)
    }

    /// What to tell a person to do about a code with this action and the catalog's
    /// `solution`: the solution, unless it only says to try again (`Please try again.`,
    /// `Please try again later.`) and the action is not `retry`; then the action's
    /// [summary](Action::summary). A vendor's generic "try again" under a signature or
    /// parameter error would send people (and loops) to repeat a request that cannot
    /// succeed as it is. `zimerr::Error`'s miette help applies the same rule.
    pub fn help(self, solution: Option<&str>) -> &str {
        match solution {
            Some(text) if self == Action::Retry || !is_generic_retry(text) => text,
            _ => self.summary(),
        }
    }

    /// The action a catalog key names.
    pub fn from_key(key: &str) -> Option<Self> {
        TABLE
            .iter()
            .find(|(_, k, _, _)| *k == key)
            .map(|(a, _, _, _)| *a)
    }
}

/// Whether a solution says nothing but "try again" (case, trailing punctuation and
/// whitespace aside).
fn is_generic_retry(solution: &str) -> bool {
    let text = solution
        .trim()
        .trim_end_matches(['.', '!', ' '])
        .to_ascii_lowercase();
    matches!(
        text.as_str(),
        "please try again" | "please try again later" | "try again" | "try again later"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_agree() {
        for (i, (action, key, _, _)) in TABLE.iter().enumerate() {
            assert_eq!(Action::ALL[i], *action);
            assert_eq!(Action::KEYS[i], *key);
            assert_eq!(*action as usize, i);
            assert_eq!(Action::from_key(key), Some(*action));
        }
        assert_eq!(Action::from_key("renew"), None);
        assert_eq!(Action::None.runtime_variant(), "Nothing");
        assert_eq!(Action::Retry.summary(), "retry later, with backoff");
        let mut summaries: Vec<&str> = Action::ALL.iter().map(|a| a.summary()).collect();
        summaries.sort_unstable();
        summaries.dedup();
        assert_eq!(summaries.len(), Action::ALL.len(), "one summary per action");
    }

    #[test]
    fn help_follows_the_action_over_a_generic_try_again() {
        let fix = Action::FixRequest;
        assert_eq!(fix.help(Some("Please try again.")), fix.summary());
        assert_eq!(fix.help(Some("please TRY again later ")), fix.summary());
        assert_eq!(
            Action::SignAgain.help(Some("Please try again.")),
            Action::SignAgain.summary()
        );
        assert_eq!(
            Action::Retry.help(Some("Please try again.")),
            "Please try again."
        );
        assert_eq!(
            fix.help(Some("Please try again or contact support.")),
            "Please try again or contact support."
        );
        assert_eq!(fix.help(None), fix.summary());
        assert!(fix.changes_request());
        assert!(Action::ALL.iter().filter(|a| a.changes_request()).count() == 1);
    }
}
