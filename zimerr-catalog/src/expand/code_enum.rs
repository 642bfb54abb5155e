//! The code enum: one variant per code, `const` accessors over static tables indexed
//! through a perfect hash, and the conversions and trait impls.
//!
//! One function per generated item or group of accessors, each writing its part of the
//! source text (see [`super::out`] for why text and not tokens).

use super::Names;
use super::docs;
use super::out::{ByteStr, Out};
use super::phf::{self, Phf, PhfError};
use crate::args::{Args, Docs};
use crate::markdown::plain_text;
use crate::model::{Action, Catalog, Code};

/// The code enum, its accessors over static tables, and its trait impls.
pub(super) fn expand(
    out: &mut Out,
    args: &Args,
    names: &Names,
    catalog: &Catalog,
    enum_doc: &str,
) -> Result<(), PhfError> {
    let Names { e, rt, .. } = names;
    enum_item(out, args, e, catalog, enum_doc);
    write!(out, "impl {e} {{");
    // In this order so that a failure reports what it did before the split: the perfect
    // hash first, then the text tables in accessor order.
    lookup(out, e, rt, catalog)?;
    accessors(out, names, catalog)?;
    optional_accessors(out, rt, catalog)?;
    language_accessors(out, rt, catalog)?;
    markdown_accessors(out, rt, catalog)?;
    out.push("}");
    std_impls(out, e, rt);
    from_str_impl(out, e, rt, catalog);
    error_code_impl(out, names, catalog);
    write!(out, "{rt}::__private::impl_serde_for_code!({e});");
    Ok(())
}

/// The enum itself: one variant per code, its discriminant the code.
fn enum_item(out: &mut Out, args: &Args, e: &str, catalog: &Catalog, enum_doc: &str) {
    write!(
        out,
        "#[doc = {enum_doc:?}]
        #[repr(u32)]
        #[non_exhaustive]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::hash::Hash)]
        pub enum {e} {{"
    );
    for c in &catalog.codes {
        // One attribute per item: rustc pays per attribute, IDEs show the text the same.
        let docs = match args.docs {
            Docs::Full => docs::variant(catalog, c),
            Docs::Brief => docs::variant_brief(catalog, c),
        };
        write!(out, "#[doc = {docs:?}]");
        if args.doc_aliases {
            aliases(out, c);
        }
        deprecated(out, c);
        write!(out, "{} = {},", c.name, c.code);
    }
    out.push("}");
}

/// `all()` and the private lookup everything else goes through: the index-to-variant
/// `match`, the name table, and the perfect hash from a code to its catalog index.
fn lookup(out: &mut Out, e: &str, rt: &str, catalog: &Catalog) -> Result<(), PhfError> {
    let n = catalog.codes.len();
    let codes: Vec<u32> = catalog.codes.iter().map(|c| c.code).collect();
    let phf = Phf::build(&codes)?;
    let bucket_mask = phf.displacements.len() - 1;
    let slot_mask = phf.slots.len() - 1;
    let seed = phf.seed;
    write!(
        out,
        "/// Every code of the catalog, in catalog order.
        ///
        /// An iterator, not a slice: it is [`ExactSizeIterator`](::core::iter::ExactSizeIterator)
        /// and [`DoubleEndedIterator`](::core::iter::DoubleEndedIterator), and
        /// `.collect::<Vec<_>>()` gives a slice where one is needed. A `&'static [Self]`
        /// would cost a static array of enum values, which rustc checks element by element
        /// in time growing with the square of the catalog's size, or `unsafe` code.
        #[inline]
        pub const fn all() -> {rt}::Codes<Self> {{
            {rt}::__private::codes({n}usize)
        }}

"
    );
    at(out, e, catalog);
    write!(
        out,
        "

        /// The name of the code at `index` in catalog order.
        #[inline]
        const fn __name_at(index: ::core::primitive::usize) -> &'static ::core::primitive::str {{"
    );
    text_table(
        out,
        rt,
        &mut catalog.codes.iter().map(|c| c.name.as_str()),
        "index",
    )?;
    write!(
        out,
        "}}

        /// The catalog index stored in the perfect-hash slot of `code` (`u32::MAX` or
        /// another code's index when `code` is not in the catalog).
        #[inline]
        const fn __entry(code: ::core::primitive::u32) -> ::core::primitive::u32 {{"
    );
    byte_static(out, "DISPLACEMENTS", &le_bytes(&phf.displacements));
    byte_static(out, "SLOTS", &le_bytes(&phf.slots));
    out.push(phf::HASH_SOURCE);
    write!(
        out,
        "let h = hash(code, {seed}u64);
            let displacement = {rt}::__private::u32_at(&DISPLACEMENTS, bucket(h, {bucket_mask}usize));
            {rt}::__private::u32_at(&SLOTS, slot(h, displacement, {slot_mask}usize))
        }}

        #[inline]
        const fn __index(self) -> ::core::primitive::usize {{
            Self::__entry(self as ::core::primitive::u32) as ::core::primitive::usize
        }}"
    );
    Ok(())
}

/// `__at`: the code at a catalog index, the one place the expansion turns a number into a
/// variant (`all`, `from_code` and `FromStr` go through it), without `unsafe`.
///
/// A `match`: an array of the variants (`static ALL: [Self; N]`) costs rustc O(N^2) to
/// check, and one N-arm `match` about N^1.6 (docs/codegen-costs.md). Split into
/// functions of at most [`AT_CHUNK`] arms and a `match` choosing the function, the cost
/// is a constant per arm (bench/results/2026-12-07-safe-lookup). The functions are nested
/// in `__at`, so they add no names to the enum's `impl`, and name the enum, not `Self`,
/// which nested functions cannot use.
fn at(out: &mut Out, e: &str, catalog: &Catalog) {
    let n = catalog.codes.len();
    out.push(
        "/// The code at `index` in catalog order, `None` past the last.
        #[inline]
        #[allow(deprecated)]
        const fn __at(index: ::core::primitive::usize) -> ::core::option::Option<Self> {",
    );
    if n <= AT_CHUNK {
        at_match(out, "Self", &catalog.codes, "index");
        out.push("}");
        return;
    }
    for (k, chunk) in catalog.codes.chunks(AT_CHUNK).enumerate() {
        write!(
            out,
            "const fn __at_{k}(j: ::core::primitive::usize) -> ::core::option::Option<{e}> {{"
        );
        at_match(out, e, chunk, "j");
        out.push("}");
    }
    write!(out, "match index / {AT_CHUNK}usize {{");
    for k in 0..n.div_ceil(AT_CHUNK) {
        write!(out, "{k} => __at_{k}(index % {AT_CHUNK}usize),");
    }
    out.push("_ => ::core::option::Option::None, } }");
}

/// The most arms of one `match` in `__at`: the cost per arm is about the same for 16, 64
/// and 256 (bench/results/2026-12-07-safe-lookup), and fewer functions are fewer items.
const AT_CHUNK: usize = 256;

/// `Some(match index { 0 => E::A, 1 => E::B, … _ => return None })` over `codes`.
fn at_match(out: &mut Out, e: &str, codes: &[Code], index: &str) {
    write!(out, "::core::option::Option::Some(match {index} {{");
    for (i, c) in codes.iter().enumerate() {
        write!(out, "{i} => {e}::{},", c.name);
    }
    out.push("_ => return ::core::option::Option::None, })");
}

/// `PREFIX` and the accessors every code has a value for: code, name, description,
/// category, action and the flags, plus `from_code` and `solution`.
fn accessors(out: &mut Out, names: &Names, catalog: &Catalog) -> Result<(), PhfError> {
    let Names { cat, rt, .. } = names;
    let prefix = catalog.prefix.as_str();
    // The catalog's own first code names the examples in the accessors' docs.
    let first = &catalog.codes[0];
    let name_doc = format!(" The variant's name, e.g. `\"{}\"`.", first.name);
    let prefix_doc = format!(
        " The namespace of the catalog's diagnostic codes: `{prefix}` in `{prefix}::{}`.",
        first.code
    );
    write!(
        out,
        "#[doc = {prefix_doc:?}]
        pub const PREFIX: &'static ::core::primitive::str = {prefix:?};

        /// The numeric code, as the catalog gives it.
        #[inline]
        pub const fn code(self) -> ::core::primitive::u32 {{
            self as ::core::primitive::u32
        }}

        /// The variant for a numeric code, or `None` when the catalog does not know it.
        #[inline]
        pub const fn from_code(code: ::core::primitive::u32) -> ::core::option::Option<Self> {{
            match Self::__at(Self::__entry(code) as ::core::primitive::usize) {{
                ::core::option::Option::Some(known) if known as ::core::primitive::u32 == code => ::core::option::Option::Some(known),
                _ => ::core::option::Option::None,
            }}
        }}

        #[doc = {name_doc:?}]
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {{
            Self::__name_at(self.__index())
        }}

        /// What went wrong, as the catalog describes it.
        #[inline]
        pub const fn description(self) -> &'static ::core::primitive::str {{"
    );
    if catalog.markdown {
        let plain: Vec<String> = catalog
            .codes
            .iter()
            .map(|c| plain_text(&c.description))
            .collect();
        text_table(
            out,
            rt,
            &mut plain.iter().map(String::as_str),
            "self.__index()",
        )?;
    } else {
        text_table(
            out,
            rt,
            &mut catalog.codes.iter().map(|c| c.description.as_str()),
            "self.__index()",
        )?;
    }
    out.push(
        "}

        /// What to do about it, when the catalog says.
        #[inline]
        pub const fn solution(self) -> ::core::option::Option<&'static ::core::primitive::str> {",
    );
    optional_table(
        out,
        rt,
        catalog,
        |c| c.solution.as_deref(),
        catalog.markdown,
    )?;
    write!(
        out,
        "}}

        /// The category (section of the catalog) the code belongs to.
        #[inline]
        pub const fn category(self) -> {cat} {{"
    );
    let categories: Vec<u8> = catalog.codes.iter().map(|c| c.category.as_u8()).collect();
    byte_static(out, "CATEGORIES", &categories);
    write!(
        out,
        "{cat}::all()[CATEGORIES[self.__index()] as ::core::primitive::usize]
        }}

        /// What the application should do about this error.
        #[inline]
        pub const fn action(self) -> {rt}::Action {{"
    );
    let actions: Vec<u8> = catalog.codes.iter().map(|c| c.action as u8).collect();
    byte_static(out, "ACTIONS", &actions);
    out.push("match ACTIONS[self.__index()] {");
    for &action in Action::ALL {
        write!(
            out,
            "{} => {rt}::Action::{},",
            action as u8,
            action.runtime_variant()
        );
    }
    out.push(
        "_ => ::core::unreachable!(),
            }
        }

        /// Whether the same request, unchanged, can succeed later, after the
        /// [`action`](Self::action) if any (which never requires changing the request).
        #[inline]
        pub const fn is_retryable(self) -> ::core::primitive::bool {",
    );
    let retryable: Vec<u8> = catalog
        .codes
        .iter()
        .map(|c| u8::from(c.retryable))
        .collect();
    byte_static(out, "RETRYABLE", &retryable);
    out.push(
        "RETRYABLE[self.__index()] != 0
        }

        /// Whether this is the catalog's success code (ZIM: `0`), i.e. not an error.
        #[inline]
        pub const fn is_success(self) -> ::core::primitive::bool {",
    );
    match catalog.codes.iter().find(|c| c.success) {
        Some(success) => write!(out, "self as ::core::primitive::u32 == {}", success.code),
        None => out.push("false"),
    }
    out.push("}");
    Ok(())
}

/// A field a code may leave out.
type OptionalField = fn(&Code) -> Option<&str>;

/// The `Option<&'static str>` accessors of the fields a code may leave out.
fn optional_accessors(out: &mut Out, rt: &str, catalog: &Catalog) -> Result<(), PhfError> {
    // (doc comment, accessor, field)
    let accessors: [(&str, &str, OptionalField); 7] = [
        (
            "/// The name the official SDK gives this code, when one is known.",
            "sdk_name",
            |c| c.sdk_name.as_deref(),
        ),
        (
            "/// A defect of the source table recorded for this entry, if any.",
            "errata",
            |c| c.errata.as_deref(),
        ),
        (
            "/// The original Chinese description, where the source gives one.",
            "description_zh",
            |c| c.zh_description.as_deref(),
        ),
        (
            "/// The original Chinese solution, where the source gives one.",
            "solution_zh",
            |c| c.zh_solution.as_deref(),
        ),
        (
            "/// Why the error happens, where the source gives causes apart from the description.",
            "cause",
            |c| c.cause.as_deref(),
        ),
        (
            "/// The product version the code appeared in, where a source states it.",
            "since",
            |c| c.since.as_deref(),
        ),
        (
            "/// Why the code is deprecated (what replaced it, what it used to mean), if it is.
            /// The variant and its constant carry `#[deprecated]` with the same note; run
            /// time is not affected.",
            "deprecation",
            |c| c.deprecated.as_deref(),
        ),
    ];
    for (doc, name, field) in accessors {
        write!(
            out,
            "{doc}
            #[inline]
            pub const fn {name}(self) -> ::core::option::Option<&'static ::core::primitive::str> {{"
        );
        // The Chinese texts are Markdown like the others when the catalog says so.
        let plain = catalog.markdown && name.ends_with("_zh");
        optional_table(out, rt, catalog, field, plain)?;
        out.push("}");
    }
    Ok(())
}

/// `Debug`, `Display`, `Error` and the conversions from and to `u32`.
fn std_impls(out: &mut Out, e: &str, rt: &str) {
    write!(
        out,
        "impl ::core::fmt::Debug for {e} {{
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
                f.write_str(self.name())
            }}
        }}

        impl ::core::fmt::Display for {e} {{
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
                ::core::write!(f, \"{{}}: {{}}\", self.code(), self.description())
            }}
        }}

        impl ::core::error::Error for {e} {{}}

        impl ::core::convert::From<{e}> for ::core::primitive::u32 {{
            #[inline]
            fn from(code: {e}) -> ::core::primitive::u32 {{
                code as ::core::primitive::u32
            }}
        }}

        impl ::core::convert::TryFrom<::core::primitive::u32> for {e} {{
            type Error = {rt}::UnknownCodeError;

            #[inline]
            fn try_from(code: ::core::primitive::u32) -> ::core::result::Result<Self, {rt}::UnknownCodeError> {{
                match Self::from_code(code) {{
                    ::core::option::Option::Some(known) => ::core::result::Result::Ok(known),
                    ::core::option::Option::None => ::core::result::Result::Err({rt}::UnknownCodeError::new(code)),
                }}
            }}
        }}"
    );
}

/// `FromStr`: by variant name (a binary search over the names' order), else by number.
fn from_str_impl(out: &mut Out, e: &str, rt: &str, catalog: &Catalog) {
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
    write!(
        out,
        "impl ::core::str::FromStr for {e} {{
            type Err = {rt}::ParseCodeError;

            #[doc = {from_str_doc:?}]
            fn from_str(s: &::core::primitive::str) -> ::core::result::Result<Self, {rt}::ParseCodeError> {{
                // Catalog indices in name order, for a binary search by name.
"
    );
    byte_static(out, "BY_NAME", &le_bytes(&by_name));
    write!(
        out,
        "if let ::core::option::Option::Some(known) = ::core::option::Option::and_then({rt}::__private::find_by_name(&BY_NAME, Self::__name_at, s), Self::__at) {{
                    return ::core::result::Result::Ok(known);
                }}
                match ::core::primitive::str::parse::<::core::primitive::u32>(::core::primitive::str::trim(s)) {{
                    ::core::result::Result::Ok(code) => match Self::from_code(code) {{
                        ::core::option::Option::Some(known) => ::core::result::Result::Ok(known),
                        ::core::option::Option::None => ::core::result::Result::Err({rt}::ParseCodeError::unknown_code(code)),
                    }},
                    ::core::result::Result::Err(_) => ::core::result::Result::Err({rt}::ParseCodeError::unknown_name()),
                }}
            }}
        }}"
    );
}

/// The runtime crate's `ErrorCode` trait, delegating to the inherent items.
fn error_code_impl(out: &mut Out, names: &Names, catalog: &Catalog) {
    let Names { e, cat, rt, .. } = names;
    let prefix = catalog.prefix.as_str();
    write!(
        out,
        "impl {rt}::ErrorCode for {e} {{
            type Category = {cat};
            const PREFIX: &'static ::core::primitive::str = {prefix:?};
            fn __implemented_by_zim_errors(_: {rt}::__private::ImplementedByZimErrors) {{}}
            fn all() -> {rt}::Codes<Self> {{ {e}::all() }}
            fn __at(index: ::core::primitive::usize) -> ::core::option::Option<Self> {{ {e}::__at(index) }}
            fn code(self) -> ::core::primitive::u32 {{ {e}::code(self) }}
            fn from_code(code: ::core::primitive::u32) -> ::core::option::Option<Self> {{ {e}::from_code(code) }}
            fn name(self) -> &'static ::core::primitive::str {{ {e}::name(self) }}
            fn description(self) -> &'static ::core::primitive::str {{ {e}::description(self) }}
            fn solution(self) -> ::core::option::Option<&'static ::core::primitive::str> {{ {e}::solution(self) }}
            fn category(self) -> {cat} {{ {e}::category(self) }}
            fn action(self) -> {rt}::Action {{ {e}::action(self) }}
            fn is_retryable(self) -> ::core::primitive::bool {{ {e}::is_retryable(self) }}
            fn is_success(self) -> ::core::primitive::bool {{ {e}::is_success(self) }}
            fn sdk_name(self) -> ::core::option::Option<&'static ::core::primitive::str> {{ {e}::sdk_name(self) }}
            fn errata(self) -> ::core::option::Option<&'static ::core::primitive::str> {{ {e}::errata(self) }}
            fn cause(self) -> ::core::option::Option<&'static ::core::primitive::str> {{ {e}::cause(self) }}
            fn since(self) -> ::core::option::Option<&'static ::core::primitive::str> {{ {e}::since(self) }}
            fn deprecation(self) -> ::core::option::Option<&'static ::core::primitive::str> {{ {e}::deprecation(self) }}
            fn description_zh(self) -> ::core::option::Option<&'static ::core::primitive::str> {{ {e}::description_zh(self) }}
            fn solution_zh(self) -> ::core::option::Option<&'static ::core::primitive::str> {{ {e}::solution_zh(self) }}
"
    );
    wire_items(out, catalog);
    language_impl_items(out, e, catalog);
    out.push("}");
}

/// The trait's wire constants, only for a catalog that declares them: the trait's
/// defaults (`&[]`, `"message"`) cost a catalog without them nothing.
fn wire_items(out: &mut Out, catalog: &Catalog) {
    if let Some(label) = &catalog.message_label {
        write!(
            out,
            "const MESSAGE_LABEL: &'static ::core::primitive::str = {label:?};"
        );
    }
    for (name, list) in [
        ("WIRE_CODE_NAMES", &catalog.wire_code_names),
        ("WIRE_MESSAGE_NAMES", &catalog.wire_message_names),
    ] {
        if !list.is_empty() {
            write!(
                out,
                "const {name}: &'static [&'static ::core::primitive::str] = &{list:?};"
            );
        }
    }
}

/// The `ErrorCode` items whose defaults (main language `en`, no other language, plain
/// text) do not hold for the catalog: nothing for a catalog that uses neither feature.
fn language_impl_items(out: &mut Out, e: &str, catalog: &Catalog) {
    if catalog.language != crate::validate::DEFAULT_LANGUAGE || !catalog.languages.is_empty() {
        write!(
            out,
            "const LANGUAGE: &'static ::core::primitive::str = {e}::LANGUAGE;
            const LANGUAGES: &'static [&'static ::core::primitive::str] = {e}::LANGUAGES;"
        );
    }
    if !catalog.languages.is_empty() {
        write!(
            out,
            "fn description_in(self, language: &::core::primitive::str) -> &'static ::core::primitive::str {{ {e}::description_in(self, language) }}
            fn solution_in(self, language: &::core::primitive::str) -> ::core::option::Option<&'static ::core::primitive::str> {{ {e}::solution_in(self, language) }}"
        );
    }
    if catalog.markdown {
        write!(
            out,
            "const MARKDOWN: ::core::primitive::bool = true;
            fn description_markdown(self) -> &'static ::core::primitive::str {{ {e}::description_markdown(self) }}
            fn solution_markdown(self) -> ::core::option::Option<&'static ::core::primitive::str> {{ {e}::solution_markdown(self) }}"
        );
    }
}

/// `LANGUAGE`, `LANGUAGES`, `description_in` and `solution_in`, for a catalog that names
/// a main language other than `en` or has text in other languages. One text table per
/// language and field, for the languages the catalog has: a catalog with none pays
/// nothing (the `ErrorCode` defaults answer for it).
fn language_accessors(out: &mut Out, rt: &str, catalog: &Catalog) -> Result<(), PhfError> {
    let main = catalog.language.as_str();
    if main == crate::validate::DEFAULT_LANGUAGE && catalog.languages.is_empty() {
        return Ok(());
    }
    let mut all = format!("{main:?},");
    for tag in &catalog.languages {
        let _ = std::fmt::Write::write_fmt(&mut all, format_args!("{tag:?},"));
    }
    let example = catalog.languages.first().map_or(main, String::as_str);
    write!(
        out,
        "/// The language of [`description`](Self::description) and
        /// [`solution`](Self::solution): the catalog's main `language`.
        pub const LANGUAGE: &'static ::core::primitive::str = {main:?};

        /// Every language the catalog has text in (BCP 47 tags), the main one first.
        pub const LANGUAGES: &'static [&'static ::core::primitive::str] = &[{all}];"
    );
    if catalog.languages.is_empty() {
        return Ok(());
    }
    let others: Vec<String> = catalog.languages.iter().map(|t| format!("{t:?}")).collect();
    let others = others.join(",");
    write!(
        out,
        "/// What went wrong, in `language` (a BCP 47 tag such as `{example}`, matched
        /// case-insensitively, `_` read as `-`). A tag the catalog does not have falls back
        /// to a shorter one (`zh-Hans-CN`, then `zh-Hans`, then `zh`), then to one of the
        /// catalog's that extends it or a shorter one (`zh-TW` finds `zh-Hans`), then to
        /// the main language, as does a language with no text for this code: the answer
        /// is never empty.
        #[inline]
        pub fn description_in(self, language: &::core::primitive::str) -> &'static ::core::primitive::str {{
            if let ::core::option::Option::Some(index) = {rt}::__private::language_index(language, {main:?}, &[{others}]) {{
                let value = match index {{"
    );
    for (i, _) in catalog.languages.iter().enumerate() {
        let texts: Vec<String> = catalog
            .codes
            .iter()
            .map(|c| {
                catalog.translation(c, i).map_or_else(String::new, |t| {
                    if catalog.markdown {
                        plain_text(&t.description)
                    } else {
                        t.description.clone()
                    }
                })
            })
            .collect();
        write!(out, "{i} => ");
        text_table(
            out,
            rt,
            &mut texts.iter().map(String::as_str),
            "self.__index()",
        )?;
        out.push(",");
    }
    write!(
        out,
        "_ => \"\",
                }};
                if !value.is_empty() {{
                    return value;
                }}
            }}
            self.description()
        }}

        /// What to do about it, in `language`, when the catalog says: the language's own
        /// solution, else the main language's ([`solution`](Self::solution)). Tags match
        /// as in [`description_in`](Self::description_in).
        #[inline]
        pub fn solution_in(self, language: &::core::primitive::str) -> ::core::option::Option<&'static ::core::primitive::str> {{
            if let ::core::option::Option::Some(index) = {rt}::__private::language_index(language, {main:?}, &[{others}]) {{
                let value: ::core::option::Option<&'static ::core::primitive::str> = match index {{"
    );
    for (i, _) in catalog.languages.iter().enumerate() {
        let any = catalog.codes.iter().any(|c| {
            catalog
                .translation(c, i)
                .is_some_and(|t| t.solution.is_some())
        });
        if !any {
            continue;
        }
        let texts: Vec<String> = catalog
            .codes
            .iter()
            .map(|c| {
                catalog
                    .translation(c, i)
                    .and_then(|t| t.solution.as_deref())
                    .map_or_else(String::new, |s| {
                        if catalog.markdown {
                            plain_text(s)
                        } else {
                            s.to_owned()
                        }
                    })
            })
            .collect();
        write!(out, "{i} => ::core::option::Option::Some(");
        text_table(
            out,
            rt,
            &mut texts.iter().map(String::as_str),
            "self.__index()",
        )?;
        out.push("),");
    }
    out.push(
        "_ => ::core::option::Option::None,
                };
                if let ::core::option::Option::Some(value) = value.filter(|v| !v.is_empty()) {
                    return ::core::option::Option::Some(value);
                }
            }
            self.solution()
        }",
    );
    Ok(())
}

/// `description_markdown` and `solution_markdown`, the texts as the catalog writes them,
/// for a catalog with `markdown: true` (whose `description` and `solution` are plain
/// text). Without the opt-in the `ErrorCode` defaults answer: the text is the same.
fn markdown_accessors(out: &mut Out, rt: &str, catalog: &Catalog) -> Result<(), PhfError> {
    if !catalog.markdown {
        return Ok(());
    }
    out.push(
        "/// What went wrong, as the catalog writes it: Markdown (links, emphasis, code
        /// spans), where [`description`](Self::description) is plain text.
        #[inline]
        pub const fn description_markdown(self) -> &'static ::core::primitive::str {",
    );
    text_table(
        out,
        rt,
        &mut catalog.codes.iter().map(|c| c.description.as_str()),
        "self.__index()",
    )?;
    out.push(
        "}

        /// What to do about it, as the catalog writes it: Markdown, where
        /// [`solution`](Self::solution) is plain text.
        #[inline]
        pub const fn solution_markdown(self) -> ::core::option::Option<&'static ::core::primitive::str> {",
    );
    optional_table(out, rt, catalog, |c| c.solution.as_deref(), false)?;
    out.push("}");
    Ok(())
}

/// A table of `u32`s as the little-endian bytes of one byte-string literal, read by the
/// runtime crate's `__private::u32_at`: for rustc one allocation instead of N expressions
/// to type-check, lower and evaluate (about 0.14 s and 17 MB per table at 50,000
/// entries, docs/performance-history.md, byte tables).
fn le_bytes(values: &[u32]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// `static NAME: [u8; LEN] = *b"…";`: the length in the type lets the optimizer drop the
/// bounds checks of masked indices (`from_code` stays faster than a `match`).
fn byte_static(out: &mut Out, name: &str, bytes: &[u8]) {
    write!(
        out,
        "static {name}: [::core::primitive::u8; {}] = *{};",
        bytes.len(),
        ByteStr(bytes)
    );
}

/// A block expression reading text `index` of a table of `texts`: the texts end to end
/// in ONE string literal plus a byte table of where each ends, read by the runtime
/// crate's `__private::text`. A `[&str; N]` static costs rustc an allocation per element,
/// seconds and hundreds of megabytes per table at 50,000 codes; two literals cost about
/// nothing (docs/performance-history.md, the ablation and byte tables). `dyn`, not generic: one
/// copy of this function for all ten tables instead of one per iterator type.
fn text_table(
    out: &mut Out,
    rt: &str,
    texts: &mut dyn Iterator<Item = &str>,
    index: &str,
) -> Result<(), PhfError> {
    let mut joined = String::new();
    let mut ends = Vec::new();
    for text in texts {
        joined.push_str(text);
        let end = u32::try_from(joined.len()).map_err(|_| PhfError::TextTooLarge)?;
        ends.push(end);
    }
    write!(out, "{{ static TEXT: &::core::primitive::str = {joined:?};");
    byte_static(out, "ENDS", &le_bytes(&ends));
    write!(out, "{rt}::__private::text(TEXT, &ENDS, {index}) }}");
    Ok(())
}

/// The body of an `Option<&'static str>` accessor: a text table with `""` for "none", or
/// a plain `None` when no entry has the field (no table to compile at all). `field` is a
/// `fn` pointer, not a generic: one copy of this function for all eight fields. `plain`:
/// the field is Markdown, stored as [`plain_text`].
fn optional_table(
    out: &mut Out,
    rt: &str,
    catalog: &Catalog,
    field: OptionalField,
    plain: bool,
) -> Result<(), PhfError> {
    if catalog.codes.iter().all(|c| field(c).is_none()) {
        out.push("::core::option::Option::None");
        return Ok(());
    }
    out.push("let value = ");
    if plain {
        let texts: Vec<String> = catalog
            .codes
            .iter()
            .map(|c| field(c).map(plain_text).unwrap_or_default())
            .collect();
        text_table(
            out,
            rt,
            &mut texts.iter().map(String::as_str),
            "self.__index()",
        )?;
    } else {
        let mut texts = catalog.codes.iter().map(|c| field(c).unwrap_or(""));
        text_table(out, rt, &mut texts, "self.__index()")?;
    }
    out.push(
        "; if value.is_empty() { ::core::option::Option::None } else { ::core::option::Option::Some(value) }",
    );
    Ok(())
}

/// The `#[doc(alias(…))]` of a code's variant: its number, and its SDK name when it has
/// one, so rustdoc's search finds the variant by either. One attribute for both: rustc
/// pays per attribute. The constants do not repeat them: a search already lands on the
/// variant, whose docs show the constant's value.
fn aliases(out: &mut Out, code: &Code) {
    let number = code.code;
    match code.sdk_name.as_deref() {
        Some(sdk) => write!(out, "#[doc(alias(\"{number}\", {sdk:?}))]"),
        None => write!(out, "#[doc(alias = \"{number}\")]"),
    }
}

/// `#[deprecated = "…"]` for a code the catalog deprecates: using the variant or its
/// constant warns at compile time; the run time is not affected.
pub(super) fn deprecated(out: &mut Out, code: &Code) {
    if let Some(note) = code.deprecated.as_deref() {
        let note = note.split_whitespace().collect::<Vec<_>>().join(" ");
        write!(out, "#[deprecated = {note:?}]");
    }
}
