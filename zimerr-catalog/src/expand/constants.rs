//! The constants module: every code as a plain `u32`, for matching raw integers.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::docs;
use crate::args::Args;
use crate::model::Catalog;

/// The module of `u32` constants, one per code.
pub(super) fn expand(args: &Args, catalog: &Catalog) -> TokenStream {
    let Args {
        code_enum: e,
        codes_module: m,
        ..
    } = args;
    let consts = catalog.codes.iter().map(|c| {
        let ident = format_ident!("{}", c.constant);
        let value = Literal::u32_unsuffixed(c.code);
        // One attribute per item: rustc pays per attribute, IDEs show the text the same.
        let doc = docs::constant(args, c).join("\n");
        let deprecated = super::code_enum::deprecated(c);
        quote! {
            #[doc = #doc]
            #deprecated
            pub const #ident: u32 = #value;
        }
    });
    let doc = format!(
        "Every code of [`{e}`] as a plain `u32` constant, for matching raw integers from an SDK callback."
    );
    quote! {
        #[doc = #doc]
        pub mod #m {
            #(#consts)*
        }
    }
}
