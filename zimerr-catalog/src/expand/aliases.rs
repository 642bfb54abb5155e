//! The catalog's own `Error` and `Result` aliases, next to its code enum.
//!
//! `check` and `check_with` come with them as associated functions of the runtime's
//! `Error` (`BillingError::check_with(code, message)`): nothing to generate, no free
//! functions to collide when two catalogs share a module, and `check_with` keeps the
//! runtime's `std` gating.

use super::Names;
use super::out::Out;
use crate::args::Args;
use crate::model::Catalog;

/// `pub type BillingError = Error<BillingCode>;` and `pub type BillingResult<T, E =
/// BillingError> = Result<T, E>;`, when [`Args::alias_names`] asks for them.
pub(super) fn expand(out: &mut Out, args: &Args, names: &Names, catalog: &Catalog) {
    let Some((error, result)) = args.alias_names() else {
        return;
    };
    let Names { e, rt, .. } = names;
    let prefix = catalog.prefix.as_str();
    // The catalog's success code and a failing one name the examples.
    let success = catalog.codes.iter().find(|c| c.success);
    let check_doc = match success {
        Some(ok) => format!(
            "\n\n`{error}::check(code)` is `Ok(())` for the catalog's success code ({}) and \
             the error otherwise; `{error}::check_with(code, message)` (with the runtime's \
             `std` feature) copies the message in.",
            ok.code
        ),
        None => format!(
            "\n\nThe catalog has no success code, so `{error}::check(code)` is always the \
             error."
        ),
    };
    let error_doc = format!(
        " The error value of the `{prefix}` catalog: any code, lossless, with the message \
         it arrived with and the catalog's knowledge of it: `Error<{e}>`.{check_doc}"
    );
    let result_doc = format!(" `Result` with [`{error}`] as the default error.");
    write!(
        out,
        "#[doc = {error_doc:?}]
        pub type {error} = {rt}::Error<{e}>;
        #[doc = {result_doc:?}]
        pub type {result}<T, E = {error}> = ::core::result::Result<T, E>;"
    );
}
