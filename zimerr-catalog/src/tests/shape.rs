//! The shape of the expansion that its compile cost depends on (docs/PERFORMANCE.md, the
//! ablation): one doc attribute per item, the aliases in one attribute on the variant,
//! texts joined into one literal per field instead of a `[&str; N]` per field. A change
//! that brings the expensive forms back fails here instead of in a benchmark nobody ran.

use std::fmt::Write as _;

use quote::ToTokens;
use syn::{Attribute, ImplItem, Item, Meta};

use crate::args::Args;
use crate::{SourceText, expand_source};

fn bundled_expansion() -> syn::File {
    let tokens = expand_source(&Args::default(), &SourceText::bundled())
        .expect("the bundled catalog expands");
    syn::parse2(tokens).expect("the expansion is a Rust file")
}

/// A catalog of 600 codes, `C0` to `C599` (codes 0, 7, 14, …), in the default names.
fn big_expansion() -> syn::File {
    let mut text = String::from("categories:\n  - { key: a, name: A, title: A }\ncodes:\n");
    for i in 0..600 {
        let _ = writeln!(
            text,
            "  - {{ code: {}, name: C{i}, category: a, description: Code {i}., action: none, retryable: false }}",
            i * 7
        );
    }
    let tokens = expand_source(&Args::default(), &SourceText::from_text("big.yaml", text))
        .expect("the 600-code catalog expands");
    syn::parse2(tokens).expect("the expansion is a Rust file")
}

fn docs(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc") && matches!(a.meta, Meta::NameValue(_)))
        .map(|a| a.meta.to_token_stream().to_string())
        .collect()
}

fn aliases(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc") && matches!(a.meta, Meta::List(_)))
        .map(|a| a.meta.to_token_stream().to_string())
        .collect()
}

#[test]
fn each_variant_has_one_doc_and_one_alias_attribute() {
    let file = bundled_expansion();
    let Some(Item::Enum(codes)) = file.items.iter().find(|i| matches!(i, Item::Enum(_))) else {
        panic!("the code enum comes first");
    };
    assert_eq!(codes.variants.len(), 145);
    for variant in &codes.variants {
        assert_eq!(docs(&variant.attrs).len(), 1, "{}", variant.ident);
        assert_eq!(aliases(&variant.attrs).len(), 1, "{}", variant.ident);
    }
    let expired = codes
        .variants
        .iter()
        .find(|v| v.ident == "TokenExpired")
        .expect("6000106 is TokenExpired");
    assert!(docs(&expired.attrs)[0].contains("Token has expired."));
    assert_eq!(
        aliases(&expired.attrs),
        ["doc (alias (\"6000106\" , \"ZIMErrorCodeNetworkModuleTokenExpired\"))"]
    );
    // Without an SDK name the alias is the number alone.
    let file = {
        let text = "categories:\n  - { key: a, name: A, title: A }\ncodes:\n  - { code: 7, name: Seven, category: a, description: Seven., action: none, retryable: false }\n";
        let tokens = expand_source(&Args::default(), &SourceText::from_text("x.yaml", text))
            .expect("a one-code catalog expands");
        syn::parse2::<syn::File>(tokens).expect("a Rust file")
    };
    let Some(Item::Enum(codes)) = file.items.iter().find(|i| matches!(i, Item::Enum(_))) else {
        panic!("the code enum comes first");
    };
    assert_eq!(aliases(&codes.variants[0].attrs), ["doc (alias = \"7\")"]);
}

#[test]
fn each_constant_has_one_doc_attribute_and_no_alias() {
    let file = bundled_expansion();
    let Some(Item::Mod(module)) = file
        .items
        .iter()
        .find(|i| matches!(i, Item::Mod(m) if m.ident == "zim_codes"))
    else {
        panic!("the constants module is `zim_codes`");
    };
    let consts: Vec<_> = module
        .content
        .iter()
        .flat_map(|(_, items)| items)
        .filter_map(|i| match i {
            Item::Const(c) => Some(c),
            _ => None,
        })
        .collect();
    assert_eq!(consts.len(), 145);
    for constant in &consts {
        assert_eq!(docs(&constant.attrs).len(), 1, "{}", constant.ident);
        assert!(aliases(&constant.attrs).is_empty(), "{}", constant.ident);
    }
    let expired = consts
        .iter()
        .find(|c| c.ident == "TOKEN_EXPIRED")
        .expect("a constant");
    let doc = &docs(&expired.attrs)[0];
    assert!(doc.contains("`6000106` Token has expired."), "{doc}");
    assert!(doc.contains("ZimCode::TokenExpired"), "{doc}");
}

#[test]
fn no_static_holds_one_str_per_code() {
    let file = bundled_expansion();
    let mut statics = Vec::new();
    for item in &file.items {
        if let Item::Impl(imp) = item {
            for inner in &imp.items {
                if let ImplItem::Fn(f) = inner {
                    let body = f.block.to_token_stream().to_string();
                    if body.contains("static") {
                        statics.push((f.sig.ident.to_string(), body));
                    }
                }
            }
        }
    }
    assert!(statics.iter().any(|(name, _)| name == "description"));
    for (name, body) in &statics {
        assert!(
            !body.contains("[& str ; 145"),
            "`{name}` has a `[&str; 145]` table: {body:.200}"
        );
    }
    let (_, description) = statics
        .iter()
        .find(|(n, _)| n == "description")
        .expect("a table");
    assert!(
        description.contains("static TEXT : & :: core :: primitive :: str"),
        "{description:.300}"
    );
    assert!(
        description.contains("static ENDS : [:: core :: primitive :: u8 ; 580] = * b\""),
        "{description:.300}"
    );
}

/// The expansion holds no `unsafe`: a number becomes a variant only through `__at`'s
/// `match` (a `static` of N enum values costs rustc O(N^2), docs/codegen-costs.md), and
/// texts are cut by the runtime's safe `__private::text`. Doc strings may mention the
/// word; tokens may not. `tests/hygiene.rs` checks the same on a crate's expansion.
#[test]
fn the_expansion_has_no_unsafe() {
    for file in [bundled_expansion(), big_expansion()] {
        let tokens: Vec<String> = file
            .to_token_stream()
            .into_iter()
            .flat_map(flatten)
            .collect();
        let count = |word: &str| tokens.iter().filter(|t| *t == word).count();
        assert_eq!(count("unsafe"), 0);
        assert_eq!(count("transmute"), 0);
        assert_eq!(count("from_utf8_unchecked"), 0);
    }
}

/// Past 256 codes `__at` is one function of at most 256 arms per 256 codes, nested in
/// it, and a `match` choosing among them: each code's variant named once, at its index.
#[test]
fn index_to_variant_is_split_into_chunks_of_256() {
    let file = big_expansion();
    let at = file
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(imp) if imp.trait_.is_none() => Some(imp),
            _ => None,
        })
        .flat_map(|imp| &imp.items)
        .find_map(|item| match item {
            ImplItem::Fn(f) if f.sig.ident == "__at" => Some(f),
            _ => None,
        })
        .expect("`__at`");
    let chunks: Vec<&syn::ItemFn> = at
        .block
        .stmts
        .iter()
        .filter_map(|stmt| match stmt {
            syn::Stmt::Item(Item::Fn(f)) => Some(f),
            _ => None,
        })
        .collect();
    assert_eq!(chunks.len(), 3, "600 codes in chunks of 256");
    for (k, chunk) in chunks.iter().enumerate() {
        assert_eq!(chunk.sig.ident, format!("__at_{k}"));
        let body = chunk.block.to_token_stream().to_string();
        let arms = body.matches("=> ZimCode ::").count();
        assert_eq!(arms, [256, 256, 88][k], "chunk {k}");
        // The chunk's first arm is the variant at index 256 * k.
        let first = format!("0 => ZimCode :: C{}", 256 * k);
        assert!(body.contains(&first), "{first} in {body:.200}");
    }
}

/// Primitive types are written `::core::primitive::…`, so a caller's `struct u32;` or
/// `struct str;` next to `zim_errors!` does not change them
/// (`tests/ui/pass/shadowed_primitives.rs` compiles it). The one exception is the constants module: a
/// module of its own, where the caller's items are not in scope.
#[test]
fn primitive_types_are_written_by_path() {
    let file = bundled_expansion();
    for item in &file.items {
        if matches!(item, Item::Mod(_)) {
            continue;
        }
        let tokens: Vec<String> = item
            .to_token_stream()
            .into_iter()
            .flat_map(flatten)
            .collect();
        for (i, token) in tokens.iter().enumerate() {
            // `#[repr(u32)]` names the representation, not a type in scope.
            let in_repr = i.checked_sub(1).is_some_and(|j| tokens[j] == "repr");
            if ["u8", "u32", "u64", "usize", "str", "bool"].contains(&token.as_str()) && !in_repr {
                // `::core::primitive::u32` is `:` `:` `core` `:` `:` `primitive` `:` `:` `u32`.
                let before = i.checked_sub(3).map(|j| tokens[j].as_str());
                // `::core::str::FromStr`: the module, not the type.
                if before == Some("core") {
                    continue;
                }
                assert_eq!(
                    before,
                    Some("primitive"),
                    "bare `{token}` in {}",
                    tokens[i.saturating_sub(8)..(i + 3).min(tokens.len())].join(" ")
                );
            }
        }
    }
}

/// The tokens of a tree, groups flattened (delimiters left out).
fn flatten(tree: proc_macro2::TokenTree) -> Vec<String> {
    match tree {
        proc_macro2::TokenTree::Group(g) => g.stream().into_iter().flat_map(flatten).collect(),
        other => vec![other.to_string()],
    }
}

/// Per-code tables are byte strings, one token each, not arrays of N literals (which rustc
/// type-checks and evaluates element by element); none is a `[u32; N]` or `[Self; N]`.
#[test]
fn per_code_tables_are_byte_strings() {
    let expansion = bundled_expansion().to_token_stream().to_string();
    // Statics initialized by an array expression `[a, b, …]` of one entry per code.
    let arrays: Vec<&str> = expansion
        .match_indices("static ")
        .map(|(at, _)| &expansion[at..])
        // `static NAME : TYPE = …`, not `&'static [T]`.
        .filter(|decl| decl[7..].starts_with(|c: char| c.is_ascii_uppercase()))
        .filter(|decl| {
            let (declared, initializer) = decl.split_once(" = ").unwrap_or_default();
            declared.contains("; 145") && initializer.starts_with('[')
        })
        .map(|decl| decl.split(" =").next().unwrap_or_default())
        .collect();
    assert_eq!(arrays, [] as [&str; 0]);
    for table in [
        "ENDS",
        "SLOTS",
        "DISPLACEMENTS",
        "CATEGORIES",
        "ACTIONS",
        "RETRYABLE",
        "BY_NAME",
    ] {
        let declared = format!("static {table} : [:: core :: primitive :: u8 ;");
        let at = expansion
            .find(&declared)
            .unwrap_or_else(|| panic!("no `{declared}`"));
        let initializer = expansion[at..].split(" = ").nth(1).unwrap_or_default();
        assert!(
            initializer.starts_with("* b\""),
            "`{table}` = {initializer:.40}"
        );
    }
}

/// The catalog file is tracked for rebuilds (tests/rebuild.rs checks that it works) by an
/// `include_str!` in the doc of a statement: never as a value, which rustc would evaluate
/// and write into the crate's metadata (docs/performance-history.md, lower bounds: at 10,000 codes
/// 6.6 MB of rlib and 3 MB more peak memory).
#[test]
fn the_catalog_is_tracked_by_a_statement_doc_not_a_value() {
    let text = "categories:\n  - { key: a, name: A, title: A }\ncodes:\n  - { code: 7, name: Seven, category: a, description: Seven., action: none, retryable: false }\n";
    let mut source = SourceText::from_text("x.yaml", text);
    source.absolute_path = Some("/abs/dir/x.yaml".to_owned());
    let tokens = expand_source(&Args::default(), &source).expect("a one-code catalog expands");
    let file: syn::File = syn::parse2(tokens).expect("a Rust file");
    let tracking: Vec<String> = file
        .items
        .iter()
        .map(|item| item.to_token_stream().to_string())
        .filter(|item| item.contains("include"))
        .collect();
    assert_eq!(
        tracking,
        [
            "const _ : () = { # [doc = :: core :: include_str ! (\"/abs/dir/x.yaml\")] let _ = () ; } ;"
        ]
    );
    // A bundled catalog has no file to track.
    let bundled = bundled_expansion().to_token_stream().to_string();
    assert!(!bundled.contains("include_str") && !bundled.contains("include_bytes"));
}

/// The large-catalog options take out what they name and nothing else: no alias
/// attribute with `doc_aliases = false`, one short doc line per variant and constant and
/// no table of codes with `docs = "brief"`, no constants module with `constants = false`.
#[test]
fn the_large_catalog_options_leave_out_what_they_name() {
    let expand = |args: Args| -> syn::File {
        let tokens = expand_source(&args, &SourceText::bundled()).expect("expands");
        syn::parse2(tokens).expect("a Rust file")
    };
    let code_enum = |file: &syn::File| match file.items.iter().find(|i| matches!(i, Item::Enum(_)))
    {
        Some(Item::Enum(e)) => e.clone(),
        _ => panic!("the code enum comes first"),
    };
    let module = |file: &syn::File| {
        file.items.iter().find_map(|i| match i {
            Item::Mod(m) if m.ident == "zim_codes" => Some(m.clone()),
            _ => None,
        })
    };

    let trimmed = expand(Args::parse(r#"doc_aliases = false, docs = "brief""#).unwrap());
    let codes = code_enum(&trimmed);
    assert_eq!(codes.variants.len(), 145);
    for variant in &codes.variants {
        assert!(aliases(&variant.attrs).is_empty(), "{}", variant.ident);
        let doc = docs(&variant.attrs);
        assert_eq!(doc.len(), 1, "{}", variant.ident);
        assert!(
            !doc[0].contains("Solution:") && !doc[0].contains("\\n"),
            "{}",
            doc[0]
        );
    }
    let expired = codes
        .variants
        .iter()
        .find(|v| v.ident == "TokenExpired")
        .expect("6000106 is TokenExpired");
    assert_eq!(
        docs(&expired.attrs),
        ["doc = \"`6000106` Token has expired.\""]
    );
    let enum_doc = docs(&codes.attrs).join("");
    assert!(
        enum_doc.contains("145 codes") && !enum_doc.contains("| Code |"),
        "{enum_doc}"
    );
    let constants = module(&trimmed).expect("the constants stay");
    let constant_docs: Vec<String> = constants
        .content
        .iter()
        .flat_map(|(_, items)| items)
        .filter_map(|i| match i {
            Item::Const(c) if c.ident == "TOKEN_EXPIRED" => Some(docs(&c.attrs)),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(
        constant_docs,
        ["doc = \"The number of `ZimCode::TokenExpired`.\""]
    );
    // The accessors still carry every text.
    let text = trimmed.to_token_stream().to_string();
    assert!(text.contains("Token has expired.") && text.contains("fn solution"));

    let without_constants = expand(Args::parse("constants = false").unwrap());
    assert!(module(&without_constants).is_none());
    let codes = code_enum(&without_constants);
    assert_eq!(
        aliases(&codes.variants[0].attrs).len(),
        1,
        "the defaults stay"
    );
}
