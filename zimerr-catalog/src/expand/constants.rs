//! The constants module: every code as a plain `u32`, for matching raw integers.

use super::Names;
use super::docs;
use super::out::Out;
use crate::args::{Args, Docs};
use crate::model::Catalog;

/// The module of `u32` constants, one per code; nothing with `constants = false`.
pub(super) fn expand(out: &mut Out, args: &Args, names: &Names, catalog: &Catalog) {
    if !args.constants {
        return;
    }
    let Names { e, m, .. } = names;
    let doc = format!(
        "Every code of [`{e}`] as a plain `u32` constant, for matching raw integers: a callback's code, an answer's `Code`, a number in a log."
    );
    write!(out, "#[doc = {doc:?}] pub mod {m} {{");
    for c in &catalog.codes {
        // One attribute per item: rustc pays per attribute, IDEs show the text the same.
        // Every constant keeps a doc: `missing_docs` fires on macro output in the user's
        // crate, and an `#[allow]` would be an error where the lint is forbidden.
        let doc = match args.docs {
            Docs::Full => docs::constant(args, c).join("\n"),
            Docs::Brief => docs::constant_brief(args, c),
        };
        write!(out, "#[doc = {doc:?}]");
        super::code_enum::deprecated(out, c);
        write!(out, "pub const {}: u32 = {};", c.constant, c.code);
    }
    out.push("}");
}
