//! Stage 1: the macro's arguments — which catalog, and how to name what it generates.

use proc_macro2::Span;
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;

use crate::diag::{Diagnostic, Error};
use syn::{Ident, LitStr, Path, Token};

/// A catalog embedded in the engine when it was built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Bundled {
    /// `errors.yaml`: the ZIM client SDK's error codes (the default).
    Client,
    /// `zim-server.yaml`: the ZIM server API's return codes.
    Server,
}

impl Bundled {
    /// The catalog's text.
    pub fn source(self) -> crate::load::SourceText {
        match self {
            Bundled::Client => crate::load::SourceText::bundled(),
            Bundled::Server => crate::load::SourceText::bundled_server(),
        }
    }
}

/// Where the catalog comes from.
pub(crate) enum CatalogSource {
    /// A catalog embedded in this crate when it was built.
    Bundled(Bundled),
    /// A YAML file of the caller's, relative to the invoking crate's `CARGO_MANIFEST_DIR`.
    File(LitStr),
}

/// Everything `zim_errors!(...)` was told: which catalog, and how to name what it
/// generates.
///
/// Built from the macro's argument text with [`Args::parse`] (the rules and error
/// messages are the macro's own), or [`Args::default`]: the bundled client catalog
/// under the default names.
///
/// ```
/// use zimerr_catalog::{Args, Bundled};
///
/// let args = Args::parse(r#""errors/billing.yaml", code_enum = "BillingCode""#)?;
/// assert_eq!(args.file_path().as_deref(), Some("errors/billing.yaml"));
/// assert_eq!(args.code_enum(), "BillingCode");
///
/// let default = Args::default();
/// assert_eq!(default.bundled(), Some(Bundled::Client));
///
/// let wrong = Args::parse(r#"code_enum = "not a name""#).unwrap_err();
/// assert!(wrong.to_string().starts_with("`code_enum` is `not a name`, which is not a Rust identifier"));
/// # Ok::<(), zimerr_catalog::Error>(())
/// ```
#[non_exhaustive]
pub struct Args {
    /// Which catalog.
    pub(crate) source: CatalogSource,
    /// The name of the code enum.
    pub(crate) code_enum: Ident,
    /// The name of the category enum.
    pub(crate) category_enum: Ident,
    /// The name of the constants module.
    pub(crate) codes_module: Ident,
    /// Path of the runtime crate the generated code implements traits of.
    pub(crate) runtime: Path,
    /// Name of a generated `macro_rules!` that checks code literals (file catalogs only).
    pub(crate) code_macro: Option<Ident>,
    /// `code_macro_export = "errors"`: export the code macro for other crates; the path
    /// of the module `zim_errors!` is invoked in, from the crate root (empty: the root).
    pub(crate) code_macro_export: Option<Vec<Ident>>,
    /// `error_type = "BillingError"`: the name of the generated `Error<Code>` alias.
    pub(crate) error_type: Option<Ident>,
    /// `result_type = "BillingResult"`: the name of the generated `Result` alias.
    pub(crate) result_type: Option<Ident>,
    /// `prefix = "Billing"`: the `P` every generated name is made of (`{P}Code`,
    /// `{P}Category`, `{p}_codes`, `{P}Error`, `{P}Result`); by default the catalog file's
    /// stem in `UpperCamelCase`, `Zim` for the bundled client catalog and `Server` for the
    /// server one. The per-item options override one name each.
    pub(crate) prefix: Ident,
    /// `doc_aliases = false`: no `#[doc(alias(…))]` (number, SDK name) on the variants.
    pub(crate) doc_aliases: bool,
    /// `constants = false`: no module of `u32` constants.
    pub(crate) constants: bool,
    /// `docs = "brief"`: one line of doc per variant and per constant, and no table of
    /// codes on the enum.
    pub(crate) docs: Docs,
}

/// How much of the catalog the code enum's doc comments carry (`docs = "…"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Docs {
    /// Every variant's full text (description, solution, facts, SDK name, translations,
    /// errata) and a table of every code on the enum: the default.
    Full,
    /// Each variant's number and description on one line, each constant's doc naming
    /// its variant only, and the enum's doc without the table of codes. The accessors
    /// still return every text at run time.
    Brief,
}

/// The options `zim_errors!` accepts after the path, in the order the docs list them.
pub const OPTIONS: [&str; 13] = [
    "bundled",
    "code_enum",
    "category_enum",
    "codes_module",
    "code_macro",
    "code_macro_export",
    "crate",
    "error_type",
    "result_type",
    "prefix",
    "doc_aliases",
    "constants",
    "docs",
];

/// The options whose value is `true` or `false`.
const BOOL_OPTIONS: [&str; 2] = ["doc_aliases", "constants"];

// syn's types implement `Debug` only with its `extra-traits` feature, which the macro's
// build does not need: show what the options say instead.
impl std::fmt::Debug for CatalogSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CatalogSource::Bundled(which) => f.debug_tuple("Bundled").field(which).finish(),
            CatalogSource::File(path) => f.debug_tuple("File").field(&path.value()).finish(),
        }
    }
}

impl std::fmt::Debug for Args {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let runtime = &self.runtime;
        f.debug_struct("Args")
            .field("source", &self.source)
            .field("code_enum", &self.code_enum.to_string())
            .field("category_enum", &self.category_enum.to_string())
            .field("codes_module", &self.codes_module.to_string())
            .field("runtime", &quote::quote!(#runtime).to_string())
            .field(
                "code_macro",
                &self.code_macro.as_ref().map(ToString::to_string),
            )
            .field(
                "code_macro_export",
                &self.code_macro_export.as_ref().map(|m| {
                    m.iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("::")
                }),
            )
            .field(
                "error_type",
                &self.error_type.as_ref().map(ToString::to_string),
            )
            .field(
                "result_type",
                &self.result_type.as_ref().map(ToString::to_string),
            )
            .field("prefix", &self.prefix.to_string())
            .field("doc_aliases", &self.doc_aliases)
            .field("constants", &self.constants)
            .field("docs", &self.docs)
            .finish()
    }
}

// `Clone` by hand: syn's types are `Clone` only with its `clone-impls` feature, which
// makes every user's clean build compile syn longer, on its critical path, for the one
// copy the stand-in expansion makes (`expand::fallback`). A string literal is rebuilt
// from its value and span (all that is read of it); a path is parsed again from its
// tokens, which keep their spans.
impl Clone for CatalogSource {
    fn clone(&self) -> Self {
        match self {
            CatalogSource::Bundled(which) => CatalogSource::Bundled(*which),
            CatalogSource::File(path) => {
                CatalogSource::File(LitStr::new(&path.value(), path.span()))
            }
        }
    }
}

impl Clone for Args {
    fn clone(&self) -> Self {
        let runtime = &self.runtime;
        Args {
            source: self.source.clone(),
            code_enum: self.code_enum.clone(),
            category_enum: self.category_enum.clone(),
            codes_module: self.codes_module.clone(),
            runtime: syn::parse_quote!(#runtime),
            code_macro: self.code_macro.clone(),
            code_macro_export: self.code_macro_export.clone(),
            error_type: self.error_type.clone(),
            result_type: self.result_type.clone(),
            prefix: self.prefix.clone(),
            doc_aliases: self.doc_aliases,
            constants: self.constants,
            docs: self.docs,
        }
    }
}

impl Default for Args {
    fn default() -> Self {
        let ident = |name| Ident::new(name, Span::call_site());
        Args {
            source: CatalogSource::Bundled(Bundled::Client),
            code_enum: ident("ZimCode"),
            category_enum: ident("ZimCategory"),
            codes_module: ident("zim_codes"),
            runtime: syn::parse_quote!(::zimerr),
            code_macro: None,
            code_macro_export: None,
            error_type: None,
            result_type: None,
            prefix: ident("Zim"),
            doc_aliases: true,
            constants: true,
            docs: Docs::Full,
        }
    }
}

impl Args {
    /// The arguments of `zim_errors!(…)` from their text, e.g.
    /// `"errors/billing.yaml", code_enum = "BillingCode"`: the same rules and messages as
    /// the macro's. Every mistake is reported, each once.
    pub fn parse(text: &str) -> Result<Args, Error> {
        let tokens: proc_macro2::TokenStream = text.parse().map_err(|e| {
            Error::new(vec![Diagnostic::whole_file(format!(
                "the arguments do not lex as Rust tokens: {e}"
            ))])
        })?;
        Args::from_tokens(tokens)
    }

    /// The arguments of `zim_errors!(…)` from their tokens, as the macro reads them.
    pub fn from_tokens(tokens: proc_macro2::TokenStream) -> Result<Args, Error> {
        let to_error = |error: syn::Error| {
            Error::new(
                error
                    .into_iter()
                    .map(|e| Diagnostic::whole_file(e.to_string()))
                    .collect(),
            )
        };
        match syn::parse::Parser::parse2(Args::parse_lenient, tokens) {
            Ok((args, None)) => Ok(args),
            Ok((_, Some(wrong))) | Err(wrong) => Err(to_error(wrong)),
        }
    }

    /// The bundled catalog the arguments name (`bundled = "…"`, or none and no path:
    /// the client catalog); `None` for a catalog file.
    pub fn bundled(&self) -> Option<Bundled> {
        match &self.source {
            CatalogSource::Bundled(which) => Some(*which),
            CatalogSource::File(_) => None,
        }
    }

    /// The catalog file's path as written (relative to the invoking crate's
    /// `CARGO_MANIFEST_DIR`); `None` for a bundled catalog.
    pub fn file_path(&self) -> Option<String> {
        match &self.source {
            CatalogSource::Bundled(_) => None,
            CatalogSource::File(path) => Some(path.value()),
        }
    }

    /// The name of the generated code enum.
    pub fn code_enum(&self) -> String {
        self.code_enum.to_string()
    }

    /// The name of the generated category enum.
    pub fn category_enum(&self) -> String {
        self.category_enum.to_string()
    }

    /// The name of the generated constants module.
    pub fn codes_module(&self) -> String {
        self.codes_module.to_string()
    }
}

/// Collects the argument errors: each mistake reported once, all of them at once.
#[derive(Default)]
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }
}

impl Args {
    /// Parses what `zim_errors!` was told, reading on past a wrong option: the arguments
    /// with a default in place of each value that is wrong (or the value as meant, when a
    /// slip leaves no doubt: an unquoted path or name, a misspelt option), and every
    /// mistake (combined), so the macro reports them all and still emits the stand-in
    /// items the arguments ask for. `Err` only when the tokens cannot be read as options
    /// at all.
    pub(crate) fn parse_lenient(input: ParseStream<'_>) -> syn::Result<(Args, Option<syn::Error>)> {
        let mut args = Args::default();
        let mut errors = Errors::default();
        if input.peek(LitStr) {
            args.source = CatalogSource::File(input.parse()?);
            separator(input, &mut errors)?;
        } else if let Some((path, span)) = unquoted_path(input) {
            // `zim_errors!(errors.yaml)`: read as meant, so the stand-ins hold its codes.
            errors.push(syn::Error::new(
                span,
                format!(
                    "the catalog path must be a string literal: write `zim_errors!(\"{path}\")`"
                ),
            ));
            args.source = CatalogSource::File(LitStr::new(&path, span));
            separator(input, &mut errors)?;
        }
        let mut seen: Vec<String> = Vec::new();
        // The items an option named (a wrong value leaves its item to the prefix).
        let mut named: Vec<&str> = Vec::new();
        let mut prefix: Option<Ident> = None;
        let mut export_key: Option<Ident> = None;
        while !input.is_empty() {
            // `crate` is a keyword, so options are read as raw identifiers.
            let key: Ident = input.call(syn::ext::IdentExt::parse_any)?;
            let mut name = key.to_string();
            // `path: "errors.yaml"` is one mistake, the named path: its `:` is not another.
            let path_key = PATH_KEYS.contains(&name.as_str());
            let mut ignored = Errors::default();
            let value = read_value(
                input,
                &name,
                if path_key { &mut ignored } else { &mut errors },
            )?;
            separator(input, &mut errors)?;
            let Some(value) = value else { continue };
            if !OPTIONS.contains(&name.as_str()) {
                if PATH_KEYS.contains(&name.as_str())
                    && matches!(args.source, CatalogSource::Bundled(_))
                    && !seen.iter().any(|s| s == "bundled")
                {
                    errors.push(syn::Error::new(
                        key.span(),
                        format!(
                            "the catalog path comes first, without a name: write `zim_errors!(\"{}\", …)`",
                            value.value()
                        ),
                    ));
                    args.source = CatalogSource::File(value);
                    continue;
                }
                let valid = OPTIONS.map(|o| format!("`{o}`")).join(", ");
                let best = crate::suggest::closest(&name, &OPTIONS);
                let message = match best {
                    Some(best) => format!(
                        "unknown option `{name}`; did you mean `{best}`? valid options are: {valid}"
                    ),
                    None => format!("unknown option `{name}`; valid options are: {valid}"),
                };
                errors.push(syn::Error::new(key.span(), message));
                // A misspelt option is read as meant, so the stand-ins carry its value.
                match best {
                    Some(best) if !seen.iter().any(|s| s == best) => best.clone_into(&mut name),
                    _ => continue,
                }
            }
            if seen.contains(&name) {
                errors.push(syn::Error::new(
                    key.span(),
                    format!("option `{name}` is given twice: remove one of them"),
                ));
                continue;
            }
            match name.as_str() {
                "bundled" => {
                    if let CatalogSource::File(path) = &args.source {
                        errors.push(syn::Error::new(
                            key.span(),
                            format!(
                                "`bundled` names a catalog of zimerr's own, and the path `{}` names a file: remove one of them",
                                path.value()
                            ),
                        ));
                    } else {
                        let which = value.value();
                        match which.as_str() {
                            "client" => args.source = CatalogSource::Bundled(Bundled::Client),
                            "server" => args.source = CatalogSource::Bundled(Bundled::Server),
                            other => {
                                let hint =
                                    crate::suggest::expected_one_of(other, &["client", "server"]);
                                errors.push(syn::Error::new(
                                    value.span(),
                                    format!("unknown bundled catalog `{other}`; {hint}"),
                                ));
                                if crate::suggest::closest(other, &["server"]).is_some() {
                                    args.source = CatalogSource::Bundled(Bundled::Server);
                                }
                            }
                        }
                    }
                }
                "code_enum" | "category_enum" | "codes_module" => {
                    match parse_ident(&name, &value, &mut errors) {
                        Some(ident) if name == "code_enum" => {
                            args.code_enum = ident;
                            named.push("code_enum");
                        }
                        Some(ident) if name == "category_enum" => {
                            args.category_enum = ident;
                            named.push("category_enum");
                        }
                        Some(ident) => {
                            args.codes_module = ident;
                            named.push("codes_module");
                        }
                        None => {}
                    }
                }
                "prefix" => match parse_prefix(&value) {
                    Ok(ident) => prefix = Some(ident),
                    Err(e) => errors.push(e),
                },
                "code_macro" => {
                    if matches!(args.source, CatalogSource::Bundled(_)) {
                        errors.push(syn::Error::new(
                            key.span(),
                            "`code_macro` needs a catalog path; the bundled catalogs have `zimerr::code!` and `zimerr::server::code!`: remove `code_macro`, or give the path first",
                        ));
                    }
                    // Kept even so: the stand-in macro keeps later calls free of errors.
                    if let Some(ident) = parse_ident(&name, &value, &mut errors) {
                        args.code_macro = Some(ident);
                    }
                }
                "code_macro_export" => {
                    match parse_module(&value) {
                        Ok(module) => args.code_macro_export = Some(module),
                        Err(e) => errors.push(e),
                    }
                    export_key = Some(key.clone());
                }
                "docs" => match value.value().as_str() {
                    "full" => args.docs = Docs::Full,
                    "brief" => args.docs = Docs::Brief,
                    other => errors.push(syn::Error::new(
                        value.span(),
                        format!(
                            "unknown `docs` value `{other}`; expected `\"full\"` or `\"brief\"`"
                        ),
                    )),
                },
                "doc_aliases" | "constants" => match value.value().as_str() {
                    // Written unquoted (read_value passes a `true`/`false` literal on).
                    "true" | "false" => {
                        let on = value.value() == "true";
                        if name == "doc_aliases" {
                            args.doc_aliases = on;
                        } else {
                            args.constants = on;
                        }
                    }
                    other => errors.push(syn::Error::new(
                        value.span(),
                        format!(
                            "the value of `{name}` must be `true` or `false`, not `{other}`: write `{name} = false`"
                        ),
                    )),
                },
                "error_type" | "result_type" => match parse_ident(&name, &value, &mut errors) {
                    Some(ident) if name == "error_type" => args.error_type = Some(ident),
                    Some(ident) => args.result_type = Some(ident),
                    None => {}
                },
                _ => match value.parse() {
                    Ok(path) => args.runtime = path,
                    Err(_) => errors.push(syn::Error::new(
                        value.span(),
                        format!(
                            "`{}` is not a path; expected e.g. `crate = \"::zimerr\"`",
                            value.value()
                        ),
                    )),
                },
            }
            seen.push(name);
        }
        let needs_prefix = ["code_enum", "category_enum", "codes_module"]
            .iter()
            .any(|item| !named.contains(item))
            || args.error_type.is_none()
            || args.result_type.is_none();
        args.prefix = match (prefix, &args.source) {
            (Some(prefix), _) => prefix,
            (None, CatalogSource::Bundled(Bundled::Client)) => Ident::new("Zim", Span::call_site()),
            (None, CatalogSource::Bundled(Bundled::Server)) => {
                Ident::new("Server", Span::call_site())
            }
            (None, CatalogSource::File(path)) => match stem_prefix(path) {
                Ok(prefix) => prefix,
                Err(e) => {
                    if needs_prefix && !seen.iter().any(|o| o == "prefix") {
                        errors.push(e);
                    }
                    Ident::new("Catalog", path.span())
                }
            },
        };
        let prefix = args.prefix.to_string();
        let span = args.prefix.span();
        if !named.contains(&"code_enum") {
            args.code_enum = Ident::new(&format!("{prefix}Code"), span);
        }
        if !named.contains(&"category_enum") {
            args.category_enum = Ident::new(&format!("{prefix}Category"), span);
        }
        if !named.contains(&"codes_module") {
            args.codes_module = Ident::new(&format!("{}_codes", snake(&prefix)), span);
        }
        if let (Some(key), None) = (&export_key, &args.code_macro) {
            errors.push(syn::Error::new(
                key.span(),
                "`code_macro_export` exports the `code_macro`; name it too, e.g. `code_macro = \"app_code\"`",
            ));
            args.code_macro_export = None;
        }
        check_names(&mut args, &mut errors);
        Ok((args, errors.0))
    }
}

/// Keys people give the catalog's path under, though it comes first and unnamed.
const PATH_KEYS: [&str; 5] = ["path", "file", "catalog", "source", "yaml"];

/// The `=` and the value of option `name`: a string literal, or the tokens up to the next
/// `,` read as the string they were meant to be (`code_enum = BillingCode`,
/// `crate = ::zimerr`) with an error naming the quoted form. `None` when there is no value
/// to read (the error is in `errors`).
fn read_value(
    input: ParseStream<'_>,
    name: &str,
    errors: &mut Errors,
) -> syn::Result<Option<LitStr>> {
    if input.peek(Token![:]) && !input.peek(Token![::]) {
        // `code_enum: "X"`, as in a struct literal or a YAML file.
        let colon: Token![:] = input.parse()?;
        let shown = if input.peek(LitStr) {
            let value: LitStr = input.fork().parse()?;
            format!("{name} = {:?}", value.value())
        } else {
            format!("{name} = \"…\"")
        };
        errors.push(syn::Error::new(
            colon.span,
            format!("options are set with `=`, not `:`: write `{shown}`"),
        ));
    } else if input.peek(LitStr) {
        let value: LitStr = input.fork().parse()?;
        errors.push(syn::Error::new(
            value.span(),
            format!(
                "expected `=` after `{name}`: write `{name} = {:?}`",
                value.value()
            ),
        ));
    } else {
        input.parse::<Token![=]>()?;
    }
    if BOOL_OPTIONS.contains(&name) {
        if input.peek(syn::LitBool) {
            let value: syn::LitBool = input.parse()?;
            return Ok(Some(LitStr::new(
                if value.value { "true" } else { "false" },
                value.span,
            )));
        }
        if input.peek(LitStr) {
            let value: LitStr = input.parse()?;
            errors.push(syn::Error::new(
                value.span(),
                format!(
                    "the value of `{name}` is `true` or `false`, without quotes: write `{name} = {}`",
                    value.value()
                ),
            ));
            return Ok(Some(value));
        }
    }
    if input.peek(LitStr) {
        return input.parse().map(Some);
    }
    let mut text = String::new();
    let mut span = None;
    while !input.is_empty() && !input.peek(Token![,]) {
        let tt: proc_macro2::TokenTree = input.parse()?;
        span.get_or_insert(tt.span());
        text.push_str(&tt.to_string());
    }
    let Some(span) = span else {
        errors.push(syn::Error::new(
            input.span(),
            format!("`{name}` has no value: write `{name} = \"…\"`, or leave the option out"),
        ));
        return Ok(None);
    };
    if BOOL_OPTIONS.contains(&name) {
        errors.push(syn::Error::new(
            span,
            format!("the value of `{name}` must be `true` or `false`, not `{text}`: write `{name} = false`"),
        ));
        return Ok(None);
    }
    errors.push(syn::Error::new(
        span,
        format!("the value of `{name}` must be a string literal: write `{name} = {text:?}`"),
    ));
    Ok(Some(LitStr::new(&text, span)))
}

/// The `,` after an option, if more follow. A missing one between two options is reported
/// and read past (`code_enum = "A" category_enum = "B"`).
fn separator(input: ParseStream<'_>, errors: &mut Errors) -> syn::Result<()> {
    if input.is_empty() {
        return Ok(());
    }
    if input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
        return Ok(());
    }
    if input.peek(Ident::peek_any) {
        let next: Ident = input.fork().call(syn::ext::IdentExt::parse_any)?;
        errors.push(syn::Error::new(
            next.span(),
            format!("expected `,` before `{next}`: options are separated by commas"),
        ));
        return Ok(());
    }
    input.parse::<Token![,]>().map(drop)
}

impl Args {
    /// The names of the `Error` and `Result` aliases generated next to the code enum, or
    /// `None` when none are: `{P}Error` and `{P}Result` from the prefix (`prefix`)
    /// unless `error_type`/`result_type` say, for file and bundled catalogs alike.
    pub(crate) fn alias_names(&self) -> Option<(Ident, Ident)> {
        let named = self.error_type.is_some() || self.result_type.is_some();
        let prefix = self.prefix.to_string();
        let span = self.prefix.span();
        // A derived name that is already an enum's (`code_enum = "AppError"`): no alias
        // unless asked for, rather than an error about an option the user never wrote.
        let derived = |suffix: &str| Ident::new(&format!("{prefix}{suffix}"), span);
        let taken = |name: &Ident| *name == self.code_enum || *name == self.category_enum;
        if !named && (taken(&derived("Error")) || taken(&derived("Result"))) {
            return None;
        }
        let error = self.error_type.clone().unwrap_or_else(|| derived("Error"));
        let result = self
            .result_type
            .clone()
            .unwrap_or_else(|| derived("Result"));
        Some((error, result))
    }
}

/// No two generated items may share a name: the enums, the module and the aliases share
/// the type namespace, and a crate-local `code_macro`'s re-export (`use name;`) takes its
/// name in every namespace. One error per clash, at the option to change, naming a free
/// name; the clashing item gets a hidden stand-in name so the rest still expands.
fn check_names(args: &mut Args, errors: &mut Errors) {
    let code_enum = args.code_enum.to_string();
    let stem = code_enum
        .strip_suffix("Code")
        .filter(|s| !s.is_empty())
        .unwrap_or(&code_enum)
        .to_owned();
    if args.code_enum == args.category_enum {
        let fix = if stem == code_enum {
            format!("{code_enum}Category")
        } else {
            format!("{stem}Category")
        };
        errors.push(syn::Error::new(
            args.category_enum.span(),
            format!(
                "`code_enum` and `category_enum` are both `{code_enum}`: give the categories their own name, e.g. `category_enum = \"{fix}\"`"
            ),
        ));
        args.category_enum = Ident::new(&fix, Span::call_site());
    }
    // A module and an enum share the type namespace: one name for both makes every
    // generated item that names either ambiguous.
    for other in [args.code_enum.clone(), args.category_enum.clone()] {
        if args.codes_module == other {
            let which = if other == args.code_enum {
                "code_enum"
            } else {
                "category_enum"
            };
            errors.push(syn::Error::new(
                args.codes_module.span(),
                format!(
                    "`codes_module` and `{which}` are both `{other}`: a module and an enum cannot share a name; give the module a snake_case name, e.g. `codes_module = \"{}_codes\"`",
                    snake(&other.to_string())
                ),
            ));
            args.codes_module = Ident::new(&format!("__{other}_codes"), Span::call_site());
        }
    }
    if let Some((error, result)) = args.alias_names() {
        for (option, alias) in [("error_type", &error), ("result_type", &result)] {
            if args.codes_module == *alias {
                let what = if option == "error_type" && args.error_type.is_some()
                    || option == "result_type" && args.result_type.is_some()
                {
                    format!("`codes_module` and `{option}` are both `{alias}`")
                } else {
                    format!(
                        "`codes_module` is `{alias}`, the name of the alias `{option}` gives by default"
                    )
                };
                errors.push(syn::Error::new(
                    args.codes_module.span(),
                    format!(
                        "{what}: a module and a type cannot share a name; give the module a snake_case name, e.g. `codes_module = \"{}_codes\"`",
                        snake(&stem)
                    ),
                ));
                args.codes_module = Ident::new(&format!("__{alias}_codes"), Span::call_site());
            }
        }
    }
    // `ZimCode` → `Zim`, as the aliases' default names are made.
    let base = stem
        .strip_suffix("Error")
        .filter(|s| !s.is_empty())
        .unwrap_or(&stem)
        .to_owned();
    if let Err(e) = check_alias_names(args, &base) {
        errors.push(e);
        // Stand-in names that clash with nothing, so the rest still expands.
        let code_enum = &args.code_enum;
        args.error_type = Some(Ident::new(
            &format!("__{code_enum}ErrorAlias"),
            Span::call_site(),
        ));
        args.result_type = Some(Ident::new(
            &format!("__{code_enum}ResultAlias"),
            Span::call_site(),
        ));
    }
    if let (Some(name), None) = (&args.code_macro, &args.code_macro_export) {
        if let Some((other, _)) = args.type_names().into_iter().find(|(_, n)| n == name) {
            let fix = format!("{}_code", snake(&stem));
            let item = match other {
                "code_enum" => "the code enum",
                "category_enum" => "the category enum",
                "codes_module" => "the constants module",
                "error_type" => "the `Error` alias",
                _ => "the `Result` alias",
            };
            errors.push(syn::Error::new(
                name.span(),
                format!(
                    "`code_macro` and `{other}` are both `{name}`: the macro's crate-wide `use` would clash with {item}; give the macro a snake_case name, e.g. `code_macro = \"{fix}\"`"
                ),
            ));
        }
    }
}

impl Args {
    /// The generated items in the type namespace, with the option that names each: the
    /// enums, the constants module, and the aliases when any are generated.
    pub(crate) fn type_names(&self) -> Vec<(&'static str, Ident)> {
        let mut names = vec![
            ("code_enum", self.code_enum.clone()),
            ("category_enum", self.category_enum.clone()),
            ("codes_module", self.codes_module.clone()),
        ];
        if let Some((error, result)) = self.alias_names() {
            names.push(("error_type", error));
            names.push(("result_type", result));
        }
        names
    }
}

/// The aliases must not take the name of an enum, or of each other. `stem` is the code
/// enum's name without `Code` and `Error`, for the names the errors suggest.
fn check_alias_names(args: &Args, stem: &str) -> syn::Result<()> {
    let Some((error, result)) = args.alias_names() else {
        return Ok(());
    };
    let taken = [
        ("code_enum", &args.code_enum),
        ("category_enum", &args.category_enum),
    ];
    let free = |suffix: &str| {
        [
            format!("{stem}{suffix}"),
            format!("{}{suffix}", args.code_enum),
        ]
        .into_iter()
        .find(|name| taken.iter().all(|(_, t)| *t != name))
        .unwrap_or_else(|| format!("{stem}{suffix}Alias"))
    };
    for (option, name, given, suffix) in [
        ("error_type", &error, args.error_type.is_some(), "Error"),
        ("result_type", &result, args.result_type.is_some(), "Result"),
    ] {
        for (other, other_name) in taken {
            if name == other_name {
                let what = if given {
                    format!("`{option}` and `{other}` are both `{name}`")
                } else {
                    format!("`{option}` defaults to `{name}`, the name of `{other}`")
                };
                return Err(syn::Error::new(
                    name.span(),
                    format!(
                        "{what}: give the alias another name, e.g. `{option} = \"{}\"`",
                        free(suffix)
                    ),
                ));
            }
        }
    }
    if error == result {
        return Err(syn::Error::new(
            result.span(),
            format!(
                "`error_type` and `result_type` are both `{error}`: give them different names, e.g. `result_type = \"{}\"`",
                free("Result")
            ),
        ));
    }
    Ok(())
}

/// A path written without quotes (`errors.yaml`, `errors/app.yaml`): its text and span,
/// when the first tokens are an identifier followed by `.`, `/` or `-`, read up to the
/// first `,`. `None` (nothing consumed) for anything else.
fn unquoted_path(input: ParseStream<'_>) -> Option<(String, Span)> {
    let fork = input.fork();
    let first: Ident = fork.call(syn::ext::IdentExt::parse_any).ok()?;
    if !(fork.peek(Token![.]) || fork.peek(Token![/]) || fork.peek(Token![-])) {
        return None;
    }
    let mut path = first.to_string();
    let span = first.span();
    input.call(Ident::parse_any).ok()?;
    while !input.is_empty() && !input.peek(Token![,]) {
        let tt: proc_macro2::TokenTree = input.parse().ok()?;
        path.push_str(&tt.to_string());
    }
    Some((path, span))
}

/// `AppError` → `app_error`, `HTTPServer` → `http_server`: the `snake_case` of a
/// `CamelCase` name, for `{p}_codes` and hints. A capital starts a word after a lowercase
/// letter or a digit, and where a run of capitals meets a lowercase letter.
fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() && i > 0 {
            let before = chars[i - 1];
            let after_run =
                before.is_uppercase() && chars.get(i + 1).is_some_and(|next| next.is_lowercase());
            if before.is_lowercase() || before.is_ascii_digit() || after_run {
                out.push('_');
            }
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// `errors/billing.yaml` → `Billing`, `my-errors.yml` → `MyErrors`: the prefix a catalog
/// file's name gives. The stem is the file name up to its first `.` (as for the
/// catalog's diagnostic `prefix`); words split at anything but letters and digits each
/// start with a capital. An error, at the path, when that is not an identifier
/// (`2024-errors.yaml`), naming the fix.
fn stem_prefix(path: &LitStr) -> syn::Result<Ident> {
    let text = path.value();
    let file = text.rsplit(['/', '\\']).next().unwrap_or(&text);
    let stem = file.split('.').next().unwrap_or(file);
    let words: Vec<String> = stem
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
        .collect();
    let camel = words.concat();
    let starts_well = camel
        .chars()
        .next()
        .is_some_and(unicode_ident::is_xid_start);
    if starts_well && camel.chars().all(unicode_ident::is_xid_continue) {
        return Ok(Ident::new(&camel, path.span()));
    }
    // A suggestion that keeps the name's words: those that start with a letter first.
    let (lettered, rest): (Vec<&String>, Vec<&String>) = words
        .iter()
        .partition(|w| w.chars().next().is_some_and(unicode_ident::is_xid_start));
    let mut example: String = lettered
        .into_iter()
        .chain(rest)
        .map(String::as_str)
        .collect();
    if !example
        .chars()
        .next()
        .is_some_and(unicode_ident::is_xid_start)
    {
        example.insert_str(0, "Catalog");
    }
    let found = if camel.is_empty() {
        format!("the file name `{file}` has no letters to name them after")
    } else {
        format!("`{camel}`, from the file name `{file}`, does not start with a letter")
    };
    Err(syn::Error::new(
        path.span(),
        format!(
            "cannot name the generated items: {found}; give their prefix, e.g. `prefix = \"{example}\"`"
        ),
    ))
}

/// The value of `prefix = "…"`: an identifier that starts with a capital or a letter
/// without case, since it starts type names (`{P}Code`).
fn parse_prefix(value: &LitStr) -> syn::Result<Ident> {
    let ident = ident_or_fix("prefix", value).map_err(|(error, _)| error)?;
    let text = ident.to_string();
    if text.starts_with('_') || text.starts_with(char::is_lowercase) {
        let mut chars = text.trim_start_matches('_').chars();
        let example: String = match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => "App".to_owned(),
        };
        return Err(syn::Error::new(
            value.span(),
            format!(
                "`prefix` is `{text}`, which does not start with a capital: it starts type names (`{text}Code`); write it in UpperCamelCase, e.g. `prefix = \"{example}\"`"
            ),
        ));
    }
    Ok(ident)
}

/// `"errors::app"`, `"crate::errors"`, `"crate"` or `""`: the module's path from the
/// crate root, as identifiers.
fn parse_module(value: &LitStr) -> syn::Result<Vec<Ident>> {
    let text = value.value();
    let text = text.trim();
    let relative = text
        .strip_prefix("crate::")
        .or_else(|| (text == "crate").then_some(""))
        .unwrap_or(text);
    if relative.is_empty() {
        return Ok(Vec::new());
    }
    relative
        .split("::")
        .map(|segment| {
            syn::parse_str::<Ident>(segment.trim()).map_err(|_| {
                syn::Error::new(
                    value.span(),
                    format!(
                        "`{text}` is not a module path; expected the path from the crate root to the module `zim_errors!` is in, e.g. `\"errors\"` or `\"crate\"`"
                    ),
                )
            })
        })
        .collect()
}

/// The identifier an option names; else an error naming the option and the fix (the name
/// respelt when it is one in another style, `billing-code` → `BillingCode`; its last
/// segment when it is a path; else an example), and the fix as the name meant, if there
/// is one, so the stand-ins carry it.
fn parse_ident(option: &str, value: &LitStr, errors: &mut Errors) -> Option<Ident> {
    match ident_or_fix(option, value) {
        Ok(ident) => Some(ident),
        Err((error, meant)) => {
            errors.push(error);
            meant.map(|name| Ident::new(&name, value.span()))
        }
    }
}

/// [`parse_ident`]'s reading: the identifier, or the error and the name meant.
fn ident_or_fix(option: &str, value: &LitStr) -> Result<Ident, (syn::Error, Option<String>)> {
    let camel = matches!(
        option,
        "code_enum" | "category_enum" | "error_type" | "result_type" | "prefix"
    );
    let example = match option {
        "code_enum" | "error_type" => "AppError",
        "category_enum" => "AppCategory",
        "result_type" => "AppResult",
        "codes_module" => "app_codes",
        "prefix" => "App",
        _ => "app_code",
    };
    let text = value.value();
    value.parse().map_err(|_| {
        let trimmed = text.trim();
        let last = trimmed.rsplit("::").next().unwrap_or_default().trim();
        let respelt = if camel {
            crate::validate::to_upper_camel(trimmed)
        } else {
            crate::validate::to_snake_case(trimmed)
        }
        .filter(|s| syn::parse_str::<Ident>(s).is_ok());
        let (message, meant) = if trimmed.is_empty() {
            (
                format!("`{option}` is empty: write a name, e.g. `{option} = \"{example}\"`"),
                None,
            )
        } else if crate::validate::is_keyword_name(trimmed) {
            (
                format!(
                    "`{option}` is `{text}`, a Rust keyword: write another name, e.g. `{option} = \"{example}\"`"
                ),
                None,
            )
        } else if trimmed.contains("::") && syn::parse_str::<Ident>(last).is_ok() {
            (
                format!(
                    "`{option}` is `{text}`, a path: the item is generated where `zim_errors!` is called, so write its name alone, `{option} = \"{last}\"`"
                ),
                Some(last.to_owned()),
            )
        } else if let Some(respelt) = respelt {
            (
                format!(
                    "`{option}` is `{text}`, which is not a Rust identifier: write `{option} = \"{respelt}\"`"
                ),
                Some(respelt),
            )
        } else {
            (
                format!(
                    "`{option}` is `{text}`, which is not a Rust identifier: write a name, e.g. `{option} = \"{example}\"`"
                ),
                None,
            )
        };
        (syn::Error::new(value.span(), message), meant)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(tokens: proc_macro2::TokenStream) -> syn::Result<Args> {
        match syn::parse::Parser::parse2(Args::parse_lenient, tokens) {
            Ok((args, None)) => Ok(args),
            Ok((_, Some(wrong))) | Err(wrong) => Err(wrong),
        }
    }

    #[test]
    fn large_catalog_options_read_booleans_and_a_docs_level() {
        let defaults = parse(quote::quote!("a.yaml")).unwrap();
        assert!(defaults.doc_aliases && defaults.constants);
        assert_eq!(defaults.docs, Docs::Full);
        let args = parse(quote::quote!(
            "a.yaml",
            doc_aliases = false,
            constants = false,
            docs = "brief"
        ))
        .unwrap();
        assert!(!args.doc_aliases && !args.constants);
        assert_eq!(args.docs, Docs::Brief);
        let message = |tokens| parse(tokens).err().map(|e| e.to_string());
        assert_eq!(
            message(quote::quote!("a.yaml", doc_aliases = "false")).as_deref(),
            Some(
                "the value of `doc_aliases` is `true` or `false`, without quotes: write `doc_aliases = false`"
            )
        );
        assert_eq!(
            message(quote::quote!("a.yaml", constants = no)).as_deref(),
            Some(
                "the value of `constants` must be `true` or `false`, not `no`: write `constants = false`"
            )
        );
        assert_eq!(
            message(quote::quote!("a.yaml", docs = "short")).as_deref(),
            Some("unknown `docs` value `short`; expected `\"full\"` or `\"brief\"`")
        );
        assert_eq!(
            message(quote::quote!("a.yaml", constants = false, constants = true)).as_deref(),
            Some("option `constants` is given twice: remove one of them")
        );
    }

    #[test]
    fn empty_input_means_the_bundled_catalog_with_default_names() {
        let args = parse(quote::quote!()).unwrap();
        assert!(matches!(
            args.source,
            CatalogSource::Bundled(Bundled::Client)
        ));
        assert_eq!(args.code_enum, "ZimCode");
        assert_eq!(args.category_enum, "ZimCategory");
        assert_eq!(args.codes_module, "zim_codes");
        assert_eq!(args.prefix, "Zim");
    }

    fn all_names(args: &Args) -> [String; 5] {
        let (error, result) = args.alias_names().unwrap();
        [
            args.code_enum.to_string(),
            args.category_enum.to_string(),
            args.codes_module.to_string(),
            error.to_string(),
            result.to_string(),
        ]
    }

    #[test]
    fn every_name_is_made_of_the_prefix() {
        let names = |tokens| all_names(&parse(tokens).unwrap());
        assert_eq!(
            names(quote::quote!("errors/billing.yaml")),
            [
                "BillingCode",
                "BillingCategory",
                "billing_codes",
                "BillingError",
                "BillingResult"
            ]
        );
        assert_eq!(
            names(quote::quote!(bundled = "server")),
            [
                "ServerCode",
                "ServerCategory",
                "server_codes",
                "ServerError",
                "ServerResult"
            ]
        );
        assert_eq!(
            names(quote::quote!(bundled = "client")),
            [
                "ZimCode",
                "ZimCategory",
                "zim_codes",
                "ZimError",
                "ZimResult"
            ]
        );
        assert_eq!(
            names(quote::quote!("x.yaml", prefix = "HTTPServer")),
            [
                "HTTPServerCode",
                "HTTPServerCategory",
                "http_server_codes",
                "HTTPServerError",
                "HTTPServerResult"
            ]
        );
        // A per-item option overrides its one name; the rest keep the prefix.
        assert_eq!(
            names(quote::quote!(
                "c:\\app\\my-errors.v2.yml",
                code_enum = "Shop",
                result_type = "Res"
            )),
            [
                "Shop",
                "MyErrorsCategory",
                "my_errors_codes",
                "MyErrorsError",
                "Res"
            ]
        );
        assert_eq!(
            names(quote::quote!("room_errors.yaml"))[0],
            "RoomErrorsCode"
        );
        assert_eq!(names(quote::quote!("错误.yaml"))[0], "错误Code");
    }

    #[test]
    fn a_file_name_that_makes_no_type_name_asks_for_a_prefix() {
        let message = |tokens| {
            let (args, err) = syn::parse::Parser::parse2(Args::parse_lenient, tokens).unwrap();
            (err.map(|e| e.to_string()), args.code_enum.to_string())
        };
        assert_eq!(
            message(quote::quote!("errors/2024-errors.yaml")),
            (
                Some(
                    "cannot name the generated items: `2024Errors`, from the file name `2024-errors.yaml`, does not start with a letter; give their prefix, e.g. `prefix = \"Errors2024\"`".to_owned()
                ),
                "CatalogCode".to_owned()
            )
        );
        assert_eq!(
            message(quote::quote!("7.yaml")).0.unwrap(),
            "cannot name the generated items: `7`, from the file name `7.yaml`, does not start with a letter; give their prefix, e.g. `prefix = \"Catalog7\"`"
        );
        assert!(
            message(quote::quote!("--.yaml"))
                .0
                .unwrap()
                .contains("the file name `--.yaml` has no letters to name them after")
        );
        // Fixed by the prefix, or by naming every item.
        assert_eq!(
            message(quote::quote!("2024-errors.yaml", prefix = "Errors2024")),
            (None, "Errors2024Code".to_owned())
        );
        assert_eq!(
            message(quote::quote!(
                "2024.yaml",
                code_enum = "A",
                category_enum = "B",
                codes_module = "c",
                error_type = "D",
                result_type = "E"
            ))
            .0,
            None
        );
    }

    #[test]
    fn a_prefix_starts_type_names() {
        let err = parse(quote::quote!("a.yaml", prefix = "billing"))
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            "`prefix` is `billing`, which does not start with a capital: it starts type names (`billingCode`); write it in UpperCamelCase, e.g. `prefix = \"Billing\"`"
        );
        let (_, err) = syn::parse::Parser::parse2(
            Args::parse_lenient,
            quote::quote!("2024.yaml", prefix = ""),
        )
        .unwrap();
        let messages: Vec<String> = err.unwrap().into_iter().map(|e| e.to_string()).collect();
        assert_eq!(
            messages,
            ["`prefix` is empty: write a name, e.g. `prefix = \"App\"`"],
            "one error per mistake: not the file name's too"
        );
    }

    #[test]
    fn path_and_every_option() {
        let args = parse(quote::quote!(
            "my.yaml",
            code_enum = "MyCode",
            category_enum = "MyCat",
            codes_module = "raw",
            crate = "::my::rt",
        ))
        .unwrap();
        let CatalogSource::File(path) = &args.source else {
            panic!("expected a file")
        };
        assert_eq!(path.value(), "my.yaml");
        assert_eq!(args.code_enum, "MyCode");
        assert_eq!(args.category_enum, "MyCat");
        assert_eq!(args.codes_module, "raw");
        let rt = &args.runtime;
        assert_eq!(quote::quote!(#rt).to_string(), ":: my :: rt");
    }

    #[test]
    fn a_clone_says_the_same() {
        let args = parse(quote::quote!(
            "my.yaml",
            code_enum = "MyCode",
            crate = "::my::rt",
            code_macro = "my_code",
            code_macro_export = "errors::inner",
        ))
        .unwrap();
        let copy = args.clone();
        assert_eq!(format!("{copy:?}"), format!("{args:?}"));
        let (CatalogSource::File(a), CatalogSource::File(b)) = (&args.source, &copy.source) else {
            panic!("expected a file")
        };
        assert_eq!(format!("{:?}", a.span()), format!("{:?}", b.span()));
        let default = Args::default();
        assert_eq!(format!("{:?}", default.clone()), format!("{default:?}"));
    }

    #[test]
    fn unknown_option_lists_the_valid_ones() {
        let err = parse(quote::quote!("a.yaml", enum_name = "X"))
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            "unknown option `enum_name`; valid options are: `bundled`, `code_enum`, `category_enum`, `codes_module`, `code_macro`, `code_macro_export`, `crate`, `error_type`, `result_type`, `prefix`, `doc_aliases`, `constants`, `docs`"
        );
        let err = parse(quote::quote!("a.yaml", code_enm = "X"))
            .err()
            .unwrap();
        assert!(
            err.to_string()
                .starts_with("unknown option `code_enm`; did you mean `code_enum`?"),
            "{err}"
        );
    }

    #[test]
    fn the_code_macro_is_exported_from_a_module() {
        let args = parse(quote::quote!(
            "a.yaml",
            code_macro = "app_code",
            code_macro_export = "crate::errors::app",
        ))
        .unwrap();
        let module: Vec<String> = args
            .code_macro_export
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(module, ["errors", "app"]);
        let root = parse(quote::quote!(
            "a.yaml",
            code_macro = "c",
            code_macro_export = "crate"
        ))
        .unwrap();
        assert_eq!(root.code_macro_export.map(|m| m.len()), Some(0));
        let err = parse(quote::quote!("a.yaml", code_macro_export = "errors"))
            .err()
            .unwrap();
        assert!(err.to_string().contains("name it too"), "{err}");
        let err = parse(quote::quote!(
            "a.yaml",
            code_macro = "c",
            code_macro_export = "a-b"
        ))
        .err()
        .unwrap();
        assert!(err.to_string().contains("is not a module path"), "{err}");
    }

    /// Every wrong value is reported, each once, and the arguments keep a default in its
    /// place so the stand-ins can be emitted.
    #[test]
    fn every_wrong_value_is_reported_and_replaced() {
        let (args, err) = syn::parse::Parser::parse2(
            Args::parse_lenient,
            quote::quote!(
                "a.yaml",
                code_enum = "",
                codes_module = "a b",
                code_macro = "fn"
            ),
        )
        .unwrap();
        let messages: Vec<String> = err.unwrap().into_iter().map(|e| e.to_string()).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(
            messages[0].starts_with("`code_enum` is empty"),
            "{messages:?}"
        );
        assert!(
            messages[1].starts_with("`codes_module` is `a b`"),
            "{messages:?}"
        );
        assert!(
            messages[2].starts_with("`code_macro` is `fn`, a Rust keyword"),
            "{messages:?}"
        );
        assert_eq!(args.code_enum, "ACode");
        // `a b` is read as the `a_b` its error names; nothing is meant by the others.
        assert_eq!(args.codes_module, "a_b");
        assert!(args.code_macro.is_none());
        let (_, err) =
            syn::parse::Parser::parse2(Args::parse_lenient, quote::quote!("a.yaml")).unwrap();
        assert!(err.is_none());
    }

    #[test]
    fn a_derived_alias_name_that_is_an_enum_s_own_is_not_generated() {
        let args = parse(quote::quote!("app.yaml", code_enum = "AppError")).unwrap();
        assert!(args.alias_names().is_none());
        let args = parse(quote::quote!("a.yaml", prefix = "App")).unwrap();
        let (error, result) = args.alias_names().unwrap();
        assert_eq!(
            (error.to_string(), result.to_string()),
            ("AppError".into(), "AppResult".into())
        );
        // Asked for by name, a clash is an error naming the option.
        let wrong = syn::parse::Parser::parse2(
            Args::parse_lenient,
            quote::quote!("app.yaml", code_enum = "AppError", error_type = "AppError"),
        )
        .unwrap()
        .1
        .unwrap();
        assert!(
            wrong
                .to_string()
                .contains("`error_type` and `code_enum` are both `AppError`"),
            "{wrong}"
        );
    }

    #[test]
    fn a_module_named_like_an_enum_is_one_error() {
        let (args, err) = syn::parse::Parser::parse2(
            Args::parse_lenient,
            quote::quote!("a.yaml", code_enum = "AppError", codes_module = "AppError"),
        )
        .unwrap();
        let messages: Vec<String> = err.unwrap().into_iter().map(|e| e.to_string()).collect();
        assert_eq!(
            messages,
            [
                "`codes_module` and `code_enum` are both `AppError`: a module and an enum cannot share a name; give the module a snake_case name, e.g. `codes_module = \"app_error_codes\"`"
            ]
        );
        assert_eq!(args.code_enum, "AppError");
        assert_ne!(args.codes_module, "AppError");
        let err = parse(quote::quote!(category_enum = "Kind", codes_module = "Kind"))
            .err()
            .unwrap();
        assert!(
            err.to_string()
                .starts_with("`codes_module` and `category_enum` are both `Kind`"),
            "{err}"
        );
        let (args, _) = syn::parse::Parser::parse2(
            Args::parse_lenient,
            quote::quote!(code_enum = "A", category_enum = "A"),
        )
        .unwrap();
        assert_ne!(args.category_enum, args.code_enum);
    }

    #[test]
    fn an_unquoted_path_is_read_as_meant() {
        for (tokens, path) in [
            (quote::quote!(errors.yaml), "errors.yaml"),
            (
                quote::quote!(errors / app.yaml, code_enum = "E"),
                "errors/app.yaml",
            ),
            (quote::quote!(my - errors.yml), "my-errors.yml"),
        ] {
            let (args, err) = syn::parse::Parser::parse2(Args::parse_lenient, tokens).unwrap();
            assert_eq!(
                err.unwrap().to_string(),
                format!(
                    "the catalog path must be a string literal: write `zim_errors!(\"{path}\")`"
                )
            );
            let CatalogSource::File(file) = &args.source else {
                panic!("a file")
            };
            assert_eq!(file.value(), path);
        }
        // An option name is not taken for a path.
        let err = parse(quote::quote!(enum_name = "X")).err().unwrap();
        assert!(err.to_string().starts_with("unknown option"), "{err}");
    }

    #[test]
    fn snake_names_for_hints() {
        assert_eq!(snake("AppError"), "app_error");
        assert_eq!(snake("A"), "a");
        assert_eq!(snake("HTTPServer"), "http_server");
        assert_eq!(snake("Errors2024"), "errors2024");
        assert_eq!(snake("V2Api"), "v2_api");
    }

    #[test]
    fn bad_values_are_errors() {
        let err = parse(quote::quote!(code_enum = "not an ident"))
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            "`code_enum` is `not an ident`, which is not a Rust identifier: write `code_enum = \"NotAnIdent\"`"
        );
        let err = parse(quote::quote!(codes_module = "")).err().unwrap();
        assert_eq!(
            err.to_string(),
            "`codes_module` is empty: write a name, e.g. `codes_module = \"app_codes\"`"
        );
        let err = parse(quote::quote!(category_enum = "type")).err().unwrap();
        assert_eq!(
            err.to_string(),
            "`category_enum` is `type`, a Rust keyword: write another name, e.g. `category_enum = \"AppCategory\"`"
        );
        let err = parse(quote::quote!(code_enum = X)).err().unwrap();
        assert!(
            err.to_string()
                .starts_with("the value of `code_enum` must be a string literal")
        );
        let err = parse(quote::quote!(code_enum = "A", code_enum = "B"))
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            "option `code_enum` is given twice: remove one of them"
        );
        let err = parse(quote::quote!(
            code_enum = "ShopCode",
            category_enum = "ShopCode"
        ))
        .err()
        .unwrap();
        assert_eq!(
            err.to_string(),
            "`code_enum` and `category_enum` are both `ShopCode`: give the categories their own name, e.g. `category_enum = \"ShopCategory\"`"
        );
    }

    #[test]
    fn aliases_are_named_after_the_prefix_unless_told() {
        let names = |tokens| {
            let args = parse(tokens).unwrap();
            args.alias_names()
                .map(|(e, r)| (e.to_string(), r.to_string()))
        };
        let pair = |e: &str, r: &str| Some((e.to_owned(), r.to_owned()));
        assert_eq!(
            names(quote::quote!("b.yaml", prefix = "Billing")),
            pair("BillingError", "BillingResult")
        );
        // Not from the code enum's name: one rule, whatever the items are called.
        assert_eq!(
            names(quote::quote!("b.yaml", code_enum = "BillingCode")),
            pair("BError", "BResult")
        );
        assert_eq!(
            names(quote::quote!(
                "b.yaml",
                code_enum = "BillingCode",
                error_type = "BillErr",
                result_type = "BillRes"
            )),
            pair("BillErr", "BillRes")
        );
        assert_eq!(
            names(quote::quote!(bundled = "server")),
            pair("ServerError", "ServerResult")
        );
        assert_eq!(
            names(quote::quote!(bundled = "server", error_type = "SrvError")),
            pair("SrvError", "ServerResult")
        );
    }

    #[test]
    fn aliases_must_not_clash() {
        let message = |tokens| parse(tokens).err().unwrap().to_string();
        // A derived default that clashes is not generated (not an error about an option
        // nobody wrote): `a_derived_alias_name_that_is_an_enum_s_own_is_not_generated`.
        assert!(parse(quote::quote!("b.yaml", code_enum = "BillingError")).is_ok());
        assert_eq!(
            message(quote::quote!("b.yaml", error_type = "BCategory")),
            "`error_type` and `category_enum` are both `BCategory`: give the alias another name, e.g. `error_type = \"BError\"`"
        );
        assert_eq!(
            message(quote::quote!("b.yaml", error_type = "X", result_type = "X")),
            "`error_type` and `result_type` are both `X`: give them different names, e.g. `result_type = \"BResult\"`"
        );
    }

    fn lenient(tokens: proc_macro2::TokenStream) -> (Args, Vec<String>) {
        let (args, err) = syn::parse::Parser::parse2(Args::parse_lenient, tokens).unwrap();
        let messages =
            err.map_or_else(Vec::new, |e| e.into_iter().map(|e| e.to_string()).collect());
        (args, messages)
    }

    /// Slips that leave no doubt what was meant: one error each naming the fix, and the
    /// arguments read as meant, so the stand-ins carry the names later code uses.
    #[test]
    fn slips_are_read_as_meant() {
        let (args, messages) = lenient(quote::quote!("a.yaml", code_enm = "ShopCode"));
        assert!(messages[0].starts_with("unknown option `code_enm`; did you mean `code_enum`?"));
        assert_eq!(
            (messages.len(), args.code_enum.to_string()),
            (1, "ShopCode".into())
        );

        let (args, messages) = lenient(quote::quote!("a.yaml", code_enum = ShopCode, crate = ::rt));
        assert_eq!(
            messages,
            [
                "the value of `code_enum` must be a string literal: write `code_enum = \"ShopCode\"`",
                "the value of `crate` must be a string literal: write `crate = \"::rt\"`",
            ]
        );
        assert_eq!(args.code_enum, "ShopCode");
        let rt = &args.runtime;
        assert_eq!(quote::quote!(#rt).to_string(), ":: rt");

        let (args, messages) = lenient(quote::quote!(path = "shop.yaml", code_enum = "ShopCode"));
        assert_eq!(
            messages,
            ["the catalog path comes first, without a name: write `zim_errors!(\"shop.yaml\", …)`"]
        );
        let CatalogSource::File(file) = &args.source else {
            panic!("a file")
        };
        assert_eq!(
            (file.value(), args.code_enum.to_string()),
            ("shop.yaml".into(), "ShopCode".into())
        );

        let (args, messages) =
            lenient(quote::quote!("a.yaml", code_enum: "ShopCode" category_enum = "Area"));
        assert_eq!(
            messages,
            [
                "options are set with `=`, not `:`: write `code_enum = \"ShopCode\"`",
                "expected `,` before `category_enum`: options are separated by commas",
            ]
        );
        assert_eq!(
            (args.code_enum.to_string(), args.category_enum.to_string()),
            ("ShopCode".into(), "Area".into())
        );

        let (args, messages) = lenient(quote::quote!(file: "shop.yaml"));
        assert_eq!(
            messages,
            ["the catalog path comes first, without a name: write `zim_errors!(\"shop.yaml\", …)`"]
        );
        assert!(matches!(args.source, CatalogSource::File(_)));

        let (_, messages) = lenient(quote::quote!("a.yaml", code_enum "ShopCode"));
        assert_eq!(
            messages,
            ["expected `=` after `code_enum`: write `code_enum = \"ShopCode\"`"]
        );

        let (args, messages) = lenient(quote::quote!(bundled = "sever"));
        assert_eq!(
            messages,
            [
                "unknown bundled catalog `sever`; did you mean `server`? expected one of `client`, `server`"
            ]
        );
        assert!(matches!(
            args.source,
            CatalogSource::Bundled(Bundled::Server)
        ));

        let (args, messages) = lenient(quote::quote!("a.yaml", code_enum = "A", code_enum = "B"));
        assert_eq!(
            messages,
            ["option `code_enum` is given twice: remove one of them"]
        );
        assert_eq!(args.code_enum, "A");

        let (_, messages) = lenient(quote::quote!("a.yaml", code_enum = , category_enum = "B"));
        assert_eq!(
            messages,
            ["`code_enum` has no value: write `code_enum = \"…\"`, or leave the option out"]
        );
    }

    /// A name that is not an identifier: the fix is the name respelt, the last segment of
    /// a path, or an example; the stand-ins take the first two.
    #[test]
    fn names_that_are_not_identifiers_name_the_fix() {
        let (args, messages) = lenient(quote::quote!(
            "a.yaml",
            code_enum = "crate::errors::ShopCode",
            category_enum = "shop-area",
            codes_module = "ShopCodes",
            code_macro = "shop_code!",
            error_type = "404",
        ));
        assert_eq!(
            messages,
            [
                "`code_enum` is `crate::errors::ShopCode`, a path: the item is generated where `zim_errors!` is called, so write its name alone, `code_enum = \"ShopCode\"`",
                "`category_enum` is `shop-area`, which is not a Rust identifier: write `category_enum = \"ShopArea\"`",
                "`code_macro` is `shop_code!`, which is not a Rust identifier: write `code_macro = \"shop_code\"`",
                "`error_type` is `404`, which is not a Rust identifier: write a name, e.g. `error_type = \"AppError\"`",
            ]
        );
        assert_eq!(args.code_enum, "ShopCode");
        assert_eq!(args.category_enum, "ShopArea");
        // An identifier in the wrong case is still an identifier: rustc's lints speak.
        assert_eq!(args.codes_module, "ShopCodes");
        assert_eq!(args.code_macro.unwrap(), "shop_code");
        assert!(args.error_type.is_none());
    }

    /// Each option's example, and `::` that leaves no name is not taken for a path.
    #[test]
    fn the_fix_fits_the_option() {
        let (_, messages) = lenient(quote::quote!(
            "a.yaml",
            result_type = "",
            codes_module = "",
            code_macro = "",
            code_enum = "errors::",
        ));
        assert_eq!(
            messages,
            [
                "`result_type` is empty: write a name, e.g. `result_type = \"AppResult\"`",
                "`codes_module` is empty: write a name, e.g. `codes_module = \"app_codes\"`",
                "`code_macro` is empty: write a name, e.g. `code_macro = \"app_code\"`",
                "`code_enum` is `errors::`, which is not a Rust identifier: write `code_enum = \"Errors\"`",
            ]
        );
    }

    /// Every pair of generated names that would clash is one error at the option to
    /// change, naming a free name, and the clashing item gets a hidden name.
    #[test]
    fn generated_names_never_collide() {
        let (args, messages) = lenient(quote::quote!(
            "a.yaml",
            code_enum = "ShopCode",
            code_macro = "ShopCode"
        ));
        assert_eq!(
            messages,
            [
                "`code_macro` and `code_enum` are both `ShopCode`: the macro's crate-wide `use` would clash with the code enum; give the macro a snake_case name, e.g. `code_macro = \"shop_code\"`"
            ]
        );
        assert_eq!(args.code_macro.unwrap(), "ShopCode");
        let (_, messages) = lenient(quote::quote!(
            "a.yaml",
            code_enum = "ShopCode",
            codes_module = "m",
            code_macro = "m"
        ));
        assert_eq!(messages.len(), 1);
        assert!(
            messages[0].starts_with("`code_macro` and `codes_module` are both `m`"),
            "{messages:?}"
        );
        // Exported, the macro is re-exported under a hidden name: no clash.
        let (_, messages) = lenient(quote::quote!(
            "a.yaml",
            code_enum = "ShopCode",
            code_macro = "ShopCode",
            code_macro_export = "crate"
        ));
        assert!(messages.is_empty(), "{messages:?}");

        let (args, messages) = lenient(quote::quote!(
            "a.yaml",
            prefix = "Shop",
            codes_module = "ShopError"
        ));
        assert_eq!(
            messages,
            [
                "`codes_module` is `ShopError`, the name of the alias `error_type` gives by default: a module and a type cannot share a name; give the module a snake_case name, e.g. `codes_module = \"shop_codes\"`"
            ]
        );
        assert_ne!(args.codes_module, "ShopError");
        let (_, messages) = lenient(quote::quote!(
            "a.yaml",
            result_type = "Res",
            codes_module = "Res"
        ));
        assert!(
            messages[0].starts_with("`codes_module` and `result_type` are both `Res`"),
            "{messages:?}"
        );

        let (args, messages) = lenient(quote::quote!(
            "a.yaml",
            code_enum = "Shop",
            category_enum = "Shop"
        ));
        assert_eq!(
            messages,
            [
                "`code_enum` and `category_enum` are both `Shop`: give the categories their own name, e.g. `category_enum = \"ShopCategory\"`"
            ]
        );
        assert_eq!(args.category_enum, "ShopCategory");
        // Every generated name differs once the errors are reported.
        for tokens in [
            quote::quote!(
                "a.yaml",
                code_enum = "X",
                category_enum = "X",
                codes_module = "X"
            ),
            quote::quote!(
                "a.yaml",
                code_enum = "XCode",
                codes_module = "XError",
                error_type = "XCode"
            ),
            quote::quote!(
                "a.yaml",
                error_type = "E",
                result_type = "E",
                codes_module = "E"
            ),
        ] {
            let (args, messages) = lenient(tokens);
            assert!(!messages.is_empty());
            let names: Vec<String> = args
                .type_names()
                .iter()
                .map(|(_, n)| n.to_string())
                .collect();
            let mut unique = names.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), names.len(), "{names:?}");
        }
    }
}
