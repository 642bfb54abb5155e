//! A YAML value for the failure path of the load stage: the catalog read without a
//! schema, so each entry and field can be checked on its own and one bad entry does not
//! hide the next. Duplicate keys are kept (each is a mistake to report at its place),
//! tags are dropped (as the typed parse drops them), and every string and collection is
//! charged against the text's length like the typed parse ([`super::budget`]): an alias
//! bomb stops here too.

use std::fmt;

use serde::de::{
    self, Deserialize, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};

use super::budget;

/// One YAML node.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    /// Keys in document order, duplicates kept.
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// What the node is, as serde names it in its messages (`invalid type: string "x"`).
    pub(crate) fn describe(&self) -> String {
        match self {
            Node::Null => "unit value".to_owned(),
            Node::Bool(b) => format!("boolean `{b}`"),
            Node::Int(i) => format!("integer `{i}`"),
            Node::Float(f) => format!("floating point `{f:?}`"),
            Node::Str(s) => format!("string {s:?}"),
            Node::Seq(_) => "sequence".to_owned(),
            Node::Map(_) => "map".to_owned(),
        }
    }

    /// A scalar as the typed parse reads it into a `String`; `None` for collections.
    pub(crate) fn scalar_text(&self) -> Option<String> {
        match self {
            Node::Null | Node::Seq(_) | Node::Map(_) => None,
            Node::Bool(b) => Some(b.to_string()),
            Node::Int(i) => Some(i.to_string()),
            Node::Float(f) => Some(f.to_string()),
            Node::Str(s) => Some(s.clone()),
        }
    }

    /// The key of a map entry as text (keys are strings in a catalog; others are shown).
    pub(crate) fn key_text(&self) -> String {
        self.scalar_text().unwrap_or_else(|| self.describe())
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Int(i128::from(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Int(i128::from(v)))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Node, E> {
        Ok(Node::Int(v))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Node, E> {
        // Past `i128` only the size matters to the messages: a float says "too large".
        #[allow(clippy::cast_precision_loss)]
        Ok(i128::try_from(v).map_or(Node::Float(v as f64), Node::Int))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Float(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        budget::charge::<E>(v.len())?;
        Ok(Node::Str(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
        budget::charge::<E>(v.len())?;
        Ok(Node::Str(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            budget::charge::<A::Error>(1)?;
            items.push(item);
        }
        Ok(Node::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry()? {
            budget::charge::<A::Error>(1)?;
            entries.push((key, value));
        }
        Ok(Node::Map(entries))
    }

    /// A node with a tag of its own (`!foo x`): the typed parse ignores the tag, so does this.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Node, A::Error> {
        let (_tag, variant): (String, _) = data.variant()?;
        variant.newtype_variant()
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;

    fn node(text: &str) -> Node {
        serde_yaml::from_str(text).unwrap()
    }

    #[test]
    fn nodes_keep_duplicates_and_drop_tags() {
        let n = node("a: 1\na: !foo x\nb: [~, true, -2, 1.5, '01']\n");
        let Node::Map(entries) = n else { panic!() };
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[1].1, Node::Str("x".to_owned()));
        assert_eq!(
            entries[2].1,
            Node::Seq(vec![
                Node::Null,
                Node::Bool(true),
                Node::Int(-2),
                Node::Float(1.5),
                Node::Str("01".to_owned())
            ])
        );
        assert_eq!(
            node("18446744073709551616"),
            Node::Int(18446744073709551616)
        );
    }

    #[test]
    fn an_alias_bomb_is_charged() {
        let big = "x".repeat(1000);
        let mut text = format!("a: &t \"{big}\"\n");
        for i in 0..100 {
            let _ = writeln!(text, "b{i}: *t");
        }
        let parsed = budget::within(text.len(), || serde_yaml::from_str::<Node>(&text));
        assert!(parsed.is_err());
    }
}
