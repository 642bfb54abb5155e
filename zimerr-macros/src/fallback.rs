//! What the macro emits when the catalog is broken: every diagnostic as a
//! `compile_error!`, plus stand-ins for the items it would have generated, so the
//! invoking crate sees the catalog's problems instead of a flood of "cannot find type".

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::args::Args;

pub(crate) fn emit(args: &Args, span: Span, messages: &[String]) -> TokenStream {
    let Args {
        code_enum: e,
        category_enum: cat,
        codes_module: m,
        ..
    } = args;
    let errors = messages
        .iter()
        .map(|message| quote_spanned! {span=> ::core::compile_error!(#message); });
    quote! {
        #(#errors)*

        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::hash::Hash, ::core::fmt::Debug)]
        #[allow(missing_docs)]
        pub enum #e {}

        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::hash::Hash, ::core::fmt::Debug)]
        #[allow(missing_docs)]
        pub enum #cat {}

        #[allow(missing_docs)]
        pub mod #m {}
    }
}
