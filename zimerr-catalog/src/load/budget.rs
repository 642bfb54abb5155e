//! Bounds what deserialization may build to what the text itself could spell out.
//!
//! YAML aliases replay their anchor's node, so a small file can expand into gigabytes
//! (an alias bomb). `serde_yaml` caps the number of alias jumps, not what each jump
//! builds: a thousand aliases of a 1 MB string still make a gigabyte. Without aliases
//! every string byte and list element needs at least one byte of text, so charging them
//! against the text's length never fails a plain catalog and stops a bomb at the alias
//! that overflows it, with that alias's position.
use std::cell::Cell;

use serde::{Deserialize, Deserializer};

thread_local! {
    static LEFT: Cell<Option<usize>> = const { Cell::new(None) };
}

/// Runs `parse` with `limit` units to spend; outside it nothing is charged.
pub fn within<T>(limit: usize, parse: impl FnOnce() -> T) -> T {
    let previous = LEFT.replace(Some(limit));
    let result = parse();
    LEFT.set(previous);
    result
}

pub(crate) fn charge<E: serde::de::Error>(units: usize) -> Result<(), E> {
    match LEFT.get() {
        None => Ok(()),
        Some(left) if units.max(1) <= left => {
            LEFT.set(Some(left - units.max(1)));
            Ok(())
        }
        Some(_) => Err(E::custom(
            "the catalog expands to more than its text holds: anchors and aliases (`&name`, `*name`) are not supported",
        )),
    }
}

pub fn optional_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let s = Option::<String>::deserialize(d)?;
    charge::<D::Error>(s.as_ref().map_or(0, String::len))?;
    Ok(s)
}

pub fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    let v = Vec::<T>::deserialize(d)?;
    charge::<D::Error>(v.len())?;
    Ok(v)
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use crate::load::{SourceText, parse};

    #[test]
    fn a_string_bomb_stops_at_the_overflowing_alias() {
        let big = "x".repeat(2000);
        let mut text = format!("categories:\n  - {{ key: a, name: A, title: &t \"{big}\" }}\n");
        for i in 0..5 {
            let _ = writeln!(text, "  - {{ key: k{i}, name: N{i}, title: *t }}");
        }
        text.push_str("codes: []\n");
        let d = parse(&text).unwrap_err();
        assert!(d.message.contains("anchors and aliases"), "{}", d.message);
        assert_eq!(d.pos.map(|p| p.line), Some(3), "{d:?}");
    }

    #[test]
    fn a_quadratic_list_bomb_is_stopped() {
        let ranges: Vec<String> = (0..200)
            .map(|i| format!("{{first: {i}, last: {i}}}"))
            .collect();
        let mut text = format!(
            "categories:\n  - &c {{ key: a, name: A, title: t, ranges: [{}] }}\n",
            ranges.join(", ")
        );
        text.push_str(&"  - *c\n".repeat(2000));
        text.push_str("codes: []\n");
        let d = parse(&text).unwrap_err();
        assert!(d.message.contains("anchors and aliases"), "{}", d.message);
    }

    #[test]
    fn the_bundled_catalog_is_well_within_budget() {
        assert!(parse(&SourceText::bundled().text).is_ok());
    }
}
