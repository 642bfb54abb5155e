//! Stage 1: the macro's arguments — which catalog, and how to name what it generates.

use proc_macro2::Span;
use syn::ext::IdentExt as _;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Path, Token};

/// A catalog embedded in the engine when it was built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
pub enum CatalogSource {
    /// A catalog embedded in this crate when it was built.
    Bundled(Bundled),
    /// A YAML file of the caller's, relative to the invoking crate's `CARGO_MANIFEST_DIR`.
    File(LitStr),
}

/// Everything `zim_errors!(...)` was told.
pub struct Args {
    /// Which catalog.
    pub source: CatalogSource,
    /// The name of the code enum.
    pub code_enum: Ident,
    /// The name of the category enum.
    pub category_enum: Ident,
    /// The name of the constants module.
    pub codes_module: Ident,
    /// Path of the runtime crate the generated code implements traits of.
    pub runtime: Path,
    /// Name of a generated `macro_rules!` that checks code literals (file catalogs only).
    pub code_macro: Option<Ident>,
    /// `code_macro_export = "errors"`: export the code macro for other crates; the path
    /// of the module `zim_errors!` is invoked in, from the crate root (empty: the root).
    pub code_macro_export: Option<Vec<Ident>>,
    /// `error_type = "BillingError"`: the name of the generated `Error<Code>` alias.
    pub error_type: Option<Ident>,
    /// `result_type = "BillingResult"`: the name of the generated `Result` alias.
    pub result_type: Option<Ident>,
    /// `doc_aliases = false`: no `#[doc(alias(…))]` (number, SDK name) on the variants.
    pub doc_aliases: bool,
    /// `constants = false`: no module of `u32` constants.
    pub constants: bool,
    /// `docs = "brief"`: one line of doc per variant and per constant, and no table of
    /// codes on the enum.
    pub docs: Docs,
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
pub const OPTIONS: [&str; 12] = [
    "bundled",
    "code_enum",
    "category_enum",
    "codes_module",
    "code_macro",
    "code_macro_export",
    "crate",
    "error_type",
    "result_type",
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
            code_enum: ident("ZimErrorCode"),
            category_enum: ident("Category"),
            codes_module: ident("codes"),
            runtime: syn::parse_quote!(::zimerr),
            code_macro: None,
            code_macro_export: None,
            error_type: None,
            result_type: None,
            doc_aliases: true,
            constants: true,
            docs: Docs::Full,
        }
    }
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let (args, error) = Args::parse_lenient(input)?;
        match error {
            Some(error) => Err(error),
            None => Ok(args),
        }
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
    /// with a default in place of each value that is wrong, and every mistake (combined),
    /// so the macro reports them all and still emits the stand-in items the arguments ask
    /// for. `Err` only when the tokens cannot be read as options at all.
    pub fn parse_lenient(input: ParseStream<'_>) -> syn::Result<(Args, Option<syn::Error>)> {
        let mut args = Args::default();
        let mut errors = Errors::default();
        if input.peek(LitStr) {
            args.source = CatalogSource::File(input.parse()?);
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        } else if let Some((path, span)) = unquoted_path(input) {
            // `zim_errors!(errors.yaml)`: read as meant, so the stand-ins hold its codes.
            errors.push(syn::Error::new(
                span,
                format!("expected a string literal path: write `zim_errors!(\"{path}\")`"),
            ));
            args.source = CatalogSource::File(LitStr::new(&path, span));
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        let mut seen: Vec<String> = Vec::new();
        let mut export_key: Option<Ident> = None;
        while !input.is_empty() {
            // `crate` is a keyword, so options are read as raw identifiers.
            let key: Ident = input.call(syn::ext::IdentExt::parse_any)?;
            let name = key.to_string();
            if !OPTIONS.contains(&name.as_str()) {
                let valid = OPTIONS.map(|o| format!("`{o}`")).join(", ");
                let message = match crate::suggest::closest(&name, &OPTIONS) {
                    Some(best) => format!(
                        "unknown option `{name}`; did you mean `{best}`? valid options are: {valid}"
                    ),
                    None => format!("unknown option `{name}`; valid options are: {valid}"),
                };
                return Err(syn::Error::new(key.span(), message));
            }
            if seen.contains(&name) {
                return Err(syn::Error::new(
                    key.span(),
                    format!("option `{name}` is given twice"),
                ));
            }
            input.parse::<Token![=]>()?;
            if BOOL_OPTIONS.contains(&name.as_str()) {
                let value: syn::LitBool = input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        format!(
                            "the value of `{name}` must be `true` or `false`, e.g. `{name} = false`"
                        ),
                    )
                })?;
                match name.as_str() {
                    "doc_aliases" => args.doc_aliases = value.value,
                    _ => args.constants = value.value,
                }
                seen.push(name);
                if !input.is_empty() {
                    input.parse::<Token![,]>()?;
                }
                continue;
            }
            let value: LitStr = input.parse().map_err(|e| {
                syn::Error::new(
                    e.span(),
                    format!(
                        "the value of `{name}` must be a string literal, e.g. `{name} = \"...\"`"
                    ),
                )
            })?;
            match name.as_str() {
                "bundled" => {
                    if matches!(args.source, CatalogSource::File(_)) {
                        return Err(syn::Error::new(
                            key.span(),
                            "`bundled` names a catalog of zimerr's own; give either a path or `bundled`",
                        ));
                    }
                    args.source = CatalogSource::Bundled(match value.value().as_str() {
                        "client" => Bundled::Client,
                        "server" => Bundled::Server,
                        other => {
                            return Err(syn::Error::new(
                                value.span(),
                                format!(
                                    "unknown bundled catalog `{other}`; expected `client` or `server`"
                                ),
                            ));
                        }
                    });
                }
                "code_enum" | "category_enum" | "codes_module" => {
                    match parse_ident(&name, &value) {
                        Ok(ident) if name == "code_enum" => args.code_enum = ident,
                        Ok(ident) if name == "category_enum" => args.category_enum = ident,
                        Ok(ident) => args.codes_module = ident,
                        Err(e) => errors.push(e),
                    }
                }
                "code_macro" => {
                    if matches!(args.source, CatalogSource::Bundled(_)) {
                        return Err(syn::Error::new(
                            key.span(),
                            "`code_macro` needs a catalog path; the bundled catalogs have `zimerr::code!` and `zimerr::server::code!`",
                        ));
                    }
                    match parse_ident(&name, &value) {
                        Ok(ident) => args.code_macro = Some(ident),
                        Err(e) => errors.push(e),
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
                "error_type" | "result_type" => match parse_ident(&name, &value) {
                    Ok(ident) if name == "error_type" => args.error_type = Some(ident),
                    Ok(ident) => args.result_type = Some(ident),
                    Err(e) => errors.push(e),
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
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        if let (Some(key), None) = (&export_key, &args.code_macro) {
            errors.push(syn::Error::new(
                key.span(),
                "`code_macro_export` exports the `code_macro`; name it too, e.g. `code_macro = \"app_code\"`",
            ));
            args.code_macro_export = None;
        }
        if args.code_enum == args.category_enum {
            errors.push(syn::Error::new(
                args.category_enum.span(),
                format!(
                    "`code_enum` and `category_enum` are both `{}`; give them different names",
                    args.code_enum
                ),
            ));
            args.category_enum =
                Ident::new(&format!("{}Category", args.code_enum), Span::call_site());
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
        if let Err(e) = check_alias_names(&args) {
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
        Ok((args, errors.0))
    }
}

impl Args {
    /// The names of the `Error` and `Result` aliases generated next to the code enum, or
    /// `None` when none are generated: a catalog file gets them (named after the code
    /// enum unless `error_type`/`result_type` say), a bundled catalog only when an option
    /// names them (zimerr writes its own: `ZimError`, `Result`).
    ///
    /// ```
    /// let args: zimerr_catalog::args::Args =
    ///     syn::parse_quote!("billing.yaml", code_enum = "BillingCode");
    /// let (error, result) = args.alias_names().unwrap();
    /// assert_eq!((error.to_string(), result.to_string()), ("BillingError".into(), "BillingResult".into()));
    /// ```
    pub fn alias_names(&self) -> Option<(Ident, Ident)> {
        let named = self.error_type.is_some() || self.result_type.is_some();
        if matches!(self.source, CatalogSource::Bundled(_)) && !named {
            return None;
        }
        let code_enum = self.code_enum.to_string();
        // `BillingCode` → `Billing`, `ZimErrorCode` → `ZimError`.
        let stem = code_enum
            .strip_suffix("Code")
            .filter(|s| !s.is_empty())
            .unwrap_or(&code_enum);
        let base = stem
            .strip_suffix("Error")
            .filter(|s| !s.is_empty())
            .unwrap_or(stem);
        let span = self.code_enum.span();
        // A derived name that is already an enum's (`code_enum = "AppError"`): no alias
        // unless asked for, rather than an error about an option the user never wrote.
        let derived = |suffix: &str| Ident::new(&format!("{base}{suffix}"), span);
        let taken = |name: &Ident| *name == self.code_enum || *name == self.category_enum;
        if !named && (taken(&derived("Error")) || taken(&derived("Result"))) {
            return None;
        }
        let error = self
            .error_type
            .clone()
            .unwrap_or_else(|| Ident::new(&format!("{base}Error"), span));
        let result = self
            .result_type
            .clone()
            .unwrap_or_else(|| Ident::new(&format!("{base}Result"), span));
        Some((error, result))
    }
}

/// The aliases must not take the name of another generated item, or of each other.
fn check_alias_names(args: &Args) -> syn::Result<()> {
    let Some((error, result)) = args.alias_names() else {
        return Ok(());
    };
    let taken = [
        ("code_enum", &args.code_enum),
        ("category_enum", &args.category_enum),
    ];
    for (option, name, given) in [
        ("error_type", &error, args.error_type.is_some()),
        ("result_type", &result, args.result_type.is_some()),
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
                    format!("{what}; give `{option} = \"...\"` another name"),
                ));
            }
        }
    }
    if error == result {
        return Err(syn::Error::new(
            result.span(),
            format!("`error_type` and `result_type` are both `{error}`; give them different names"),
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

/// `AppError` → `app_error`, for a hint.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
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

/// The identifier an option names, or an error naming the option and an example.
fn parse_ident(option: &str, value: &LitStr) -> syn::Result<Ident> {
    let example = match option {
        "code_enum" => "AppError",
        "category_enum" => "AppCategory",
        "codes_module" => "app_codes",
        _ => "app_code",
    };
    let text = value.value();
    value.parse().map_err(|_| {
        let problem = if text.trim().is_empty() {
            format!("`{option}` is empty")
        } else if crate::validate::is_keyword_name(text.trim()) {
            format!("`{option}` is `{text}`, a Rust keyword")
        } else {
            format!("`{option}` is `{text}`, which is not a Rust identifier")
        };
        syn::Error::new(
            value.span(),
            format!("{problem}: write a name, e.g. `{option} = \"{example}\"`"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(tokens: proc_macro2::TokenStream) -> syn::Result<Args> {
        syn::parse2(tokens)
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
                "the value of `doc_aliases` must be `true` or `false`, e.g. `doc_aliases = false`"
            )
        );
        assert_eq!(
            message(quote::quote!("a.yaml", docs = "short")).as_deref(),
            Some("unknown `docs` value `short`; expected `\"full\"` or `\"brief\"`")
        );
        assert_eq!(
            message(quote::quote!("a.yaml", constants = false, constants = true)).as_deref(),
            Some("option `constants` is given twice")
        );
    }

    #[test]
    fn empty_input_means_the_bundled_catalog_with_default_names() {
        let args = parse(quote::quote!()).unwrap();
        assert!(matches!(
            args.source,
            CatalogSource::Bundled(Bundled::Client)
        ));
        assert_eq!(args.code_enum, "ZimErrorCode");
        assert_eq!(args.category_enum, "Category");
        assert_eq!(args.codes_module, "codes");
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
            "unknown option `enum_name`; valid options are: `bundled`, `code_enum`, `category_enum`, `codes_module`, `code_macro`, `code_macro_export`, `crate`, `error_type`, `result_type`, `doc_aliases`, `constants`, `docs`"
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
        assert_eq!(args.code_enum, "ZimErrorCode");
        assert_eq!(args.codes_module, "codes");
        assert!(args.code_macro.is_none());
        let (_, err) =
            syn::parse::Parser::parse2(Args::parse_lenient, quote::quote!("a.yaml")).unwrap();
        assert!(err.is_none());
    }

    #[test]
    fn a_derived_alias_name_that_is_an_enum_s_own_is_not_generated() {
        let args: Args = syn::parse_quote!("a.yaml", code_enum = "AppError");
        assert!(args.alias_names().is_none());
        let args: Args = syn::parse_quote!("a.yaml", code_enum = "AppCode");
        let (error, result) = args.alias_names().unwrap();
        assert_eq!(
            (error.to_string(), result.to_string()),
            ("AppError".into(), "AppResult".into())
        );
        // Asked for by name, a clash is an error naming the option.
        let wrong = syn::parse::Parser::parse2(
            Args::parse_lenient,
            quote::quote!("a.yaml", code_enum = "AppError", error_type = "AppError"),
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
                format!("expected a string literal path: write `zim_errors!(\"{path}\")`")
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
    }

    #[test]
    fn bad_values_are_errors() {
        let err = parse(quote::quote!(code_enum = "not an ident"))
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            "`code_enum` is `not an ident`, which is not a Rust identifier: write a name, e.g. `code_enum = \"AppError\"`"
        );
        let err = parse(quote::quote!(codes_module = "")).err().unwrap();
        assert_eq!(
            err.to_string(),
            "`codes_module` is empty: write a name, e.g. `codes_module = \"app_codes\"`"
        );
        let err = parse(quote::quote!(category_enum = "type")).err().unwrap();
        assert_eq!(
            err.to_string(),
            "`category_enum` is `type`, a Rust keyword: write a name, e.g. `category_enum = \"AppCategory\"`"
        );
        let err = parse(quote::quote!(code_enum = X)).err().unwrap();
        assert!(
            err.to_string()
                .starts_with("the value of `code_enum` must be a string literal")
        );
        let err = parse(quote::quote!(code_enum = "A", code_enum = "B"))
            .err()
            .unwrap();
        assert_eq!(err.to_string(), "option `code_enum` is given twice");
        let err = parse(quote::quote!(code_enum = "A", category_enum = "A"))
            .err()
            .unwrap();
        assert!(err.to_string().contains("give them different names"));
    }

    #[test]
    fn aliases_are_named_after_the_code_enum_unless_told() {
        let names = |tokens| {
            let args = parse(tokens).unwrap();
            args.alias_names()
                .map(|(e, r)| (e.to_string(), r.to_string()))
        };
        let pair = |e: &str, r: &str| Some((e.to_owned(), r.to_owned()));
        assert_eq!(
            names(quote::quote!("b.yaml", code_enum = "BillingCode")),
            pair("BillingError", "BillingResult")
        );
        assert_eq!(
            names(quote::quote!("b.yaml", code_enum = "AppErrorCode")),
            pair("AppError", "AppResult")
        );
        assert_eq!(
            names(quote::quote!("b.yaml", code_enum = "Codes")),
            pair("CodesError", "CodesResult")
        );
        assert_eq!(
            names(quote::quote!("b.yaml")),
            pair("ZimError", "ZimResult")
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
        // The bundled catalogs have hand-written aliases: none unless asked for.
        assert_eq!(names(quote::quote!(bundled = "server")), None);
        assert_eq!(
            names(quote::quote!(bundled = "server", error_type = "SrvError")),
            pair("SrvError", "ZimResult")
        );
    }

    #[test]
    fn aliases_must_not_clash() {
        let message = |tokens| parse(tokens).err().unwrap().to_string();
        // A derived default that clashes is not generated (not an error about an option
        // nobody wrote): `a_derived_alias_name_that_is_an_enum_s_own_is_not_generated`.
        assert!(parse(quote::quote!("b.yaml", code_enum = "BillingError")).is_ok());
        assert_eq!(
            message(quote::quote!("b.yaml", error_type = "Category")),
            "`error_type` and `category_enum` are both `Category`; give `error_type = \"...\"` another name"
        );
        assert!(
            message(quote::quote!("b.yaml", error_type = "X", result_type = "X"))
                .contains("give them different names")
        );
    }
}
