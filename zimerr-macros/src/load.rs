//! Stage 2: read the catalog text and parse it into the raw model, keeping where each
//! entry and field stands so later stages can point at them.

use std::path::PathBuf;

use crate::args::CatalogSource;
use crate::diag::{Diagnostic, Pos};
use crate::locate::Locations;
use crate::model::RawCatalog;

/// The ZIM catalog, embedded when this crate is built (`errors.yaml` in the crate is a
/// link to the workspace catalog; `cargo package` stores its contents).
const BUNDLED: &str = include_str!("../errors.yaml");

/// How the bundled catalog is named in diagnostics.
pub(crate) const BUNDLED_NAME: &str = "errors.yaml (bundled with zimerr-macros)";

/// A catalog's text and how to name it.
#[derive(Debug)]
pub(crate) struct SourceText {
    /// The path as the user wrote it: diagnostics stay the same on every machine.
    pub(crate) display_path: String,
    pub(crate) text: String,
    /// The resolved file, for rebuild tracking; `None` for the bundled catalog.
    pub(crate) absolute_path: Option<String>,
}

impl SourceText {
    pub(crate) fn bundled() -> Self {
        SourceText {
            display_path: BUNDLED_NAME.to_owned(),
            text: BUNDLED.to_owned(),
            absolute_path: None,
        }
    }

    pub(crate) fn render(&self, diagnostic: &Diagnostic) -> String {
        diagnostic.render(&self.display_path, Some(&self.text))
    }
}

/// A problem found before the text could be read; rendered without a source line.
#[derive(Debug)]
pub(crate) struct ReadError {
    pub(crate) display_path: String,
    pub(crate) diagnostic: Diagnostic,
    /// The text read so far, when the file was read but is not UTF-8.
    pub(crate) lossy_text: Option<String>,
}

impl ReadError {
    pub(crate) fn render(&self) -> String {
        self.diagnostic
            .render(&self.display_path, self.lossy_text.as_deref())
    }
}

/// Reads the catalog, resolving a relative path against the invoking crate's
/// `CARGO_MANIFEST_DIR`: the working directory differs between cargo, rust-analyzer and
/// workspace builds, the manifest directory does not.
pub(crate) fn read(source: &CatalogSource) -> Result<SourceText, ReadError> {
    let CatalogSource::File(lit) = source else {
        return Ok(SourceText::bundled());
    };
    let written = lit.value();
    let fail = |diagnostic: Diagnostic| ReadError {
        display_path: written.clone(),
        diagnostic,
        lossy_text: None,
    };
    let mut path = PathBuf::from(&written);
    if path.is_relative() {
        let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
            return Err(fail(
                Diagnostic::whole_file(format!(
                    "cannot resolve catalog `{written}`: `CARGO_MANIFEST_DIR` is not set"
                ))
                .with_help("build with cargo, or give an absolute path"),
            ));
        };
        path = PathBuf::from(dir).join(path);
    }
    let bytes = std::fs::read(&path).map_err(|e| {
        fail(
            Diagnostic::whole_file(format!("cannot read catalog `{written}`: {e}")).with_help(
                "the path is relative to the directory of the invoking crate's Cargo.toml",
            ),
        )
    })?;
    let text = decode(bytes).map_err(|(lossy, diagnostic)| ReadError {
        display_path: written.clone(),
        diagnostic,
        lossy_text: Some(lossy),
    })?;
    let absolute = std::fs::canonicalize(&path).unwrap_or(path);
    let Some(absolute) = absolute.to_str().map(str::to_owned) else {
        return Err(fail(Diagnostic::whole_file(format!(
            "the path of catalog `{written}` is not valid UTF-8"
        ))));
    };
    Ok(SourceText {
        display_path: written,
        text,
        absolute_path: Some(absolute),
    })
}

/// UTF-8 text with a leading byte-order mark removed; otherwise where the first invalid
/// byte is.
fn decode(bytes: Vec<u8>) -> Result<String, (String, Diagnostic)> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let lossy = String::from_utf8_lossy(&bytes).into_owned();
            let pos = Pos::of_offset(&String::from_utf8_lossy(&bytes[..valid]), valid);
            let diagnostic = Diagnostic::at(
                pos,
                format!(
                    "catalog is not valid UTF-8: invalid byte 0x{:02X}",
                    bytes[valid]
                ),
            )
            .with_help("save the file as UTF-8");
            Err((lossy, diagnostic))
        }
    }
}

/// Parses the text into the raw model and locates its entries.
pub(crate) fn parse(text: &str) -> Result<(RawCatalog, Locations), Diagnostic> {
    let blank = text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#')
    });
    if blank {
        return Err(Diagnostic::at(
            Pos::START,
            "catalog is empty: expected the keys `categories` and `codes`",
        ));
    }
    match serde_yaml::from_str::<RawCatalog>(text) {
        Ok(raw) => {
            let locations = Locations::scan(text, raw.categories.len(), raw.codes.len());
            Ok((raw, locations))
        }
        Err(e) => Err(yaml_error(&e)),
    }
}

fn yaml_error(e: &serde_yaml::Error) -> Diagnostic {
    let pos = e
        .location()
        .map_or(Pos::START, |l| Pos::new(l.line(), l.column()));
    // serde_yaml appends its own " at line L column C"; the rendered location says it.
    let full = e.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) if full[i..].contains(" column ") => full[..i].to_owned(),
        _ => full,
    };
    let diagnostic = Diagnostic::at(pos, message);
    if diagnostic.message.contains("repetition limit")
        || diagnostic.message.contains("recursion limit")
    {
        diagnostic.with_help("the catalog expands too far (an alias bomb or deep nesting); write entries out plainly")
    } else {
        diagnostic
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_catalog_parses() {
        let (raw, locations) = parse(BUNDLED).expect("bundled catalog parses");
        assert!(!raw.codes.is_empty());
        assert_eq!(locations.codes.items.len(), raw.codes.len());
    }

    #[test]
    fn bom_is_stripped_and_invalid_utf8_located() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFcodes: []".to_vec()).unwrap(),
            "codes: []"
        );
        let (_, d) = decode(b"a: 1\nb: \xFF\n".to_vec()).unwrap_err();
        assert_eq!(d.pos, Some(Pos::new(2, 4)));
        assert_eq!(d.message, "catalog is not valid UTF-8: invalid byte 0xFF");
    }

    #[test]
    fn yaml_errors_carry_their_position_once() {
        let d = parse("categories: []\ncodes:\n  - code: nope\n").unwrap_err();
        assert_eq!(d.pos, Some(Pos::new(3, 11)));
        assert!(!d.message.contains(" at line "), "{}", d.message);
        assert!(d.message.contains("expected u32"), "{}", d.message);
    }

    #[test]
    fn empty_catalog_is_an_error() {
        assert!(
            parse("  \n# only a comment\n")
                .is_err_and(|d| d.message.starts_with("catalog is empty"))
        );
    }
}
