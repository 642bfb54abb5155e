//! Four ways to run `zim_errors!()` on the bundled catalog, for `-Z time-passes` to time
//! (docs/PERFORMANCE.md, section 8.1). Built against the engine at `2a6c490`, whose
//! `entry::zim_errors` returns tokens built with `quote!`.
use proc_macro::TokenStream;

/// The whole macro as it was.
#[proc_macro]
pub fn full(input: TokenStream) -> TokenStream {
    zimerr_catalog::entry::zim_errors(input.into()).into()
}

/// Load and validate only; nothing comes out.
#[proc_macro]
pub fn load_only(_: TokenStream) -> TokenStream {
    let source = zimerr_catalog::SourceText::bundled();
    std::hint::black_box(zimerr_catalog::check(&source).is_ok());
    TokenStream::new()
}

/// The whole macro, its output made a string and dropped: the tokens' cost without
/// rustc compiling them.
#[proc_macro]
pub fn full_to_string(input: TokenStream) -> TokenStream {
    let tokens = zimerr_catalog::entry::zim_errors(input.into());
    std::hint::black_box(tokens.to_string());
    TokenStream::new()
}

/// Only the finished expansion, handed to rustc as text.
#[proc_macro]
pub fn lex_only(_: TokenStream) -> TokenStream {
    include_str!("../../expansion.rs").parse().unwrap()
}

/// Load and validate, then the finished expansion as text: what a text-writing macro
/// would cost at best.
#[proc_macro]
pub fn load_plus_lex(_: TokenStream) -> TokenStream {
    let source = zimerr_catalog::SourceText::bundled();
    std::hint::black_box(zimerr_catalog::check(&source).is_ok());
    include_str!("../../expansion.rs").parse().unwrap()
}
