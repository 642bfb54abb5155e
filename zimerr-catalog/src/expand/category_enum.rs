//! The category enum: one variant per section, its texts and ranges in static tables
//! indexed by the discriminant (like the code enum's, no per-variant `match`), and the
//! placement of unknown codes by range.

use super::Names;
use super::docs;
use super::out::Out;
use crate::markdown::doc_text;
use crate::model::{Catalog, Category};

/// The category enum and its accessors.
pub(super) fn expand(out: &mut Out, names: &Names, catalog: &Catalog) {
    let Names { e, cat, rt, .. } = names;
    enum_item(out, e, cat, catalog);
    write!(
        out,
        "impl {cat} {{
            /// Every category, in catalog order.
            #[inline]
            pub const fn all() -> &'static [Self] {{
                &["
    );
    for c in &catalog.categories {
        write!(out, "Self::{},", c.name);
    }
    out.push(
        "]
            }",
    );
    text_accessors(out, catalog);
    range_accessors(out, e, catalog);
    write!(
        out,
        "/// The catalog's codes in this category, in catalog order.
            pub fn codes(self) -> impl ::core::iter::Iterator<Item = {e}> {{
                // Trait methods by path: the prelude may be off (`#![no_implicit_prelude]`).
                ::core::iter::Iterator::filter({e}::all(), move |code| code.category() == self)
            }}
        }}

        impl ::core::fmt::Display for {cat} {{
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
                f.write_str(self.title())
            }}
        }}

        impl {rt}::ErrorCategory for {cat} {{
            fn all() -> &'static [Self] {{ {cat}::all() }}
            fn of_code(code: ::core::primitive::u32) -> ::core::option::Option<Self> {{ {cat}::of_code(code) }}
            fn __implemented_by_zim_errors(_: {rt}::__private::ImplementedByZimErrors) {{}}
            fn key(self) -> &'static ::core::primitive::str {{ {cat}::key(self) }}
            fn name(self) -> &'static ::core::primitive::str {{ {cat}::name(self) }}
            fn title(self) -> &'static ::core::primitive::str {{ {cat}::title(self) }}
            fn ranges(self) -> &'static [::core::ops::RangeInclusive<::core::primitive::u32>] {{ {cat}::ranges(self) }}
        }}

        {rt}::__private::impl_serde_for_category!({cat});"
    );
}

/// The enum itself: one variant per category, with its docs.
fn enum_item(out: &mut Out, e: &str, cat: &str, catalog: &Catalog) {
    let doc = format!("The categories (sections) of the catalog behind [`{e}`].");
    write!(
        out,
        "#[doc = {doc:?}]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::hash::Hash, ::core::fmt::Debug)]
        #[repr(u8)]
        #[non_exhaustive]
        pub enum {cat} {{"
    );
    for c in &catalog.categories {
        for doc in docs::category(catalog, c) {
            write!(out, "#[doc = {doc:?}]");
        }
        write!(out, "{},", c.name);
    }
    out.push("}");
}

/// A text every category has.
type TextField = fn(&Category) -> &str;

/// `key()`, `name()`, `title()` and `note()`, each over a static table indexed by the
/// discriminant.
fn text_accessors(out: &mut Out, catalog: &Catalog) {
    // The catalog's own first category names the examples in the accessors' docs.
    let first = &catalog.categories[0];
    let key_doc = format!(
        " The key the catalog refers to the category by, e.g. `\"{}\"`.",
        first.key
    );
    let name_doc = format!(" The variant's name, e.g. `\"{}\"`.", first.name);
    let title_doc = format!(" The section title, e.g. \"{}\".", doc_text(&first.title));
    // (doc, accessor, table, field)
    let accessors: [(String, &str, &str, TextField); 3] = [
        (key_doc, "key", "KEYS", |c| c.key.as_str()),
        (name_doc, "name", "NAMES", |c| c.name.as_str()),
        (title_doc, "title", "TITLES", |c| c.title.as_str()),
    ];
    for (doc, name, table, field) in accessors {
        write!(
            out,
            "#[doc = {doc:?}]
            #[inline]
            pub const fn {name}(self) -> &'static ::core::primitive::str {{"
        );
        texts(out, table, catalog, field);
        write!(out, "{table}[self as ::core::primitive::usize] }}");
    }
    out.push(
        "/// A remark of the catalog about the category, e.g. where its codes break the pattern.
        #[inline]
        pub const fn note(self) -> ::core::option::Option<&'static ::core::primitive::str> {",
    );
    texts(out, "NOTES", catalog, |c| c.note.as_deref().unwrap_or(""));
    out.push(
        "let note = NOTES[self as ::core::primitive::usize];
            if note.is_empty() { ::core::option::Option::None } else { ::core::option::Option::Some(note) }
        }",
    );
}

/// `ranges()` and `of_code()`: the numeric ranges per category, and the placement of any
/// code, unknown ones by range.
fn range_accessors(out: &mut Out, e: &str, catalog: &Catalog) {
    let n = catalog.categories.len();
    write!(
        out,
        "/// The numeric ranges the category occupies (inclusive); empty when it has none.
        #[inline]
        pub const fn ranges(self) -> &'static [::core::ops::RangeInclusive<::core::primitive::u32>] {{
            static RANGES: [&[::core::ops::RangeInclusive<::core::primitive::u32>]; {n}usize] = ["
    );
    for c in &catalog.categories {
        out.push("&[");
        for (first, last) in &c.ranges {
            write!(
                out,
                "::core::ops::RangeInclusive::new({first}u32, {last}u32),"
            );
        }
        out.push("],");
    }
    // Unknown codes go to the narrowest range that holds them; ties go to catalog order.
    let placed = catalog.ranges_narrowest_first();
    let r = placed.len();
    write!(
        out,
        "];
            RANGES[self as ::core::primitive::usize]
        }}

        /// The category of any code: a known code's own category, otherwise the
        /// narrowest range holding it, or `None` when no range does.
        pub const fn of_code(code: ::core::primitive::u32) -> ::core::option::Option<Self> {{
            if let ::core::option::Option::Some(known) = {e}::from_code(code) {{
                return ::core::option::Option::Some(known.category());
            }}
            static FIRST: [::core::primitive::u32; {r}usize] = ["
    );
    for (first, _, _) in &placed {
        write!(out, "{first},");
    }
    write!(
        out,
        "]; static LAST: [::core::primitive::u32; {r}usize] = ["
    );
    for (_, last, _) in &placed {
        write!(out, "{last},");
    }
    write!(
        out,
        "]; static OWNER: [::core::primitive::u8; {r}usize] = ["
    );
    for (_, _, owner) in &placed {
        write!(out, "{},", owner.as_u8());
    }
    write!(
        out,
        "];
            let mut i = 0;
            while i < {r}usize {{
                if FIRST[i] <= code && code <= LAST[i] {{
                    return ::core::option::Option::Some(Self::all()[OWNER[i] as ::core::primitive::usize]);
                }}
                i += 1;
            }}
            ::core::option::Option::None
        }}"
    );
}

/// `static NAME: [&str; N] = [...];` with one text per category. `field` is a `fn`
/// pointer: one copy of this code for all four tables, not one per closure.
fn texts(out: &mut Out, name: &str, catalog: &Catalog, field: TextField) {
    write!(
        out,
        "static {name}: [&::core::primitive::str; {}usize] = [",
        catalog.categories.len()
    );
    for c in &catalog.categories {
        write!(out, "{:?},", field(c));
    }
    out.push("];");
}
