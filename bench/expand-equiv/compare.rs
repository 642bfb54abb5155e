//! Whether two expansions are the same tokens: the same trees of identifiers,
//! punctuation and groups, literals compared by value (`"a\x41"` equals `"aA"`, `1u32`
//! differs from `1`). Ignored: spacing (`Joint`/`Alone`) and a comma right before a
//! group closes, which change nothing rustc reads here.
//!
//!     compare OLD.rs NEW.rs   # exit 0 when equal, 1 with the first differences
use proc_macro2::{TokenStream, TokenTree};

fn literal(text: &str) -> String {
    match syn::parse_str::<syn::Lit>(text) {
        Ok(syn::Lit::Str(s)) => format!("str {:?}", s.value()),
        Ok(syn::Lit::ByteStr(s)) => format!("bytes {:?}", s.value()),
        Ok(syn::Lit::Int(i)) => format!("int {}{}", i.base10_digits(), i.suffix()),
        _ => text.to_owned(),
    }
}

fn flatten(tokens: TokenStream, out: &mut Vec<String>) {
    for tree in tokens {
        match tree {
            TokenTree::Group(group) => {
                out.push(format!("open {:?}", group.delimiter()));
                flatten(group.stream(), out);
                if out.last().is_some_and(|last| last == "punct ,") {
                    out.pop();
                }
                out.push("close".to_owned());
            }
            TokenTree::Ident(ident) => out.push(format!("ident {ident}")),
            TokenTree::Punct(punct) => out.push(format!("punct {}", punct.as_char())),
            TokenTree::Literal(lit) => out.push(literal(&lit.to_string())),
        }
    }
}

fn read(path: &str) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("the expansion is readable");
    let tokens: TokenStream = text.parse().expect("the expansion lexes");
    let mut out = Vec::new();
    flatten(tokens, &mut out);
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, old, new] = args.as_slice() else {
        eprintln!("usage: compare OLD.rs NEW.rs");
        std::process::exit(2);
    };
    let (old, new) = (read(old), read(new));
    let differences: Vec<usize> = (0..old.len().max(new.len()))
        .filter(|&i| old.get(i) != new.get(i))
        .collect();
    println!("{} and {} tokens, {} differ", old.len(), new.len(), differences.len());
    // Doc literals run to kilobytes: show where they start.
    let short = |token: Option<&String>| token.map_or("(none)".to_owned(), |t| t.chars().take(120).collect());
    for &i in differences.iter().take(5) {
        println!("  #{i}: {} | {}", short(old.get(i)), short(new.get(i)));
    }
    std::process::exit(i32::from(!differences.is_empty()));
}
