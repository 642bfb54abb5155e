//! Stage 4: turn a validated catalog into Rust.
//!
//! What rustc pays for each construct drives the shape (`../shared/notes/codegen-costs.md`,
//! `docs/PERFORMANCE.md`): accessors index static `[&str; N]` / `[u32; N]` / `[u8; N]`
//! tables through a perfect hash instead of an N-arm `match`, `Debug` goes through
//! `name()` instead of a derived match, and `ALL` is a `[u32; N]` viewed as `[Self; N]`
//! instead of an array of enum values. Only `::core` and the runtime crate are named, so
//! the output compiles in `#![no_std]` crates.

use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

use crate::args::Args;
use crate::load::SourceText;
use crate::phf::Phf;
use crate::validate::{ACTIONS, Catalog, Code};

pub(crate) fn expand(args: &Args, catalog: &Catalog, source: &SourceText) -> TokenStream {
    let track = source.absolute_path.as_deref().map(|path| {
        quote! {
            // Makes cargo rebuild the invoking crate when the catalog changes.
            const _: &[u8] = ::core::include_bytes!(#path);
        }
    });
    let code_enum = code_enum(args, catalog, source);
    let category_enum = category_enum(args, catalog);
    let consts = codes_module(args, catalog);
    let code_macro = code_macro(args, source);
    quote! {
        #track
        #code_enum
        #category_enum
        #consts
        #code_macro
    }
}

/// `code_macro = "name"`: a `name!(N)` that resolves a literal against the catalog file at
/// compile time (through the runtime crate's re-export of `__catalog_code!`), usable
/// crate-wide as `crate::path::name!` where the code enum is in scope.
fn code_macro(args: &Args, source: &SourceText) -> Option<TokenStream> {
    let name = args.code_macro.as_ref()?;
    let path = source.absolute_path.as_deref()?;
    let Args {
        code_enum: e,
        runtime: rt,
        ..
    } = args;
    let doc = format!(
        "A variant of [`{e}`] from its number, checked at compile time against `{}`: an \
         unknown number is a compile error naming the nearest known codes. Expands to the \
         variant's path, so it works in `const` items and patterns; `{e}` must be in scope.",
        doc_text(&source.display_path)
    );
    Some(quote! {
        #[doc = #doc]
        macro_rules! #name {
            ($code:literal) => { #rt::__private::catalog_code!(#path, #e, $code) };
        }
        #[allow(unused_imports)]
        pub(crate) use #name;
    })
}

fn code_enum(args: &Args, catalog: &Catalog, source: &SourceText) -> TokenStream {
    let Args {
        code_enum: e,
        category_enum: cat,
        runtime: rt,
        ..
    } = args;
    let n = catalog.codes.len();
    let codes: Vec<u32> = catalog.codes.iter().map(|c| c.code).collect();
    let code_lits = codes.iter().map(|&c| Literal::u32_unsuffixed(c));
    let variants = catalog.codes.iter().map(|c| {
        let ident = Ident::new(&c.name, proc_macro2::Span::call_site());
        // One attribute per item: rustc pays per attribute, IDEs show the text the same.
        let docs = variant_docs(catalog, c).join("\n");
        let value = Literal::u32_unsuffixed(c.code);
        let aliases = aliases(c);
        quote! { #[doc = #docs] #aliases #ident = #value }
    });
    let enum_doc = enum_docs(args, catalog, source).join("\n");
    let phf = Phf::build(&codes);
    let bucket_mask = phf.displacements.len() - 1;
    let slot_mask = phf.slots.len() - 1;
    let (buckets, slots) = (phf.displacements.len(), phf.slots.len());
    let displacements = phf
        .displacements
        .iter()
        .map(|&d| Literal::u32_unsuffixed(d));
    let slot_values = phf.slots.iter().map(|&s| Literal::u32_unsuffixed(s));
    let names = catalog.codes.iter().map(|c| c.name.as_str());
    let descriptions = catalog.codes.iter().map(|c| c.description.as_str());
    let solution = optional_table(catalog, |c| c.solution.as_deref());
    let sdk_name = optional_table(catalog, |c| c.sdk_name.as_deref());
    let errata = optional_table(catalog, |c| c.errata.as_deref());
    let zh_description = optional_table(catalog, |c| c.zh_description.as_deref());
    let zh_solution = optional_table(catalog, |c| c.zh_solution.as_deref());
    let category_index = catalog
        .codes
        .iter()
        .map(|c| Literal::u8_unsuffixed(u8::try_from(c.category).unwrap_or(u8::MAX)));
    let action_index = catalog
        .codes
        .iter()
        .map(|c| Literal::u8_unsuffixed(u8::try_from(c.action).unwrap_or(u8::MAX)));
    let action_arms = ACTIONS.iter().enumerate().map(|(i, (_, variant))| {
        let i = Literal::u8_unsuffixed(u8::try_from(i).unwrap_or(u8::MAX));
        let variant = format_ident!("{}", variant);
        quote! { #i => #rt::Action::#variant, }
    });
    let retryable = catalog.codes.iter().map(|c| c.retryable);
    let is_success = catalog.codes.iter().find(|c| c.success).map_or_else(
        || quote! { false },
        |c| {
            let code = Literal::u32_unsuffixed(c.code);
            quote! { self as u32 == #code }
        },
    );
    let mut by_name: Vec<usize> = (0..n).collect();
    by_name.sort_by(|&a, &b| catalog.codes[a].name.cmp(&catalog.codes[b].name));
    let by_name = by_name.iter().map(|&i| Literal::usize_unsuffixed(i));
    let hash = hash_fn();

    quote! {
        #[doc = #enum_doc]
        #[repr(u32)]
        #[non_exhaustive]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::hash::Hash)]
        pub enum #e {
            #(#variants,)*
        }

        impl #e {
            /// Every code of the catalog, in catalog order.
            ///
            /// Using it in a `const` makes rustc check every element at compile time, which
            /// grows with the square of the catalog's size (seconds at 10,000 codes); the
            /// generated code itself uses [`all`](Self::all), which costs nothing to compile.
            #[allow(unsafe_code)]
            pub const ALL: &'static [Self] =
                // SAFETY: as in `all`.
                unsafe { &*(Self::__codes() as *const [u32; #n] as *const [Self; #n]) };

            /// Every code of the catalog, in catalog order: the same slice as
            /// [`ALL`](Self::ALL), without its compile-time check.
            #[allow(unsafe_code)]
            #[inline]
            pub fn all() -> &'static [Self] {
                // SAFETY: `Self` is a fieldless `#[repr(u32)]` enum and every entry of
                // `CODES` is the discriminant of one of its variants, so `[u32; N]` and
                // `[Self; N]` have the same layout and every element is a valid `Self`.
                unsafe { &*(Self::__codes() as *const [u32; #n] as *const [Self; #n]) }
            }

            /// The codes in catalog order: the table behind `ALL`, `all` and `from_code`.
            #[inline]
            const fn __codes() -> &'static [u32; #n] {
                static CODES: [u32; #n] = [#(#code_lits),*];
                &CODES
            }

            /// The names in catalog order.
            #[inline]
            const fn __names() -> &'static [&'static str; #n] {
                static NAMES: [&str; #n] = [#(#names),*];
                &NAMES
            }

            /// The catalog index stored in the perfect-hash slot of `code` (`u32::MAX` or
            /// another code's index when `code` is not in the catalog).
            #[inline]
            const fn __entry(code: u32) -> u32 {
                static DISPLACEMENTS: [u32; #buckets] = [#(#displacements),*];
                static SLOTS: [u32; #slots] = [#(#slot_values),*];
                #hash
                let bucket = ((hash(code, 0) >> 32) as usize) & #bucket_mask;
                SLOTS[(hash(code, DISPLACEMENTS[bucket]) as usize) & #slot_mask]
            }

            #[inline]
            const fn __index(self) -> usize {
                Self::__entry(self as u32) as usize
            }

            /// The numeric code, as the ZIM SDK reports it.
            #[inline]
            pub const fn code(self) -> u32 {
                self as u32
            }

            /// The variant for a numeric code, or `None` when the catalog does not know it.
            #[inline]
            #[allow(unsafe_code)]
            pub const fn from_code(code: u32) -> ::core::option::Option<Self> {
                let index = Self::__entry(code) as usize;
                let codes = Self::__codes();
                if index < codes.len() && codes[index] == code {
                    // SAFETY: `code` is in `CODES`, so it is the discriminant of a variant.
                    ::core::option::Option::Some(unsafe { ::core::mem::transmute::<u32, Self>(code) })
                } else {
                    ::core::option::Option::None
                }
            }

            /// The variant's name, e.g. `"TokenExpired"`.
            #[inline]
            pub const fn name(self) -> &'static str {
                Self::__names()[self.__index()]
            }

            /// What went wrong, as the catalog describes it.
            #[inline]
            pub const fn description(self) -> &'static str {
                static DESCRIPTIONS: [&str; #n] = [#(#descriptions),*];
                DESCRIPTIONS[self.__index()]
            }

            /// What to do about it, when the catalog says.
            #[inline]
            pub const fn solution(self) -> ::core::option::Option<&'static str> {
                #solution
            }

            /// The category (section of the catalog) the code belongs to.
            #[inline]
            pub const fn category(self) -> #cat {
                static CATEGORIES: [u8; #n] = [#(#category_index),*];
                #cat::ALL[CATEGORIES[self.__index()] as usize]
            }

            /// What the application should do about this error.
            #[inline]
            pub const fn action(self) -> #rt::Action {
                static ACTIONS: [u8; #n] = [#(#action_index),*];
                match ACTIONS[self.__index()] {
                    #(#action_arms)*
                    _ => ::core::unreachable!(),
                }
            }

            /// Whether the same request can succeed if repeated later (after the
            /// [`action`](Self::action), if any) without changing its content.
            #[inline]
            pub const fn is_retryable(self) -> bool {
                static RETRYABLE: [bool; #n] = [#(#retryable),*];
                RETRYABLE[self.__index()]
            }

            /// Whether this is the catalog's success code (ZIM: `0`), i.e. not an error.
            #[inline]
            pub const fn is_success(self) -> bool {
                #is_success
            }

            /// The name the official ZIM SDK gives this code, when one is known.
            #[inline]
            pub const fn sdk_name(self) -> ::core::option::Option<&'static str> {
                #sdk_name
            }

            /// A defect of the source table recorded for this entry, if any.
            #[inline]
            pub const fn errata(self) -> ::core::option::Option<&'static str> {
                #errata
            }

            /// The original Chinese description, where the source gives one.
            #[inline]
            pub const fn description_zh(self) -> ::core::option::Option<&'static str> {
                #zh_description
            }

            /// The original Chinese solution, where the source gives one.
            #[inline]
            pub const fn solution_zh(self) -> ::core::option::Option<&'static str> {
                #zh_solution
            }
        }

        impl ::core::fmt::Debug for #e {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.name())
            }
        }

        impl ::core::fmt::Display for #e {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{}: {}", self.code(), self.description())
            }
        }

        impl ::core::error::Error for #e {}

        impl ::core::convert::From<#e> for u32 {
            #[inline]
            fn from(code: #e) -> u32 {
                code as u32
            }
        }

        impl ::core::convert::TryFrom<u32> for #e {
            type Error = #rt::UnknownCode;

            #[inline]
            fn try_from(code: u32) -> ::core::result::Result<Self, #rt::UnknownCode> {
                match Self::from_code(code) {
                    ::core::option::Option::Some(known) => ::core::result::Result::Ok(known),
                    ::core::option::Option::None => ::core::result::Result::Err(#rt::UnknownCode::new(code)),
                }
            }
        }

        impl ::core::str::FromStr for #e {
            type Err = #rt::ParseCodeError;

            /// Accepts a variant name (`"TokenExpired"`) or a number (`"6000106"`).
            fn from_str(s: &str) -> ::core::result::Result<Self, #rt::ParseCodeError> {
                static BY_NAME: [usize; #n] = [#(#by_name),*];
                let names = Self::__names();
                if let ::core::result::Result::Ok(found) = BY_NAME.binary_search_by(|&i| names[i].cmp(s)) {
                    if let ::core::option::Option::Some(known) = Self::from_code(Self::__codes()[BY_NAME[found]]) {
                        return ::core::result::Result::Ok(known);
                    }
                }
                match s.trim().parse::<u32>() {
                    ::core::result::Result::Ok(code) => match Self::from_code(code) {
                        ::core::option::Option::Some(known) => ::core::result::Result::Ok(known),
                        ::core::option::Option::None => ::core::result::Result::Err(#rt::ParseCodeError::unknown_code(code)),
                    },
                    ::core::result::Result::Err(_) => ::core::result::Result::Err(#rt::ParseCodeError::unknown_name()),
                }
            }
        }

        impl #rt::ErrorCode for #e {
            type Category = #cat;
            fn all() -> &'static [Self] { #e::all() }
            fn code(self) -> u32 { #e::code(self) }
            fn from_code(code: u32) -> ::core::option::Option<Self> { #e::from_code(code) }
            fn name(self) -> &'static str { #e::name(self) }
            fn description(self) -> &'static str { #e::description(self) }
            fn solution(self) -> ::core::option::Option<&'static str> { #e::solution(self) }
            fn category(self) -> #cat { #e::category(self) }
            fn action(self) -> #rt::Action { #e::action(self) }
            fn is_retryable(self) -> bool { #e::is_retryable(self) }
            fn is_success(self) -> bool { #e::is_success(self) }
            fn sdk_name(self) -> ::core::option::Option<&'static str> { #e::sdk_name(self) }
            fn errata(self) -> ::core::option::Option<&'static str> { #e::errata(self) }
            fn category_of_code(code: u32) -> ::core::option::Option<#cat> { #cat::of_code(code) }
        }

        #rt::__private::impl_serde_for_code!(#e);
    }
}

/// The hash of `phf::hash`, spelled out for the generated lookup.
fn hash_fn() -> TokenStream {
    quote! {
        const fn hash(code: u32, seed: u32) -> u64 {
            let mut h = (code as u64) | ((seed as u64) << 32);
            h = h.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            h ^= h >> 32;
            h = h.wrapping_mul(0xD6E8_FEB8_6659_FD93);
            h ^ (h >> 32)
        }
    }
}

/// The body of an `Option<&'static str>` accessor: a table with `""` for "none", or a
/// plain `None` when no entry has the field (no table to compile at all).
fn optional_table(catalog: &Catalog, field: impl Fn(&Code) -> Option<&str>) -> TokenStream {
    if catalog.codes.iter().all(|c| field(c).is_none()) {
        return quote! { ::core::option::Option::None };
    }
    let n = catalog.codes.len();
    let values = catalog.codes.iter().map(|c| field(c).unwrap_or(""));
    quote! {
        static VALUES: [&str; #n] = [#(#values),*];
        let value = VALUES[self.__index()];
        if value.is_empty() { ::core::option::Option::None } else { ::core::option::Option::Some(value) }
    }
}

fn aliases(code: &Code) -> TokenStream {
    let number = code.code.to_string();
    let sdk = code
        .sdk_name
        .as_deref()
        .map(|s| quote! { #[doc(alias = #s)] });
    quote! { #[doc(alias = #number)] #sdk }
}

fn variant_docs(catalog: &Catalog, c: &Code) -> Vec<String> {
    let category = &catalog.categories[c.category];
    let mut docs = vec![format!("`{}` {}", c.code, doc_text(&c.description))];
    if let Some(solution) = &c.solution {
        docs.push(String::new());
        docs.push(format!("**Solution:** {}", doc_text(solution)));
    }
    docs.push(String::new());
    let mut facts = format!(
        "**Category:** {} · **Action:** `{}` · **Retryable:** {}",
        doc_text(&category.title),
        ACTIONS[c.action].0,
        if c.retryable { "yes" } else { "no" }
    );
    if c.success {
        facts.push_str(" · the success code (not an error)");
    }
    docs.push(facts);
    if let Some(sdk) = &c.sdk_name {
        docs.push(String::new());
        docs.push(format!("**SDK name:** `{sdk}`"));
    }
    if let Some(zh) = &c.zh_description {
        docs.push(String::new());
        let solution = c
            .zh_solution
            .as_deref()
            .map(|s| format!(" {}", doc_text(s)))
            .unwrap_or_default();
        docs.push(format!("**中文:** {}{solution}", doc_text(zh)));
    }
    if let Some(errata) = &c.errata {
        docs.push(String::new());
        docs.push(format!("**Errata:** {}", doc_text(errata)));
    }
    docs
}

fn enum_docs(args: &Args, catalog: &Catalog, source: &SourceText) -> Vec<String> {
    let e = &args.code_enum;
    // Code, name and category key only: each description is on its variant, right below
    // in the same page, and repeating it here made the expansion's largest string (its
    // escaping is most of the expansion time, docs/PERFORMANCE.md).
    let mut table = String::from("| Code | Name | Category |\n|---:|---|---|");
    for c in &catalog.codes {
        let _ = write!(
            table,
            "\n| `{}` | [`{}`](Self::{}) | `{}` |",
            c.code, c.name, c.name, catalog.categories[c.category].key
        );
    }
    vec![
        format!(
            "Error codes of the catalog `{}`: {} codes in {} categories.",
            doc_text(&source.display_path),
            catalog.codes.len(),
            catalog.categories.len()
        ),
        String::new(),
        format!(
            "Generated by `zim_errors!`. Each variant's discriminant is its numeric code: `{e}::X as u32` and [`{e}::code`] give it, [`{e}::from_code`] maps a number back. Unknown numbers are not representable here; keep them in the runtime crate's error value."
        ),
        String::new(),
        table,
    ]
}

fn category_enum(args: &Args, catalog: &Catalog) -> TokenStream {
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
    let docs = catalog.categories.iter().map(|c| {
        let count = catalog
            .codes
            .iter()
            .filter(|code| catalog.categories[code.category].key == c.key)
            .count();
        let mut lines = vec![format!(
            "{} (`{}`): {count} codes.",
            doc_text(&c.title),
            c.key
        )];
        if !c.ranges.is_empty() {
            let ranges: Vec<String> = c
                .ranges
                .iter()
                .map(|(a, b)| {
                    if a == b {
                        format!("`{a}`")
                    } else {
                        format!("`{a}..={b}`")
                    }
                })
                .collect();
            lines.push(String::new());
            lines.push(format!("**Ranges:** {}", ranges.join(", ")));
        }
        if let Some(note) = &c.note {
            lines.push(String::new());
            lines.push(format!("**Note:** {}", doc_text(note)));
        }
        lines
    });
    let variants = idents
        .iter()
        .zip(docs)
        .map(|(ident, docs)| quote! { #(#[doc = #docs])* #ident });
    let keys = catalog.categories.iter().map(|c| c.key.as_str());
    let names = catalog.categories.iter().map(|c| c.name.as_str());
    let titles = catalog.categories.iter().map(|c| c.title.as_str());
    let notes = catalog.categories.iter().map(|c| {
        c.note.as_ref().map_or_else(
            || quote! { ::core::option::Option::None },
            |note| quote! { ::core::option::Option::Some(#note) },
        )
    });
    let ranges = catalog.categories.iter().map(|c| {
        let (first, last): (Vec<u32>, Vec<u32>) = c.ranges.iter().copied().unzip();
        quote! {{
            const RANGES: &[::core::ops::RangeInclusive<u32>] = &[#(::core::ops::RangeInclusive::new(#first, #last)),*];
            RANGES
        }}
    });
    // Unknown codes go to the narrowest range that holds them; ties go to catalog order.
    let mut placed: Vec<(u32, u32, usize)> = catalog
        .categories
        .iter()
        .enumerate()
        .flat_map(|(i, c)| c.ranges.iter().map(move |&(a, b)| (a, b, i)))
        .collect();
    placed.sort_by_key(|&(a, b, i)| (b - a, i, a));
    let r = placed.len();
    let firsts = placed.iter().map(|p| Literal::u32_unsuffixed(p.0));
    let lasts = placed.iter().map(|p| Literal::u32_unsuffixed(p.1));
    let owners = placed
        .iter()
        .map(|p| Literal::u8_unsuffixed(u8::try_from(p.2).unwrap_or(u8::MAX)));
    let ident_list = &idents;
    let arms = |values: Vec<TokenStream>| {
        let arms = idents
            .iter()
            .zip(values)
            .map(|(ident, value)| quote! { Self::#ident => #value, });
        quote! { match self { #(#arms)* } }
    };
    let key_match = arms(keys.map(|k| quote!(#k)).collect());
    let name_match = arms(names.map(|k| quote!(#k)).collect());
    let title_match = arms(titles.map(|k| quote!(#k)).collect());
    let note_match = arms(notes.collect());
    let ranges_match = arms(ranges.collect());
    let doc = format!("The categories (sections) of the catalog behind [`{e}`].");

    quote! {
        #[doc = #doc]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::hash::Hash, ::core::fmt::Debug)]
        #[non_exhaustive]
        pub enum #cat {
            #(#variants,)*
        }

        impl #cat {
            /// Every category, in catalog order.
            pub const ALL: &'static [Self] = &[#(Self::#ident_list),*];

            /// The key the catalog refers to the category by, e.g. `"login"`.
            pub const fn key(self) -> &'static str { #key_match }

            /// The variant's name, e.g. `"Login"`.
            pub const fn name(self) -> &'static str { #name_match }

            /// The section title, e.g. `"Login errors"`.
            pub const fn title(self) -> &'static str { #title_match }

            /// A remark of the catalog about the category, e.g. where its codes break the pattern.
            pub const fn note(self) -> ::core::option::Option<&'static str> { #note_match }

            /// The numeric ranges the category occupies (inclusive); empty when it has none.
            pub const fn ranges(self) -> &'static [::core::ops::RangeInclusive<u32>] { #ranges_match }

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
            fn key(self) -> &'static str { #cat::key(self) }
            fn name(self) -> &'static str { #cat::name(self) }
            fn title(self) -> &'static str { #cat::title(self) }
            fn ranges(self) -> &'static [::core::ops::RangeInclusive<u32>] { #cat::ranges(self) }
        }
    }
}

fn codes_module(args: &Args, catalog: &Catalog) -> TokenStream {
    let Args {
        code_enum: e,
        codes_module: m,
        ..
    } = args;
    let consts = catalog.codes.iter().map(|c| {
        let ident = format_ident!("{}", c.constant);
        let value = Literal::u32_unsuffixed(c.code);
        let first = format!("`{}` {}", c.code, doc_text(&c.description));
        let link = format!(
            "The raw value of [`{e}::{}`](super::{e}::{}).",
            c.name, c.name
        );
        let aliases = aliases(c);
        quote! {
            #[doc = #first]
            #[doc = ""]
            #[doc = #link]
            #aliases
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

/// Catalog text made safe for a doc comment: whitespace collapsed to single spaces (no
/// headings, lists or indented blocks that rustdoc would treat as code and test), and
/// outside code spans the characters that would start HTML or an intra-doc link escaped.
pub(crate) fn doc_text(text: &str) -> String {
    let collapsed: Vec<&str> = text.split_whitespace().collect();
    let collapsed = collapsed.join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let mut in_code = false;
    for ch in collapsed.chars() {
        match ch {
            '`' => in_code = !in_code,
            '<' | '>' | '[' | ']' | '\\' | '&' | '*' | '_' | '#' if !in_code => out.push('\\'),
            _ => {}
        }
        out.push(ch);
    }
    if in_code {
        // An unclosed code span would swallow the rest of the line: close it.
        out.push('`');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_text_neutralizes_markup_outside_code() {
        assert_eq!(doc_text("a  b\n\n    c"), "a b c");
        assert_eq!(
            doc_text("<script> [x] `Vec<T>`"),
            "\\<script\\> \\[x\\] `Vec<T>`"
        );
        assert_eq!(doc_text("`open"), "`open`");
    }
}
