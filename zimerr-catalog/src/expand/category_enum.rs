//! The category enum: one variant per section, its texts and ranges in static tables
//! indexed by the discriminant (like the code enum's, no per-variant `match`), and the
//! placement of unknown codes by range.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

use super::docs;
use crate::args::Args;
use crate::markdown::doc_text;
use crate::model::{Catalog, Category};

/// The category enum and its accessors.
pub(super) fn expand(args: &Args, catalog: &Catalog) -> TokenStream {
    let Args {
        code_enum: e,
        category_enum: cat,
        runtime: rt,
        ..
    } = args;
    let idents: Vec<Ident> = catalog
        .categories
        .iter()
        .map(|c| format_ident!("{}", c.name))
        .collect();
    let enum_item = enum_item(e, cat, catalog, &idents);
    let texts = text_accessors(catalog);
    let ranges = range_accessors(e, catalog);
    quote! {
        #enum_item

        impl #cat {
            /// Every category, in catalog order.
            pub const ALL: &'static [Self] = &[#(Self::#idents),*];

            /// Every category, in catalog order: the same slice as [`ALL`](Self::ALL), as
            /// the code enum has it.
            #[inline]
            pub const fn all() -> &'static [Self] {
                Self::ALL
            }

            #texts
            #ranges

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

/// The enum itself: one variant per category, with its docs.
fn enum_item(e: &Ident, cat: &Ident, catalog: &Catalog, idents: &[Ident]) -> TokenStream {
    let variants = catalog.categories.iter().zip(idents).map(|(c, ident)| {
        let docs = docs::category(catalog, c);
        quote! { #(#[doc = #docs])* #ident }
    });
    let doc = format!("The categories (sections) of the catalog behind [`{e}`].");
    quote! {
        #[doc = #doc]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::hash::Hash, ::core::fmt::Debug)]
        #[repr(u8)]
        #[non_exhaustive]
        pub enum #cat {
            #(#variants,)*
        }
    }
}

/// `key()`, `name()`, `title()` and `note()`, each over a static table indexed by the
/// discriminant.
fn text_accessors(catalog: &Catalog) -> TokenStream {
    let n = catalog.categories.len();
    let keys = texts(catalog, |c| c.key.as_str());
    let names = texts(catalog, |c| c.name.as_str());
    let titles = texts(catalog, |c| c.title.as_str());
    let notes = texts(catalog, |c| c.note.as_deref().unwrap_or(""));
    // The catalog's own first category names the examples in the accessors' docs.
    let first = &catalog.categories[0];
    let key_doc = format!(
        " The key the catalog refers to the category by, e.g. `\"{}\"`.",
        first.key
    );
    let name_doc = format!(" The variant's name, e.g. `\"{}\"`.", first.name);
    let title_doc = format!(" The section title, e.g. \"{}\".", doc_text(&first.title));
    quote! {
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
    }
}

/// `ranges()` and `of_code()`: the numeric ranges per category, and the placement of any
/// code, unknown ones by range.
fn range_accessors(e: &Ident, catalog: &Catalog) -> TokenStream {
    let n = catalog.categories.len();
    let ranges = catalog.categories.iter().map(|c| {
        let (first, last): (Vec<u32>, Vec<u32>) = c.ranges.iter().copied().unzip();
        quote! { &[#(::core::ops::RangeInclusive::new(#first, #last)),*] }
    });
    // Unknown codes go to the narrowest range that holds them; ties go to catalog order.
    let placed = catalog.ranges_narrowest_first();
    let r = placed.len();
    let mut firsts = Vec::with_capacity(r);
    let mut lasts = Vec::with_capacity(r);
    let mut owners = Vec::with_capacity(r);
    for &(first, last, owner) in &placed {
        firsts.push(Literal::u32_unsuffixed(first));
        lasts.push(Literal::u32_unsuffixed(last));
        owners.push(Literal::u8_unsuffixed(owner.as_u8()));
    }
    quote! {
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
    }
}

/// One text per category, for a `[#(#texts),*]` table. `field` is a `fn` pointer and the
/// result one `Vec<&str>`: one copy of this code and of quote's repetition for all four
/// tables, not one per closure.
fn texts(catalog: &Catalog, field: fn(&Category) -> &str) -> Vec<&str> {
    catalog.categories.iter().map(field).collect()
}
