//! The ablation of issue 15: which generated construct does rustc pay for?
//!
//! Expands a catalog through the real engine (`zimerr_catalog::expand_source`, what
//! `zim_errors!` emits), then writes one Rust file per ablation: the whole expansion with
//! ONE construct taken out (or its body stubbed where the rest of the code calls it), plus
//! `full.rs` (nothing removed) and `floorlike.rs` (every ablation at once). Each file
//! compiles as a leaf crate depending on `zimerr`; `bench/ablate.py` builds and times them.
//!
//! Usage: `ablate CATALOG.yaml OUT_DIR` (release build recommended: at 50,000 codes the
//! expansion is about 50 MB of Rust).

use std::{env, fs, path::Path, process::ExitCode};

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, File, ImplItem, Item, parse_quote};

use zimerr_catalog::{Args, SourceText};

/// One construct to take out: its name (the output file's stem), what it removes, and
/// the edit.
struct Ablation {
    name: String,
    what: &'static str,
    edit: Box<dyn Fn(&mut File)>,
}

impl Ablation {
    fn new(name: &str, what: &'static str, edit: impl Fn(&mut File) + 'static) -> Self {
        Ablation {
            name: name.to_owned(),
            what,
            edit: Box::new(edit),
        }
    }
}

/// Inherent accessors of the code enum whose body reads a per-code static table; their
/// ablation keeps the signature (the trait impl and the facade call them) and replaces
/// the body, so the table is gone.
const TABLE_ACCESSORS: &[&str] = &[
    "description",
    "solution",
    "sdk_name",
    "errata",
    "description_zh",
    "solution_zh",
    "cause",
    "since",
    "deprecation",
    "category",
    "action",
    "is_retryable",
];

fn ablations() -> Vec<Ablation> {
    let mut list = vec![
        Ablation::new(
            "full",
            "nothing removed: the expansion as zim_errors! emits it",
            |_| {},
        ),
        Ablation::new(
            "no-aliases",
            "every #[doc(alias)] (variants and constants)",
            |file| StripAll(is_alias).visit_file_mut(file),
        ),
        Ablation::new(
            "no-variant-docs",
            "the #[doc] of every variant of the code enum",
            |file| {
                if let Some(code_enum) = code_enum(file) {
                    for variant in &mut code_enum.variants {
                        variant.attrs.retain(|a| !is_doc_text(a));
                    }
                }
            },
        ),
        Ablation::new(
            "short-enum-doc",
            "the enum-level table (one row per code) of the code enum's doc",
            |file| {
                if let Some(code_enum) = code_enum(file) {
                    shorten_table_doc(&mut code_enum.attrs);
                }
            },
        ),
        Ablation::new(
            "no-constants",
            "the `codes` module of u32 constants",
            |file| file.items.retain(|item| !is_constants_mod(item)),
        ),
        Ablation::new(
            "no-constant-docs",
            "the docs and aliases of the `codes` constants (the constants stay)",
            |file| {
                for item in &mut file.items {
                    if let (true, Item::Mod(module)) = (is_constants_mod(item), item) {
                        for inner in module.content.iter_mut().flat_map(|(_, items)| items) {
                            if let Item::Const(constant) = inner {
                                constant.attrs.retain(|a| !is_doc(a));
                            }
                        }
                    }
                }
            },
        ),
        Ablation::new(
            "no-phf",
            "the perfect hash (`__entry` returns 0: every lookup reads slot 0)",
            |file| {
                stub_fn(
                    file,
                    "__entry",
                    quote!({
                        let _ = code;
                        0
                    }),
                )
            },
        ),
        Ablation::new(
            "no-trait-impls",
            "impl ErrorCode and the serde glue (the facade's generic side)",
            |file| {
                file.items.retain(|item| match item {
                    Item::Impl(imp) => !imp
                        .trait_
                        .as_ref()
                        .is_some_and(|(path, _)| path_ends_with(path, "ErrorCode")),
                    Item::Macro(mac) => !path_ends_with(&mac.mac.path, "impl_serde_for_code"),
                    _ => true,
                })
            },
        ),
        Ablation::new(
            "no-from-str",
            "FromStr (its by-name index table and binary search)",
            |file| {
                file.items.retain(|item| match item {
                    Item::Impl(imp) => !imp
                        .trait_
                        .as_ref()
                        .is_some_and(|(path, _)| path_ends_with(path, "FromStr")),
                    _ => true,
                })
            },
        ),
    ];
    for &accessor in TABLE_ACCESSORS {
        list.push(Ablation::new(
            &format!("no-table-{accessor}"),
            "one accessor's static table (the body panics instead)",
            move |f| stub_table(f, accessor),
        ));
    }
    list
}

/// Every ablation at once, `full` aside: what is left is the enum with its docs, the
/// names and codes tables, the hash and the small trait impls.
fn all_at_once(file: &mut File, list: &[Ablation]) {
    for ablation in list.iter().filter(|a| a.name != "full") {
        (ablation.edit)(file);
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = env::args().collect();
    let [_, catalog, out_dir] = argv.as_slice() else {
        eprintln!("usage: ablate CATALOG.yaml OUT_DIR");
        return ExitCode::from(2);
    };
    let text = match fs::read_to_string(catalog) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: cannot read `{catalog}`: {e}");
            return ExitCode::from(2);
        }
    };
    let args = Args::parse(r#""catalog.yaml""#).expect("a path is a valid argument");
    let tokens = match zimerr_catalog::expand_source(
        &args,
        &SourceText::from_text(catalog.as_str(), text),
    ) {
        Ok(tokens) => tokens,
        Err(error) => {
            for problem in &error {
                eprintln!("{problem}");
            }
            return ExitCode::from(1);
        }
    };
    let file: File = match syn::parse2(tokens) {
        Ok(file) => file,
        Err(e) => {
            eprintln!("error: the expansion does not parse as a Rust file: {e}");
            return ExitCode::from(1);
        }
    };
    let out = Path::new(out_dir);
    if let Err(e) = fs::create_dir_all(out) {
        eprintln!("error: cannot create `{out_dir}`: {e}");
        return ExitCode::from(2);
    }
    let list = ablations();
    let mut index = String::from("name\tbytes\twhat\n");
    let mut write = |name: &str, what: &str, edited: &File| -> std::io::Result<()> {
        let text = edited.to_token_stream().to_string();
        index.push_str(&format!("{name}\t{}\t{what}\n", text.len()));
        fs::write(out.join(format!("{name}.rs")), text)
    };
    for ablation in &list {
        let mut edited = file.clone();
        (ablation.edit)(&mut edited);
        if let Err(e) = write(&ablation.name, ablation.what, &edited) {
            eprintln!("error: cannot write `{}`: {e}", ablation.name);
            return ExitCode::from(2);
        }
    }
    let mut floorlike = file.clone();
    all_at_once(&mut floorlike, &list);
    if let Err(e) = write("all-ablations", "every ablation above at once", &floorlike) {
        eprintln!("error: cannot write `all-ablations`: {e}");
        return ExitCode::from(2);
    }
    if let Err(e) = fs::write(out.join("index.tsv"), index) {
        eprintln!("error: cannot write the index: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

fn is_doc(attr: &Attribute) -> bool {
    attr.path().is_ident("doc")
}

fn is_doc_text(attr: &Attribute) -> bool {
    is_doc(attr) && matches!(attr.meta, syn::Meta::NameValue(_))
}

fn is_alias(attr: &Attribute) -> bool {
    is_doc(attr) && !is_doc_text(attr)
}

fn path_ends_with(path: &syn::Path, name: &str) -> bool {
    path.segments.last().is_some_and(|s| s.ident == name)
}

fn is_constants_mod(item: &Item) -> bool {
    matches!(item, Item::Mod(module) if module.ident == "codes")
}

/// The code enum: the first enum of the expansion (the category enum comes after it).
fn code_enum(file: &mut File) -> Option<&mut syn::ItemEnum> {
    file.items.iter_mut().find_map(|item| match item {
        Item::Enum(e) => Some(e),
        _ => None,
    })
}

/// Cuts the code enum's doc before its per-code table (the line starting `| Code`).
fn shorten_table_doc(attrs: &mut [Attribute]) {
    for attr in attrs.iter_mut().filter(|a| is_doc_text(a)) {
        if let syn::Meta::NameValue(nv) = &mut attr.meta
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &nv.value
            && let Some(at) = text.value().find("\n\n| Code")
        {
            let short = text.value()[..at].to_owned();
            nv.value = parse_quote!(#short);
        }
    }
}

/// Replaces the body of the code enum's inherent fn `name`.
fn stub_fn(file: &mut File, name: &str, body: TokenStream) {
    let Some(enum_name) = code_enum(file).map(|e| e.ident.to_string()) else {
        return;
    };
    for item in &mut file.items {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() || imp.self_ty.to_token_stream().to_string() != enum_name {
            continue;
        }
        for inner in &mut imp.items {
            if let ImplItem::Fn(f) = inner
                && f.sig.ident == name
            {
                f.block = syn::parse2(body.clone()).expect("a stub body is a block");
            }
        }
    }
}

fn stub_table(file: &mut File, accessor: &str) {
    stub_fn(file, accessor, quote!({ ::core::panic!() }));
}

/// Removes the attributes its predicate selects, from every item kind the expansion
/// puts attributes on.
struct StripAll(fn(&Attribute) -> bool);

impl VisitMut for StripAll {
    fn visit_variant_mut(&mut self, node: &mut syn::Variant) {
        node.attrs.retain(|a| !(self.0)(a));
        visit_mut::visit_variant_mut(self, node);
    }
    fn visit_item_const_mut(&mut self, node: &mut syn::ItemConst) {
        node.attrs.retain(|a| !(self.0)(a));
        visit_mut::visit_item_const_mut(self, node);
    }
    fn visit_item_enum_mut(&mut self, node: &mut syn::ItemEnum) {
        node.attrs.retain(|a| !(self.0)(a));
        visit_mut::visit_item_enum_mut(self, node);
    }
    fn visit_item_mod_mut(&mut self, node: &mut syn::ItemMod) {
        node.attrs.retain(|a| !(self.0)(a));
        visit_mut::visit_item_mod_mut(self, node);
    }
    fn visit_impl_item_fn_mut(&mut self, node: &mut syn::ImplItemFn) {
        node.attrs.retain(|a| !(self.0)(a));
        visit_mut::visit_impl_item_fn_mut(self, node);
    }
}
