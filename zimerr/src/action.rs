//! What an application should do about an error: the closed set the catalog's
//! `action` field draws from.

use core::fmt;
use core::str::FromStr;

/// What the application should do about an error, derived from the catalog's solution.
///
/// A vendor's documentation says this in prose per code; the catalog records it as one
/// of these values so an app can branch on it:
///
/// ```
/// use zimerr::{Action, ZimError};
///
/// let err = ZimError::from(6000106);
/// match err.action() {
///     Some(Action::RenewToken) => { /* fetch a new token, call renewToken, retry */ }
///     Some(Action::Retry) => { /* back off and retry */ }
///     _ => { /* show the error */ }
/// }
/// assert_eq!(err.action(), Some(Action::RenewToken));
/// ```
///
/// `Display` writes the [description](Action::description), for people (`renew the
/// token`); the stable machine form is the [key](Action::key), `renew_token`, which
/// [`FromStr`] parses and, with the `serde` feature, an action is written and read as, in
/// every format, binary ones included (see [`Error`'s wire form](crate::Error#serde)).
/// The crate's one rule for `Display` is in [the traits' docs](crate::ErrorCode#display-is-for-people).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Action {
    /// Nothing to do: success, or an outcome that needs no handling. Catalog key `none`.
    Nothing,
    /// The call itself is wrong (parameters, IDs, sizes, limits, call order): change the
    /// code or the input. Catalog key `fix_request`.
    FixRequest,
    /// The token is invalid, expired or too short-lived: renew or regenerate it.
    /// Catalog key `renew_token`.
    RenewToken,
    /// Log in (or log out, then log in) first. Catalog key `login`.
    Login,
    /// A connectivity problem: check the network and reconnect. Catalog key `check_network`.
    CheckNetwork,
    /// A transient failure or a rate limit: retry later with backoff. Catalog key `retry`.
    Retry,
    /// Wait for a state change (a ban lifted, a connection result, an approval) before
    /// acting again. Catalog key `wait`.
    Wait,
    /// A business-rule outcome to reflect in the app's UI (already a friend, a full
    /// blacklist, a blocked user). Catalog key `inform_user`.
    InformUser,
    /// An internal or server-side error: upload the logs and contact the vendor's
    /// technical support. Catalog key `contact_support`.
    ContactSupport,
    /// The request's signature is stale (the server API's "signature expired"): compute
    /// it again with a fresh timestamp and nonce, then send the same request. The
    /// signature is per-attempt credentials, not the request's content, so such a code is
    /// [retryable](crate::Error::is_retryable); resending the old signature is not enough.
    /// Catalog key `sign_again`.
    SignAgain,
}

impl Action {
    /// Every action, in the order the catalog schema lists them.
    pub const ALL: &'static [Action] = &[
        Action::Nothing,
        Action::FixRequest,
        Action::RenewToken,
        Action::Login,
        Action::CheckNetwork,
        Action::Retry,
        Action::Wait,
        Action::InformUser,
        Action::ContactSupport,
        Action::SignAgain,
    ];

    /// The key the catalog writes the action as.
    ///
    /// ```
    /// assert_eq!(zimerr::Action::RenewToken.key(), "renew_token");
    /// ```
    pub const fn key(self) -> &'static str {
        match self {
            Action::Nothing => "none",
            Action::FixRequest => "fix_request",
            Action::RenewToken => "renew_token",
            Action::Login => "login",
            Action::CheckNetwork => "check_network",
            Action::Retry => "retry",
            Action::Wait => "wait",
            Action::InformUser => "inform_user",
            Action::ContactSupport => "contact_support",
            Action::SignAgain => "sign_again",
        }
    }

    /// A one-line explanation for people, in words that fit any vendor's catalog: the
    /// text the `zimerr` command shows as `action_description` (the engine's list is its
    /// one home; a test keeps the two equal).
    ///
    /// ```
    /// assert_eq!(zimerr::Action::Retry.description(), "retry later, with backoff");
    /// ```
    pub const fn description(self) -> &'static str {
        match self {
            Action::Nothing => "nothing to do",
            Action::FixRequest => "fix the request: parameters, IDs, sizes or call order",
            Action::RenewToken => "renew the token",
            Action::Login => "log in first",
            Action::CheckNetwork => "check the network and reconnect",
            Action::Retry => "retry later, with backoff",
            Action::Wait => "wait for a state change before acting again",
            Action::InformUser => "reflect the outcome in the app's UI",
            Action::ContactSupport => "upload the logs and contact the vendor's technical support",
            Action::SignAgain => {
                "sign the request again (fresh timestamp and nonce) and send it unchanged"
            }
        }
    }

    /// Whether following the action means changing the request itself (its operation or
    /// parameters): only [`FixRequest`](Action::FixRequest). Renewing a token the SDK
    /// holds, signing again, logging in, reconnecting or waiting leave the request as it
    /// was, which is why a [retryable](crate::Error::is_retryable) code never has an
    /// action that changes the request.
    ///
    /// ```
    /// use zimerr::Action;
    ///
    /// assert!(Action::FixRequest.changes_request());
    /// assert!(!Action::SignAgain.changes_request());
    /// ```
    pub const fn changes_request(self) -> bool {
        matches!(self, Action::FixRequest)
    }

    /// What to tell a person about a code with this action and the catalog's `solution`:
    /// the solution, unless it only says to try again (`Please try again.`) and the
    /// action is not [`Retry`](Action::Retry); then the action's
    /// [description](Action::description). The same rule as the `zimerr` command's
    /// `explain`; [`Error::help`](crate::Error::help) applies it to an error.
    ///
    /// ```
    /// use zimerr::Action;
    ///
    /// assert_eq!(Action::Retry.help(Some("Please try again.")), "Please try again.");
    /// assert_eq!(
    ///     Action::FixRequest.help(Some("Please try again.")),
    ///     Action::FixRequest.description(),
    /// );
    /// ```
    pub fn help(self, solution: Option<&str>) -> &str {
        match solution {
            Some(text) if matches!(self, Action::Retry) || !is_generic_retry(text) => text,
            _ => self.description(),
        }
    }
}

/// Whether a solution says nothing but "try again" (case, trailing punctuation and
/// whitespace aside).
fn is_generic_retry(solution: &str) -> bool {
    let text = solution.trim().trim_end_matches(['.', '!', ' ']);
    [
        "please try again",
        "please try again later",
        "try again",
        "try again later",
    ]
    .iter()
    .any(|generic| text.eq_ignore_ascii_case(generic))
}

impl fmt::Display for Action {
    /// Writes the [description](Action::description), for people; the machine form is
    /// the [key](Action::key).
    ///
    /// ```
    /// use zimerr::Action;
    ///
    /// assert_eq!(Action::RenewToken.to_string(), "renew the token");
    /// assert_eq!(Action::RenewToken.key(), "renew_token");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.description())
    }
}

/// The error of parsing an [`Action`] from a string that is not one of its keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseActionError(());

impl fmt::Display for ParseActionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown action; expected one of `none`, `fix_request`, `renew_token`, `login`, `check_network`, `retry`, `wait`, `inform_user`, `contact_support`, `sign_again`")
    }
}

impl core::error::Error for ParseActionError {}

impl FromStr for Action {
    type Err = ParseActionError;

    /// Parses a catalog key.
    ///
    /// ```
    /// assert_eq!("retry".parse(), Ok(zimerr::Action::Retry));
    /// assert!("Retry".parse::<zimerr::Action>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Action::ALL
            .iter()
            .copied()
            .find(|a| a.key() == s)
            .ok_or(ParseActionError(()))
    }
}
