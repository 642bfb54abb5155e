//! Rust sources: the hand-written equivalents of what `zim_errors!` generates, and the
//! `match` baseline of the runtime bench.

use std::fmt::Write as _;

use zimerr_catalog::Action;
use zimerr_catalog::markdown::doc_text;
use zimerr_catalog::validate::screaming_snake;

use gen_catalog::model::{Catalog, Code};

/// The `Action` variants, in the order of the catalog schema (as zimerr's runtime names them).
fn action_variants() -> impl Iterator<Item = &'static str> {
    Action::ALL.iter().map(|a| a.runtime_variant())
}

/// A Rust string literal.
fn lit(text: &str) -> String {
    format!("{text:?}")
}

/// The doc lines the macro writes on a variant.
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
        Action::KEYS[c.action],
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
    if let Some((zh, solution)) = &c.zh {
        docs.push(String::new());
        let solution = solution
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

/// The enum-level docs the macro writes: a summary and a table of every code, as one
/// attribute.
fn enum_docs(catalog: &Catalog, out: &mut String) {
    let mut doc = format!(
        "Error codes of the catalog `catalog.yaml`: {} codes in {} categories.\n\n| Code | Name | Category | Description |\n|---:|---|---|---|",
        catalog.codes.len(),
        catalog.categories.len()
    );
    for c in &catalog.codes {
        let _ = write!(
            doc,
            "\n| `{}` | [`{}`](Self::{}) | {} | {} |",
            c.code,
            c.name,
            c.name,
            doc_text(&catalog.categories[c.category].title).replace('|', "\\|"),
            doc_text(&c.description).replace('|', "\\|")
        );
    }
    let _ = writeln!(out, "#[doc = {}]", lit(&doc));
}

/// One `#[doc]` attribute per item, as the macro writes it.
fn docs(lines: &[String], indent: &str, out: &mut String) {
    let _ = writeln!(out, "{indent}#[doc = {}]", lit(&lines.join("\n")));
}

fn aliases(c: &Code, out: &mut String) {
    let _ = writeln!(out, "    #[doc(alias = \"{}\")]", c.code);
    if let Some(sdk) = &c.sdk_name {
        let _ = writeln!(out, "    #[doc(alias = \"{sdk}\")]");
    }
}

fn str_table(
    out: &mut String,
    name: &str,
    catalog: &Catalog,
    field: impl Fn(&Code) -> Option<&str>,
) -> bool {
    if catalog.codes.iter().all(|c| field(c).is_none()) {
        return false;
    }
    let _ = writeln!(out, "static {name}: [&str; {}] = [", catalog.codes.len());
    for c in &catalog.codes {
        let _ = writeln!(out, "    {},", lit(field(c).unwrap_or("")));
    }
    out.push_str("];\n");
    true
}

fn optional_accessor(out: &mut String, fn_name: &str, doc: &str, table: Option<&str>) {
    let _ = writeln!(
        out,
        "    /// {doc}\n    pub const fn {fn_name}(self) -> Option<&'static str> {{"
    );
    match table {
        Some(t) => {
            let _ = writeln!(
                out,
                "        let value = {t}[self.index()];\n        if value.is_empty() {{ None }} else {{ Some(value) }}"
            );
        }
        None => out.push_str("        None\n"),
    }
    out.push_str("    }\n");
}

/// The items every leaf crate shares: the `Action` enum and the category enum.
fn category_enum(catalog: &Catalog, out: &mut String, with_action: bool) {
    if with_action {
        out.push_str("/// What the application should do about an error.\n#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]\npub enum Action {\n");
        for v in action_variants() {
            let _ = writeln!(out, "    /// `{v}`.\n    {v},");
        }
        out.push_str("}\n\n");
    }
    out.push_str("/// The categories (sections) of the catalog behind [`ZimCode`].\n#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]\n#[non_exhaustive]\npub enum Category {\n");
    for cat in &catalog.categories {
        let count = catalog
            .codes
            .iter()
            .filter(|c| catalog.categories[c.category].key == cat.key)
            .count();
        let _ = writeln!(
            out,
            "    /// {} (`{}`): {count} codes.\n    {},",
            doc_text(&cat.title),
            cat.key,
            cat.name
        );
    }
    out.push_str(
        "}\n\nimpl Category {\n    /// Every category.\n    pub const ALL: &'static [Self] = &[",
    );
    for cat in &catalog.categories {
        let _ = write!(out, "Self::{}, ", cat.name);
    }
    out.push_str("];\n");
    for (f, doc) in [
        ("key", "The key."),
        ("name", "The name."),
        ("title", "The title."),
    ] {
        let _ = writeln!(
            out,
            "    /// {doc}\n    pub const fn {f}(self) -> &'static str {{\n        match self {{"
        );
        for cat in &catalog.categories {
            let value = match f {
                "key" => &cat.key,
                "name" => &cat.name,
                _ => &cat.title,
            };
            let _ = writeln!(out, "            Self::{} => {},", cat.name, lit(value));
        }
        out.push_str("        }\n    }\n");
    }
    out.push_str("    /// A remark.\n    pub const fn note(self) -> Option<&'static str> {\n        match self {\n");
    for cat in &catalog.categories {
        let value = cat
            .note
            .as_deref()
            .map_or_else(|| "None".to_owned(), |n| format!("Some({})", lit(n)));
        let _ = writeln!(out, "            Self::{} => {value},", cat.name);
    }
    out.push_str("        }\n    }\n");
    out.push_str("    /// The ranges.\n    pub const fn ranges(self) -> &'static [core::ops::RangeInclusive<u32>] {\n        match self {\n");
    for cat in &catalog.categories {
        let ranges: Vec<String> = cat
            .ranges
            .iter()
            .map(|(a, b)| format!("core::ops::RangeInclusive::new({a}, {b})"))
            .collect();
        let _ = writeln!(
            out,
            "            Self::{} => {{ const R: &[core::ops::RangeInclusive<u32>] = &[{}]; R }}",
            cat.name,
            ranges.join(", ")
        );
    }
    out.push_str("        }\n    }\n}\n\nimpl core::fmt::Display for Category {\n    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {\n        f.write_str(self.title())\n    }\n}\n\n");
}

/// The `codes` module of `u32` constants, with the macro's docs.
fn codes_module(catalog: &Catalog, out: &mut String) {
    out.push_str("/// Every code as a plain `u32` constant.\npub mod codes {\n");
    for c in &catalog.codes {
        let _ = writeln!(
            out,
            "    #[doc = {}]\n    ///\n    /// The raw value of [`ZimCode::{}`](super::ZimCode::{}).",
            lit(&format!(" `{}` {}", c.code, doc_text(&c.description))),
            c.name,
            c.name
        );
        aliases(c, out);
        let _ = writeln!(
            out,
            "    pub const {}: u32 = {};",
            screaming_snake(&c.name),
            c.code
        );
    }
    out.push_str("}\n");
}

/// (b) The hand-written equivalent of the expansion, written the cheapest known way
/// without a perfect hash: the enum with its docs, static `[&str; N]` / `[u8; N]` tables,
/// ONE `match self` to the dense index, and `from_code` as one `match code`.
pub fn tables_crate(catalog: &Catalog) -> String {
    let n = catalog.codes.len();
    let mut out = String::with_capacity(n * 900 + 8192);
    out.push_str("//! (b) hand-written tables: generated by bench/gen-catalog.\n#![allow(unsafe_code, missing_docs, clippy::all)]\n\n");
    category_enum(catalog, &mut out, true);
    enum_docs(catalog, &mut out);
    out.push_str("#[repr(u32)]\n#[non_exhaustive]\n#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]\npub enum ZimCode {\n");
    for c in &catalog.codes {
        docs(&variant_docs(catalog, c), "    ", &mut out);
        aliases(c, &mut out);
        let _ = writeln!(out, "    {} = {},", c.name, c.code);
    }
    out.push_str("}\n\n");
    let _ = writeln!(out, "static CODES: [u32; {n}] = [");
    for c in &catalog.codes {
        let _ = writeln!(out, "    {},", c.code);
    }
    out.push_str("];\n");
    str_table(&mut out, "NAMES", catalog, |c| Some(c.name.as_str()));
    str_table(&mut out, "DESCRIPTIONS", catalog, |c| {
        Some(c.description.as_str())
    });
    let solution = str_table(&mut out, "SOLUTIONS", catalog, |c| c.solution.as_deref());
    let sdk = str_table(&mut out, "SDK_NAMES", catalog, |c| c.sdk_name.as_deref());
    let errata = str_table(&mut out, "ERRATA", catalog, |c| c.errata.as_deref());
    let zh_d = str_table(&mut out, "ZH_DESCRIPTIONS", catalog, |c| {
        c.zh.as_ref().map(|z| z.0.as_str())
    });
    let zh_s = str_table(&mut out, "ZH_SOLUTIONS", catalog, |c| {
        c.zh.as_ref().and_then(|z| z.1.as_deref())
    });
    for (name, ty, value) in [
        (
            "CATEGORY_OF",
            "u8",
            &(|c: &Code| c.category.to_string()) as &dyn Fn(&Code) -> String,
        ),
        ("ACTION_OF", "u8", &|c: &Code| c.action.to_string()),
        ("RETRYABLE", "bool", &|c: &Code| c.retryable.to_string()),
    ] {
        let _ = writeln!(out, "static {name}: [{ty}; {n}] = [");
        for c in &catalog.codes {
            let _ = writeln!(out, "    {},", value(c));
        }
        out.push_str("];\n");
    }
    let mut by_name: Vec<usize> = (0..n).collect();
    by_name.sort_by(|&a, &b| catalog.codes[a].name.cmp(&catalog.codes[b].name));
    let _ = writeln!(out, "static BY_NAME: [usize; {n}] = [");
    for i in by_name {
        let _ = writeln!(out, "    {i},");
    }
    out.push_str("];\n\n");

    let _ = writeln!(
        out,
        "impl ZimCode {{
    /// Every code, in catalog order. Not used below: a const of `Self` values is checked
    /// element by element by rustc, in time quadratic in N (docs/PERFORMANCE.md).
    pub const ALL: &'static [Self] = {{
        // SAFETY: fieldless `#[repr(u32)]` enum; every entry of `CODES` is a discriminant.
        unsafe {{ &*(&CODES as *const [u32; {n}] as *const [Self; {n}]) }}
    }};

    /// Every code, in catalog order, without the compile-time check of `ALL`.
    pub fn all() -> &'static [Self] {{
        // SAFETY: as for `ALL`.
        unsafe {{ &*(&CODES as *const [u32; {n}] as *const [Self; {n}]) }}
    }}

    /// The variant of catalog entry `i`.
    const fn from_index(i: usize) -> Self {{
        // SAFETY: every entry of `CODES` is a discriminant of `Self`.
        unsafe {{ core::mem::transmute::<u32, Self>(CODES[i]) }}
    }}

    const fn index(self) -> usize {{
        match self {{"
    );
    for (i, c) in catalog.codes.iter().enumerate() {
        let _ = writeln!(out, "            Self::{} => {i},", c.name);
    }
    out.push_str(
        "        }
    }

    /// The numeric code.
    pub const fn code(self) -> u32 {
        self as u32
    }

    /// The variant for a numeric code.
    pub const fn from_code(code: u32) -> Option<Self> {
        match code {
",
    );
    for c in &catalog.codes {
        let _ = writeln!(out, "            {} => Some(Self::{}),", c.code, c.name);
    }
    let success = catalog.codes.iter().find(|c| c.success).map_or_else(
        || "false".to_owned(),
        |c| format!("self as u32 == {}", c.code),
    );
    let _ = writeln!(
        out,
        "            _ => None,
        }}
    }}

    /// The variant's name.
    pub const fn name(self) -> &'static str {{
        NAMES[self.index()]
    }}

    /// What went wrong.
    pub const fn description(self) -> &'static str {{
        DESCRIPTIONS[self.index()]
    }}

    /// The category.
    pub const fn category(self) -> Category {{
        Category::ALL[CATEGORY_OF[self.index()] as usize]
    }}

    /// What to do.
    pub const fn action(self) -> Action {{
        match ACTION_OF[self.index()] {{"
    );
    for (i, v) in action_variants().enumerate() {
        let _ = writeln!(out, "            {i} => Action::{v},");
    }
    let _ = writeln!(
        out,
        "            _ => unreachable!(),
        }}
    }}

    /// Whether the request can succeed if repeated.
    pub const fn is_retryable(self) -> bool {{
        RETRYABLE[self.index()]
    }}

    /// Whether this is the success code.
    pub const fn is_success(self) -> bool {{
        {success}
    }}
"
    );
    optional_accessor(
        &mut out,
        "solution",
        "What to do about it.",
        solution.then_some("SOLUTIONS"),
    );
    optional_accessor(
        &mut out,
        "sdk_name",
        "The SDK's name.",
        sdk.then_some("SDK_NAMES"),
    );
    optional_accessor(
        &mut out,
        "errata",
        "A defect of the source.",
        errata.then_some("ERRATA"),
    );
    optional_accessor(
        &mut out,
        "description_zh",
        "The Chinese description.",
        zh_d.then_some("ZH_DESCRIPTIONS"),
    );
    optional_accessor(
        &mut out,
        "solution_zh",
        "The Chinese solution.",
        zh_s.then_some("ZH_SOLUTIONS"),
    );
    out.push_str(
        "}

impl core::fmt::Debug for ZimCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

impl core::fmt::Display for ZimCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, \"{}: {}\", self.code(), self.description())
    }
}

impl core::error::Error for ZimCode {}

impl From<ZimCode> for u32 {
    fn from(code: ZimCode) -> u32 {
        code as u32
    }
}

/// A number the catalog does not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownCodeError(pub u32);

impl TryFrom<u32> for ZimCode {
    type Error = UnknownCodeError;
    fn try_from(code: u32) -> Result<Self, UnknownCodeError> {
        Self::from_code(code).ok_or(UnknownCodeError(code))
    }
}

impl core::str::FromStr for ZimCode {
    type Err = UnknownCodeError;
    fn from_str(s: &str) -> Result<Self, UnknownCodeError> {
        if let Ok(found) = BY_NAME.binary_search_by(|&i| NAMES[i].cmp(s)) {
            return Ok(Self::from_index(BY_NAME[found]));
        }
        let code = s.trim().parse::<u32>().map_err(|_| UnknownCodeError(0))?;
        Self::from_code(code).ok_or(UnknownCodeError(code))
    }
}

",
    );
    codes_module(catalog, &mut out);
    out
}

/// Text inside a thiserror format string.
fn fmt_escape(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

/// (c) The usual derive stack: a hand-written enum with thiserror's `Error` (Display per
/// variant), strum's name / message / property / iteration derives, num_enum's
/// conversions, and `#[derive(Debug)]`.
pub fn derive_crate(catalog: &Catalog) -> String {
    let mut out = String::with_capacity(catalog.codes.len() * 1000 + 8192);
    out.push_str("//! (c) derive stack: generated by bench/gen-catalog.\n#![allow(missing_docs, clippy::all)]\n\nuse num_enum::{IntoPrimitive, TryFromPrimitive};\nuse strum::{EnumCount, EnumIter, EnumMessage, EnumProperty, EnumString, IntoStaticStr};\n\n");
    category_enum(catalog, &mut out, false);
    enum_docs(catalog, &mut out);
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, thiserror::Error, EnumString, IntoStaticStr, EnumIter, EnumCount, EnumMessage, EnumProperty, TryFromPrimitive, IntoPrimitive)]\n#[repr(u32)]\n#[non_exhaustive]\npub enum ZimCode {\n");
    for c in &catalog.codes {
        docs(&variant_docs(catalog, c), "    ", &mut out);
        aliases(c, &mut out);
        let _ = writeln!(
            out,
            "    #[error({})]",
            lit(&fmt_escape(&format!("{}: {}", c.code, c.description)))
        );
        let mut strum = format!("message = {}", lit(&c.description));
        if let Some(s) = &c.solution {
            let _ = write!(strum, ", detailed_message = {}", lit(s));
        }
        let _ = write!(
            strum,
            ", props(category = {}, action = {}, retryable = \"{}\"",
            lit(&catalog.categories[c.category].key),
            lit(Action::KEYS[c.action]),
            c.retryable
        );
        if let Some(s) = &c.sdk_name {
            let _ = write!(strum, ", sdk_name = {}", lit(s));
        }
        strum.push(')');
        let _ = writeln!(out, "    #[strum({strum})]\n    {} = {},", c.name, c.code);
    }
    out.push_str("}\n\n");
    codes_module(catalog, &mut out);
    out
}

/// The runtime bench's baselines over a catalog: `from_code` as one `match code` and
/// `description` as one `match self`, on zimerr's own `ZimCode`.
pub fn baseline(catalog: &Catalog, command: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "//! Baselines of `lookup.rs`: plain `match`es over the catalog.\n//!\n//! Generated; do not edit. Regenerate from the repository root with:\n//! `{command}`\n\nuse zimerr::ZimCode;\n\n/// `from_code` as one `match code`.\npub(crate) const fn from_code_match(code: u32) -> Option<ZimCode> {{\n    match code {{"
    );
    for c in &catalog.codes {
        let _ = writeln!(out, "        {} => Some(ZimCode::{}),", c.code, c.name);
    }
    out.push_str("        _ => None,\n    }\n}\n\n/// `description` as one `match self`.\n#[allow(clippy::match_same_arms)]\npub(crate) const fn description_match(code: ZimCode) -> &'static str {\n    match code {\n");
    for c in &catalog.codes {
        let _ = writeln!(
            out,
            "        ZimCode::{} => {},",
            c.name,
            lit(&c.description)
        );
    }
    out.push_str("        _ => \"\",\n    }\n}\n");
    out
}

/// The enum every lighter baseline shares: one `///` line per variant (the description,
/// escaped as the macro escapes it) and the code as explicit discriminant.
fn plain_enum(catalog: &Catalog, derives: &str, out: &mut String) {
    out.push_str("/// The error codes of the catalog.\n#[repr(u32)]\n");
    if !derives.is_empty() {
        let _ = writeln!(out, "#[derive({derives})]");
    }
    out.push_str("pub enum ZimCode {\n");
    for c in &catalog.codes {
        let _ = writeln!(
            out,
            "    /// {}\n    {} = {},",
            doc_text(&c.description),
            c.name,
            c.code
        );
    }
    out.push_str("}\n");
}

/// (e) The floor's first step: the enum with its docs and nothing else.
pub fn floor_enum_crate(catalog: &Catalog) -> String {
    let mut out = String::with_capacity(catalog.codes.len() * 120 + 1024);
    out.push_str("//! (e) floor, enum only: generated by bench/gen-catalog.\n\n");
    plain_enum(catalog, "", &mut out);
    out
}

/// (f) The floor: the enum with its docs and one `[&str; N]` table, read through a
/// function so that it is compiled as used data, not dropped as dead code.
pub fn floor_crate(catalog: &Catalog) -> String {
    let n = catalog.codes.len();
    let mut out = String::with_capacity(n * 160 + 1024);
    out.push_str("//! (f) floor, enum and one name table: generated by bench/gen-catalog.\n\n");
    plain_enum(catalog, "", &mut out);
    let _ = writeln!(out, "\nstatic NAMES: [&str; {n}] = [");
    for c in &catalog.codes {
        let _ = writeln!(out, "    {},", lit(&c.name));
    }
    out.push_str(
        "];\n\n/// The name of every code, in catalog order.\npub fn names() -> &'static [&'static str] {\n    &NAMES\n}\n",
    );
    out
}

/// (d) The light hand-written crate: what a person writes when they want the catalog's
/// data and the usual traits, and nothing more: one doc line per variant, static tables,
/// ONE `match self` to the table index, and `TryFrom<u32>` as one `match code` (the form
/// a person reaches for first: no `unsafe` to turn a table index back into a variant,
/// and no `[Self; N]` table, which is expensive to compile).
///
/// `Debug` prints the name from the table, unless `derive_debug`: `#[derive(Debug)]`
/// writes an N-arm `match` inside `fmt`, whose memory grows quadratically (2.7 GB
/// instead of 0.4 GB at N = 10,000; it would not fit in memory at 50,000), and the
/// issue's figures for the light crate (348 MB at 10,000) are those of the table form.
pub fn light_crate(catalog: &Catalog, derive_debug: bool) -> String {
    let n = catalog.codes.len();
    let mut out = String::with_capacity(n * 420 + 4096);
    out.push_str("//! (d) light hand-written crate: generated by bench/gen-catalog.\n\n");
    let _ = writeln!(
        out,
        "/// The categories, by key.\nstatic CATEGORIES: [&str; {}] = [{}];\n",
        catalog.categories.len(),
        catalog
            .categories
            .iter()
            .map(|c| lit(&c.key))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let derives = if derive_debug {
        "Debug, Clone, Copy, PartialEq, Eq"
    } else {
        "Clone, Copy, PartialEq, Eq"
    };
    plain_enum(catalog, derives, &mut out);
    let table = |out: &mut String, name: &str, ty: &str, value: &dyn Fn(&Code) -> String| {
        let _ = writeln!(out, "\nstatic {name}: [{ty}; {n}] = [");
        for c in &catalog.codes {
            let _ = writeln!(out, "    {},", value(c));
        }
        out.push_str("];\n");
    };
    table(&mut out, "CODES", "u32", &|c| c.code.to_string());
    table(&mut out, "NAMES", "&str", &|c| lit(&c.name));
    table(&mut out, "DESCRIPTIONS", "&str", &|c| lit(&c.description));
    table(&mut out, "SOLUTIONS", "&str", &|c| {
        lit(c.solution.as_deref().unwrap_or(""))
    });
    table(&mut out, "CATEGORY_OF", "u8", &|c| c.category.to_string());
    out.push_str(
        "
impl ZimCode {
    fn index(self) -> usize {
        match self {
",
    );
    for (i, c) in catalog.codes.iter().enumerate() {
        let _ = writeln!(out, "            Self::{} => {i},", c.name);
    }
    out.push_str(
        "        }
    }

    /// Every code the catalog knows, in catalog order.
    pub fn codes() -> &'static [u32] {
        &CODES
    }

    /// The numeric code.
    pub fn code(self) -> u32 {
        self as u32
    }

    /// The variant's name.
    pub fn name(self) -> &'static str {
        NAMES[self.index()]
    }

    /// What went wrong.
    pub fn description(self) -> &'static str {
        DESCRIPTIONS[self.index()]
    }

    /// What to do about it, when the catalog says.
    pub fn solution(self) -> Option<&'static str> {
        let solution = SOLUTIONS[self.index()];
        if solution.is_empty() { None } else { Some(solution) }
    }

    /// The category's key.
    pub fn category(self) -> &'static str {
        CATEGORIES[CATEGORY_OF[self.index()] as usize]
    }
}

impl std::fmt::Display for ZimCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, \"{} ({}): {}\", self.name(), self.code(), self.description())
    }
}
",
    );
    if !derive_debug {
        out.push_str(
            "
impl std::fmt::Debug for ZimCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
",
        );
    }
    out.push_str(
        "
impl std::error::Error for ZimCode {}

/// The error of `TryFrom<u32>` is the unknown code itself.
impl TryFrom<u32> for ZimCode {
    type Error = u32;
    fn try_from(code: u32) -> Result<Self, u32> {
        match code {
",
    );
    for c in &catalog.codes {
        let _ = writeln!(out, "            {} => Ok(Self::{}),", c.code, c.name);
    }
    out.push_str("            _ => Err(code),\n        }\n    }\n}\n");
    out
}
