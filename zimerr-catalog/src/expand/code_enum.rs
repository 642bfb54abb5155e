//! The code enum: one variant per code, `const` accessors over static tables indexed
//! through a perfect hash, and the conversions and trait impls.
//!
//! One function per generated item or group of accessors, not one `quote!` for all: a
//! `quote!` turns into one statement per token, and rustc (borrow checking, LLVM) pays more
//! for one function of thousands of statements than for the same statements in pieces.
//! The engine compiles alone at the end of a user's clean build (docs/PERFORMANCE.md).

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

use super::docs;
use super::phf::{self, Phf, PhfError};
use crate::args::Args;
use crate::load::SourceText;
use crate::model::{Action, Catalog, Code};

/// The code enum, its accessors over static tables, and its trait impls.
pub(super) fn expand(
    args: &Args,
    catalog: &Catalog,
    source: &SourceText,
) -> Result<TokenStream, PhfError> {
    let Args {
        code_enum: e,
        runtime: rt,
        ..
    } = args;
    let enum_item = enum_item(args, catalog, source);
    // In this order so that a failure reports what it did before the split: the perfect
    // hash first, then the text tables in accessor order.
    let lookup = lookup(rt, catalog)?;
    let accessors = accessors(args, catalog)?;
    let optional_accessors = optional_accessors(rt, catalog)?;
    let std_impls = std_impls(e, rt);
    let from_str = from_str_impl(e, rt, catalog);
    let error_code = error_code_impl(args, catalog);
    Ok(quote! {
        #enum_item

        // The text tables' accessors read through `__private::text`, an `unsafe fn`.
        #[allow(unsafe_code)]
        impl #e {
            #lookup
            #accessors
            #optional_accessors
        }

        #std_impls
        #from_str
        #error_code

        #rt::__private::impl_serde_for_code!(#e);
    })
}

/// The enum itself: one variant per code, its discriminant the code.
fn enum_item(args: &Args, catalog: &Catalog, source: &SourceText) -> TokenStream {
    let e = &args.code_enum;
    let variants = catalog.codes.iter().map(|c| {
        let ident = Ident::new(&c.name, proc_macro2::Span::call_site());
        // One attribute per item: rustc pays per attribute, IDEs show the text the same.
        let docs = docs::variant(catalog, c).join("\n");
        let value = Literal::u32_unsuffixed(c.code);
        let aliases = aliases(c);
        let deprecated = deprecated(c);
        quote! { #[doc = #docs] #aliases #deprecated #ident = #value }
    });
    let enum_doc = docs::code_enum(args, catalog, source).join("\n");
    quote! {
        #[doc = #enum_doc]
        #[repr(u32)]
        #[non_exhaustive]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::hash::Hash)]
        pub enum #e {
            #(#variants,)*
        }
    }
}

/// `ALL`, `all()` and the private lookup everything else goes through: the code table,
/// the name table, and the perfect hash from a code to its catalog index.
fn lookup(rt: &syn::Path, catalog: &Catalog) -> Result<TokenStream, PhfError> {
    let n = catalog.codes.len();
    let codes: Vec<u32> = catalog.codes.iter().map(|c| c.code).collect();
    let phf = Phf::build(&codes)?;
    let bucket_mask = phf.displacements.len() - 1;
    let slot_mask = phf.slots.len() - 1;
    let code_lits = codes.iter().map(|&code| Literal::u32_unsuffixed(code));
    let displacements = byte_static("DISPLACEMENTS", &le_bytes(&phf.displacements));
    let slots = byte_static("SLOTS", &le_bytes(&phf.slots));
    let seed = Literal::u64_suffixed(phf.seed);
    let name_at = text_table(
        rt,
        &mut catalog.codes.iter().map(|c| c.name.as_str()),
        &quote!(index),
    )?;
    let hash: TokenStream = phf::HASH_SOURCE
        .parse()
        .expect("hash.rs is Rust: a unit test parses it");
    Ok(quote! {
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

        /// The name of the code at `index` in catalog order.
        #[inline]
        const fn __name_at(index: usize) -> &'static str {
            #name_at
        }

        /// The catalog index stored in the perfect-hash slot of `code` (`u32::MAX` or
        /// another code's index when `code` is not in the catalog).
        #[inline]
        const fn __entry(code: u32) -> u32 {
            #displacements
            #slots
            #hash
            let h = hash(code, #seed);
            let displacement = #rt::__private::u32_at(&DISPLACEMENTS, bucket(h, #bucket_mask));
            #rt::__private::u32_at(&SLOTS, slot(h, displacement, #slot_mask))
        }

        #[inline]
        const fn __index(self) -> usize {
            Self::__entry(self as u32) as usize
        }
    })
}

/// `PREFIX` and the accessors every code has a value for: code, name, description,
/// category, action and the flags, plus `from_code` and `solution`.
fn accessors(args: &Args, catalog: &Catalog) -> Result<TokenStream, PhfError> {
    let Args {
        category_enum: cat,
        runtime: rt,
        ..
    } = args;
    let description = text_table(
        rt,
        &mut catalog.codes.iter().map(|c| c.description.as_str()),
        &quote!(self.__index()),
    )?;
    let solution = optional_table(rt, catalog, |c| c.solution.as_deref())?;
    let prefix = catalog.prefix.as_str();
    // The catalog's own first code names the examples in the accessors' docs.
    let first = &catalog.codes[0];
    let name_doc = format!(" The variant's name, e.g. `\"{}\"`.", first.name);
    let prefix_doc = format!(
        " The namespace of the catalog's diagnostic codes: `{prefix}` in `{prefix}::{}`.",
        first.code
    );
    let category_index: Vec<u8> = catalog.codes.iter().map(|c| c.category.as_u8()).collect();
    let category_index = byte_static("CATEGORIES", &category_index);
    let action_index: Vec<u8> = catalog.codes.iter().map(|c| c.action as u8).collect();
    let action_index = byte_static("ACTIONS", &action_index);
    let action_arms = Action::ALL.iter().map(|&action| {
        let i = Literal::u8_unsuffixed(action as u8);
        let variant = format_ident!("{}", action.runtime_variant());
        quote! { #i => #rt::Action::#variant, }
    });
    let retryable: Vec<u8> = catalog
        .codes
        .iter()
        .map(|c| u8::from(c.retryable))
        .collect();
    let retryable = byte_static("RETRYABLE", &retryable);
    let is_success = catalog.codes.iter().find(|c| c.success).map_or_else(
        || quote! { false },
        |c| {
            let code = Literal::u32_unsuffixed(c.code);
            quote! { self as u32 == #code }
        },
    );
    Ok(quote! {
        #[doc = #prefix_doc]
        pub const PREFIX: &'static str = #prefix;

        /// The numeric code, as the catalog gives it.
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

        #[doc = #name_doc]
        #[inline]
        pub const fn name(self) -> &'static str {
            Self::__name_at(self.__index())
        }

        /// What went wrong, as the catalog describes it.
        #[inline]
        pub const fn description(self) -> &'static str {
            #description
        }

        /// What to do about it, when the catalog says.
        #[inline]
        pub const fn solution(self) -> ::core::option::Option<&'static str> {
            #solution
        }

        /// The category (section of the catalog) the code belongs to.
        #[inline]
        pub const fn category(self) -> #cat {
            #category_index
            #cat::ALL[CATEGORIES[self.__index()] as usize]
        }

        /// What the application should do about this error.
        #[inline]
        pub const fn action(self) -> #rt::Action {
            #action_index
            match ACTIONS[self.__index()] {
                #(#action_arms)*
                _ => ::core::unreachable!(),
            }
        }

        /// Whether the same request can succeed if repeated later (after the
        /// [`action`](Self::action), if any) without changing its content.
        #[inline]
        pub const fn is_retryable(self) -> bool {
            #retryable
            RETRYABLE[self.__index()] != 0
        }

        /// Whether this is the catalog's success code (ZIM: `0`), i.e. not an error.
        #[inline]
        pub const fn is_success(self) -> bool {
            #is_success
        }
    })
}

/// The `Option<&'static str>` accessors of the fields a code may leave out.
fn optional_accessors(rt: &syn::Path, catalog: &Catalog) -> Result<TokenStream, PhfError> {
    let sdk_name = optional_table(rt, catalog, |c| c.sdk_name.as_deref())?;
    let errata = optional_table(rt, catalog, |c| c.errata.as_deref())?;
    let zh_description = optional_table(rt, catalog, |c| c.zh_description.as_deref())?;
    let zh_solution = optional_table(rt, catalog, |c| c.zh_solution.as_deref())?;
    let cause = optional_table(rt, catalog, |c| c.cause.as_deref())?;
    let since = optional_table(rt, catalog, |c| c.since.as_deref())?;
    let deprecation = optional_table(rt, catalog, |c| c.deprecated.as_deref())?;
    Ok(quote! {
        /// The name the official SDK gives this code, when one is known.
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

        /// Why the error happens, where the source gives causes apart from the description.
        #[inline]
        pub const fn cause(self) -> ::core::option::Option<&'static str> {
            #cause
        }

        /// The product version the code appeared in, where a source states it.
        #[inline]
        pub const fn since(self) -> ::core::option::Option<&'static str> {
            #since
        }

        /// Why the code is deprecated (what replaced it, what it used to mean), if it is.
        /// The variant and its constant carry `#[deprecated]` with the same note; run
        /// time is not affected.
        #[inline]
        pub const fn deprecation(self) -> ::core::option::Option<&'static str> {
            #deprecation
        }
    })
}

/// `Debug`, `Display`, `Error` and the conversions from and to `u32`.
fn std_impls(e: &Ident, rt: &syn::Path) -> TokenStream {
    quote! {
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
    }
}

/// `FromStr`: by variant name (a binary search over the names' order), else by number.
fn from_str_impl(e: &Ident, rt: &syn::Path, catalog: &Catalog) -> TokenStream {
    let n = catalog.codes.len();
    // The catalog's own first code names the examples in the accessors' docs.
    let first = &catalog.codes[0];
    let from_str_doc = format!(
        " Accepts a variant name (`\"{}\"`) or a number (`\"{}\"`).",
        first.name, first.code
    );
    // Catalog indices as the table stores them; the codes are distinct `u32`s, so they fit.
    let mut by_name: Vec<u32> = (0..=u32::MAX).take(n).collect();
    by_name.sort_by(|&a, &b| {
        catalog.codes[a as usize]
            .name
            .cmp(&catalog.codes[b as usize].name)
    });
    let by_name = byte_static("BY_NAME", &le_bytes(&by_name));
    quote! {
        impl ::core::str::FromStr for #e {
            type Err = #rt::ParseCodeError;

            #[doc = #from_str_doc]
            fn from_str(s: &str) -> ::core::result::Result<Self, #rt::ParseCodeError> {
                // Catalog indices in name order, for a binary search by name.
                #by_name
                if let ::core::option::Option::Some(index) = #rt::__private::find_by_name(&BY_NAME, Self::__name_at, s) {
                    if let ::core::option::Option::Some(known) = Self::from_code(Self::__codes()[index]) {
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
    }
}

/// The runtime crate's `ErrorCode` trait, delegating to the inherent items.
fn error_code_impl(args: &Args, catalog: &Catalog) -> TokenStream {
    let Args {
        code_enum: e,
        category_enum: cat,
        runtime: rt,
        ..
    } = args;
    let prefix = catalog.prefix.as_str();
    quote! {
        impl #rt::ErrorCode for #e {
            type Category = #cat;
            const PREFIX: &'static str = #prefix;
            fn __implemented_by_zim_errors(_: #rt::__private::Sealed) {}
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
            fn cause(self) -> ::core::option::Option<&'static str> { #e::cause(self) }
            fn since(self) -> ::core::option::Option<&'static str> { #e::since(self) }
            fn deprecation(self) -> ::core::option::Option<&'static str> { #e::deprecation(self) }
            fn category_of_code(code: u32) -> ::core::option::Option<#cat> { #cat::of_code(code) }
        }
    }
}

/// A table of `u32`s as the little-endian bytes of one byte-string literal, read by the
/// runtime crate's `__private::u32_at`: one token instead of two per entry, and for rustc
/// one allocation instead of N expressions to type-check, lower and evaluate (about
/// 0.14 s and 17 MB per table at 50,000 entries, docs/PERFORMANCE.md, section 7).
fn le_bytes(values: &[u32]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// `static NAME: [u8; LEN] = *b"…";`: the length in the type lets the optimizer drop the
/// bounds checks of masked indices (`from_code` stays faster than a `match`).
fn byte_static(name: &str, bytes: &[u8]) -> TokenStream {
    let name = format_ident!("{name}");
    let len = Literal::usize_unsuffixed(bytes.len());
    let bytes = Literal::byte_string(bytes);
    quote! { static #name: [u8; #len] = *#bytes; }
}

/// An expression reading text `index` of a table of `texts`: the texts end to end in ONE
/// string literal plus a byte table of where each ends, read by the runtime crate's
/// `__private::text`. A `[&str; N]` static costs rustc an allocation per element, seconds
/// and hundreds of megabytes per table at 50,000 codes; two literals cost about nothing
/// (docs/PERFORMANCE.md, the ablation and section 7). `dyn`, not generic: one copy of
/// this function for all ten tables instead of one per iterator type.
fn text_table(
    rt: &syn::Path,
    texts: &mut dyn Iterator<Item = &str>,
    index: &TokenStream,
) -> Result<TokenStream, PhfError> {
    let mut joined = String::new();
    let mut ends = Vec::new();
    for text in texts {
        joined.push_str(text);
        let end = u32::try_from(joined.len()).map_err(|_| PhfError::TextTooLarge)?;
        ends.push(end);
    }
    let ends = byte_static("ENDS", &le_bytes(&ends));
    Ok(quote! {{
        static TEXT: &str = #joined;
        #ends
        // SAFETY: every entry of `ENDS` is where one whole text of `TEXT` ends, so a char
        // boundary.
        unsafe { #rt::__private::text(TEXT, &ENDS, #index) }
    }})
}

/// The body of an `Option<&'static str>` accessor: a text table with `""` for "none", or
/// a plain `None` when no entry has the field (no table to compile at all). `field` is a
/// `fn` pointer, not a generic: one copy of this function for all eight fields.
fn optional_table(
    rt: &syn::Path,
    catalog: &Catalog,
    field: fn(&Code) -> Option<&str>,
) -> Result<TokenStream, PhfError> {
    if catalog.codes.iter().all(|c| field(c).is_none()) {
        return Ok(quote! { ::core::option::Option::None });
    }
    let mut texts = catalog.codes.iter().map(|c| field(c).unwrap_or(""));
    let value = text_table(rt, &mut texts, &quote!(self.__index()))?;
    Ok(quote! {
        let value = #value;
        if value.is_empty() { ::core::option::Option::None } else { ::core::option::Option::Some(value) }
    })
}

/// The `#[doc(alias(…))]` of a code's variant: its number, and its SDK name when it has
/// one, so rustdoc's search finds the variant by either. One attribute for both: rustc
/// pays per attribute. The constants do not repeat them: a search already lands on the
/// variant, whose docs show the constant's value.
pub(super) fn aliases(code: &Code) -> TokenStream {
    let number = code.code.to_string();
    if let Some(sdk) = code.sdk_name.as_deref() {
        quote! { #[doc(alias(#number, #sdk))] }
    } else {
        quote! { #[doc(alias = #number)] }
    }
}

/// `#[deprecated = "…"]` for a code the catalog deprecates: using the variant or its
/// constant warns at compile time; the run time is not affected.
pub(super) fn deprecated(code: &Code) -> Option<TokenStream> {
    let note = code.deprecated.as_deref()?;
    let note = note.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(quote! { #[deprecated = #note] })
}
