//! Reading a catalog file: where it is, and its text as every later stage counts it.

use std::path::PathBuf;

use super::{ReadError, SourceText};
use crate::diag::{Diagnostic, Pos};

/// Reads the catalog, resolving a relative path against the invoking crate's
/// `CARGO_MANIFEST_DIR`: the working directory differs between cargo, rust-analyzer and
/// workspace builds, the manifest directory does not.
pub fn read_file(written: &str) -> Result<SourceText, ReadError> {
    let written = written.to_owned();
    let fail = |diagnostic: Diagnostic| ReadError {
        display_path: written.clone(),
        diagnostic: Box::new(diagnostic),
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
        diagnostic: Box::new(diagnostic),
        lossy_text: Some(lossy),
    })?;
    let absolute = std::fs::canonicalize(&path).unwrap_or(path);
    let display_path = relative_to_working_dir(&absolute).unwrap_or(written.clone());
    let Some(absolute) = absolute.to_str().map(str::to_owned) else {
        return Err(fail(Diagnostic::whole_file(format!(
            "the path of catalog `{written}` is not valid UTF-8"
        ))));
    };
    Ok(SourceText {
        display_path,
        text,
        absolute_path: Some(absolute),
    })
}

/// The catalog's path as rustc prints its own: relative to the directory cargo runs
/// rustc in (the workspace root), so editors can open `member/errors.yaml:3:5` on click.
fn relative_to_working_dir(absolute: &std::path::Path) -> Option<String> {
    let cwd = std::fs::canonicalize(std::env::current_dir().ok()?).ok()?;
    let relative = absolute.strip_prefix(cwd).ok()?;
    let parts: Option<Vec<&str>> = relative
        .components()
        .map(|c| c.as_os_str().to_str())
        .collect();
    Some(parts?.join("/"))
}

/// UTF-8 text with a leading byte-order mark removed and lone carriage returns (old Mac
/// line ends, which YAML counts as line breaks) turned into `\n`, so every later stage
/// counts lines as `serde_yaml` does; otherwise where the first invalid byte is.
pub fn decode(bytes: Vec<u8>) -> Result<String, (String, Diagnostic)> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            if text.contains('\r') {
                // Same length: byte offsets and columns do not move.
                let mut chars = text.chars().peekable();
                let mut normalized = String::with_capacity(text.len());
                while let Some(c) = chars.next() {
                    let lone_cr = c == '\r' && chars.peek() != Some(&'\n');
                    normalized.push(if lone_cr { '\n' } else { c });
                }
                text = normalized;
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
