//! `miette::Diagnostic` for errors (`miette` feature): the code as `zim::6000106`, and
//! as help what to do, following the action ([`Error::help`]).

use core::fmt::Display;

use crate::{Error, ErrorCode};

impl<C: ErrorCode> miette::Diagnostic for Error<C> {
    fn code<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        Some(Box::new(format!(
            "{}::{}",
            diagnostic_prefix::<C>(),
            self.code()
        )))
    }

    /// The catalog's solution, or the action's description where the solution only says
    /// "try again" and the action is not retry (an invalid signature's "Please try
    /// again." would send people to repeat a request that cannot succeed).
    fn help<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        Error::help(self).map(|s| Box::new(s) as Box<dyn Display>)
    }
}

/// The namespace of diagnostic codes: the catalog's `prefix` (`zim`, `zim-server`, or a
/// user catalog's own), so codes of different catalogs never read the same.
fn diagnostic_prefix<C: ErrorCode>() -> &'static str {
    C::PREFIX
}
