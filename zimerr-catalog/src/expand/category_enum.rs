//! The category enum: one variant per section, its texts and ranges in static tables
//! indexed by the discriminant (like the code enum's, no per-variant `match`), and the
//! placement of unknown codes by range.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

use super::docs;
use crate::args::Args;
use crate::markdown::doc_text;
use crate::model::Catalog;

/// The category enum and its accessors.
pub(super) fn expand(args: &Args, catalog: &Catalog) -> TokenStream {
    let Args {
        code_enum: e,
        category_enum: cat,
        runtime: rt,
        ..
    } = args;
    let n = catalog.categories.len();
    let idents: Vec<Ident> = catalog
        .categories
        .iter()
        .map(|c| format_ident!("{}", c.name))
        .collect();
    let variants = catalog.categories.iter().zip(&idents).map(|(c, ident)| {
        let docs = docs::category(catalog, c);
        quote! { #(#[doc = #docs])* #ident }
    });
    let keys = catalog.categories.iter().map(|c| c.key.as_str());
    let names = catalog.categories.iter().map(|c| c.name.as_str());
    let titles = catalog.categories.iter().map(|c| c.title.as_str());
    let notes = catalog
        .categories
        .iter()
        .map(|c| c.note.as_deref().unwrap_or(""));
    let ranges = catalog.categories.iter().map(|c| {
        let (first, last): (Vec<u32>, Vec<u32>) = c.ranges.iter().copied().unzip();
        quote! { &[#(::core::ops::RangeInclusive::new(#first, #last)),*] }
    });
    // Unknown codes go to the narrowest range that holds them; ties go to catalog order.
    let placed = catalog.ranges_narrowest_first();
    let r = placed.len();
    let firsts = placed.iter().map(|p| Literal::u32_unsuffixed(p.0));
    let lasts = placed.iter().map(|p| Literal::u32_unsuffixed(p.1));
    let owners = placed.iter().map(|p| Literal::u8_unsuffixed(p.2.as_u8()));
    let doc = format!("The categories (sections) of the catalog behind [`{e}`].");
    // The catalog's own first category names the examples in the accessors' docs.
    let first = &catalog.categories[0];
    let key_doc = format!(
        " The key the catalog refers to the category by, e.g. `\"{}\"`.",
        first.key
    );
    let name_doc = format!(" The variant's name, e.g. `\"{}\"`.", first.name);
    let title_doc = format!(" The section title, e.g. \"{}\".", doc_text(&first.title));

    quote! {
        #[doc = #doc]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::hash::Hash, ::core::fmt::Debug)]
        #[repr(u8)]
        #[non_exhaustive]
        pub enum #cat {
            #(#variants,)*
        }

        impl #cat {
            /// Every category, in catalog order.
            pub const ALL: &'static [Self] = &[#(Self::#idents),*];

            /// Every category, in catalog order: the same slice as [`ALL`](Self::ALL), as
            /// the code enum has it.
            #[inline]
            pub const fn all() -> &'static [Self] {
                Self::ALL
            }

            #[doc = #key_doc]
            #[inline]
            pub const fn key(self) -> &'static str {
                static KEYS: [&str; #n] = [#(#keys),*];
                KEYS[self as usize]
            }

            #[doc = #name_doc]
            #[inline]
            pub const fn name(self) -> &'static str {
                static NAMES: [&str; #n] = [#(#names),*];
                NAMES[self as usize]
            }

            #[doc = #title_doc]
            #[inline]
            pub const fn title(self) -> &'static str {
                static TITLES: [&str; #n] = [#(#titles),*];
                TITLES[self as usize]
            }

            /// A remark of the catalog about the category, e.g. where its codes break the pattern.
            #[inline]
            pub const fn note(self) -> ::core::option::Option<&'static str> {
                static NOTES: [&str; #n] = [#(#notes),*];
                let note = NOTES[self as usize];
                if note.is_empty() { ::core::option::Option::None } else { ::core::option::Option::Some(note) }
            }

            /// The numeric ranges the category occupies (inclusive); empty when it has none.
            #[inline]
            pub const fn ranges(self) -> &'static [::core::ops::RangeInclusive<u32>] {
                static RANGES: [&[::core::ops::RangeInclusive<u32>]; #n] = [#(#ranges),*];
                RANGES[self as usize]
            }

            /// The category of any code: a known code's own category, otherwise the
            /// narrowest range holding it, or `None` when no range does.
            pub const fn of_code(code: u32) -> ::core::option::Option<Self> {
                if let ::core::option::Option::Some(known) = #e::from_code(code) {
                    return ::core::option::Option::Some(known.category());
                }
                static FIRST: [u32; #r] = [#(#firsts),*];
                static LAST: [u32; #r] = [#(#lasts),*];
                static OWNER: [u8; #r] = [#(#owners),*];
                let mut i = 0;
                while i < #r {
                    if FIRST[i] <= code && code <= LAST[i] {
                        return ::core::option::Option::Some(Self::ALL[OWNER[i] as usize]);
                    }
                    i += 1;
                }
                ::core::option::Option::None
            }

            /// The catalog's codes in this category, in catalog order.
            pub fn codes(self) -> impl ::core::iter::Iterator<Item = #e> {
                #e::all().iter().copied().filter(move |code| code.category() == self)
            }
        }

        impl ::core::fmt::Display for #cat {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.title())
            }
        }

        impl #rt::ErrorCategory for #cat {
            const ALL: &'static [Self] = #cat::ALL;
            fn __implemented_by_zim_errors(_: #rt::__private::Sealed) {}
            fn key(self) -> &'static str { #cat::key(self) }
            fn name(self) -> &'static str { #cat::name(self) }
            fn title(self) -> &'static str { #cat::title(self) }
            fn ranges(self) -> &'static [::core::ops::RangeInclusive<u32>] { #cat::ranges(self) }
        }

        #rt::__private::impl_serde_for_category!(#cat);
    }
}
