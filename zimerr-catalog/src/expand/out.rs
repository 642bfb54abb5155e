//! The generated Rust as source text: what the expand stage writes, and rustc lexes once.
//!
//! Building the expansion as tokens (`quote!`) costs the macro about a microsecond per
//! token in the unoptimized build cargo makes of proc macros, plus calls across the
//! proc-macro bridge: 12–16 of the 44 ms `zim_errors!()` took inside rustc for the ZIM
//! catalog, and seconds at 50,000 codes. Written as text with `write!` (escaping runs in
//! the prebuilt, optimized `core`) and handed to rustc in one `TokenStream::from_str`, the
//! same items cost a fraction of that (docs/performance-history.md, the expansion as source text). The price is
//! memory: rustc keeps the text as a source file for the whole build. This is how
//! `phf_codegen` and `prost-build` write Rust too. The format strings are checked by rustc
//! when the engine compiles: a misspelt placeholder does not build.

use std::fmt::{self, Write as _};

/// Rust source being written. `write!(out, …)` appends to it; writing to a `String`
/// cannot fail, so the writes return nothing.
pub(super) struct Out(String);

impl Out {
    pub(super) fn with_capacity(capacity: usize) -> Self {
        Out(String::with_capacity(capacity))
    }

    /// What `write!` calls: the formatted text, appended.
    pub(super) fn write_fmt(&mut self, args: fmt::Arguments<'_>) {
        // `String` implements `fmt::Write` without ever returning an error.
        let _ = self.0.write_fmt(args);
    }

    /// `text`, appended as is.
    pub(super) fn push(&mut self, text: &str) {
        self.0.push_str(text);
    }

    pub(super) fn into_string(self) -> String {
        self.0
    }
}

/// A byte-string literal, `b"…"`, as short as the escapes allow: printable ASCII as
/// itself, `\0`, `\t`, `\n`, `\r`, `\"` and `\\` in two characters, `\xNN` for the rest.
/// rustc keeps the text twice for the whole build (the lexed source and the literal's
/// symbol), so for the little-endian tables, whose zero and printable bytes are common,
/// this saves about 40 % of what a `\xNN` per byte took. Each byte's escape comes from
/// a table and is copied into one buffer indexed directly: this runs unoptimized (cargo's
/// build of proc macros), where `escape_ascii` or a `push` per byte costs hundreds of
/// instructions through the formatter and `String`'s debug code.
pub(super) struct ByteStr<'a>(pub(super) &'a [u8]);

/// The escape of every byte, left-aligned, and its length.
static BYTE_ESCAPES: [([u8; 4], usize); 256] = {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut table = [([0; 4], 0); 256];
    let mut b = 0;
    while b < 256 {
        // `b < 256`, so it fits.
        #[allow(clippy::cast_possible_truncation)]
        let byte = b as u8;
        table[b] = match byte {
            0 => (*b"\\0\0\0", 2),
            b'\t' => (*b"\\t\0\0", 2),
            b'\n' => (*b"\\n\0\0", 2),
            b'\r' => (*b"\\r\0\0", 2),
            b'"' => (*b"\\\"\0\0", 2),
            b'\\' => (*b"\\\\\0\0", 2),
            b' '..=b'~' => ([byte, 0, 0, 0], 1),
            _ => (
                [
                    b'\\',
                    b'x',
                    HEX[(byte >> 4) as usize],
                    HEX[(byte & 0xf) as usize],
                ],
                4,
            ),
        };
        b += 1;
    }
    table
};

impl fmt::Display for ByteStr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = vec![0; self.0.len() * 4];
        let mut len = 0;
        let mut i = 0;
        while i < self.0.len() {
            let (escape, n) = &BYTE_ESCAPES[usize::from(self.0[i])];
            let mut k = 0;
            while k < *n {
                text[len + k] = escape[k];
                k += 1;
            }
            len += n;
            i += 1;
        }
        // Only ASCII was written.
        let text = std::str::from_utf8(&text[..len]).map_err(|_| fmt::Error)?;
        f.write_str("b\"")?;
        f.write_str(text)?;
        f.write_str("\"")
    }
}

#[cfg(test)]
mod tests {
    use super::{ByteStr, Out};

    /// Every byte value survives rustc's lexer: the literal, parsed as Rust, has the
    /// bytes it was written from.
    #[test]
    fn byte_strings_lex_back_to_their_bytes() {
        let bytes: Vec<u8> = (0..=255).chain([b'"', b'\\', b'\r', b'\n', 0]).collect();
        let literal: syn::LitByteStr = syn::parse_str(&ByteStr(&bytes).to_string()).unwrap();
        assert_eq!(literal.value(), bytes);
        let empty: syn::LitByteStr = syn::parse_str(&ByteStr(&[]).to_string()).unwrap();
        assert!(empty.value().is_empty());
    }

    /// `{:?}` is how string literals are written: `str`'s `Debug` is valid Rust for the
    /// same text, whatever the text holds.
    #[test]
    fn debug_strings_lex_back_to_their_text() {
        for text in [
            "plain",
            "quote \" backslash \\ tab \t newline \n return \r nul \0",
            "CJK 令牌过期, emoji 🙂, combining \u{301}e, bidi \u{202e}, BOM \u{feff}",
            "'single' {braces} #hash r#\"raw\"#",
        ] {
            let mut out = Out::with_capacity(0);
            write!(out, "{text:?}");
            let literal: syn::LitStr = syn::parse_str(&out.into_string()).unwrap();
            assert_eq!(literal.value(), text);
        }
    }
}
