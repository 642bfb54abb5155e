//! The rules of the top-level `wire:` names and `message_label`.

use crate::diag::{Ctxt, Diagnostic, Pos};
use crate::model::raw::{RawCatalog, Text};
use crate::wire::{DEFAULT_CODE_NAMES, DEFAULT_MESSAGE_NAMES};

/// The label is shown in every `Display` of an error that has a message: an empty one
/// would print `( : …)`.
pub(super) fn check_message_label(cx: &mut Ctxt, raw: &RawCatalog) {
    if let Some(label) = &raw.message_label {
        if label.trim().is_empty() {
            cx.push(
                Diagnostic::at(raw.message_label_at, "`message_label` is empty")
                    .with_help("write how `Display` should label the message, e.g. `server message`, or leave the key out for `message`"),
            );
        } else if label.contains(['\n', '\r']) {
            cx.push(
                Diagnostic::at(raw.message_label_at, "`message_label` spans several lines")
                    .with_help("write it on one line, e.g. `server message`: it is printed inside `Display`'s parentheses"),
            );
        }
    }
}

/// Each declared name is read from JSON exactly as written, so it must be a real, new
/// name: an empty one matches nothing, a duplicate or a built-in one adds nothing (and
/// hides a typo), and a name in both lists, or one the other list has built in, would
/// make one field both a code and a message.
pub(super) fn check_wire(cx: &mut Ctxt, raw: &RawCatalog) {
    let Some(wire) = &raw.wire else { return };
    let lists = [
        WireList {
            list: "code",
            other: "message",
            names: &wire.code,
            positions: &wire.code_at,
            own_defaults: DEFAULT_CODE_NAMES,
            other_defaults: DEFAULT_MESSAGE_NAMES,
        },
        WireList {
            list: "message",
            other: "code",
            names: &wire.message,
            positions: &wire.message_at,
            own_defaults: DEFAULT_MESSAGE_NAMES,
            other_defaults: DEFAULT_CODE_NAMES,
        },
    ];
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for WireList {
        list,
        other,
        names,
        positions,
        own_defaults,
        other_defaults,
    } in lists
    {
        for (i, name) in names.iter().enumerate() {
            let pos = positions.get(i).copied().unwrap_or(wire.at);
            let Some(name) = name.get().filter(|n| !n.trim().is_empty()) else {
                cx.push(
                    Diagnostic::at(pos, format!("`wire.{list}` has an empty name"))
                        .with_help("write the JSON field name exactly as the vendor sends it, or remove the entry"),
                );
                continue;
            };
            if name.trim() != name {
                cx.push(
                    Diagnostic::at(
                        pos,
                        format!("`wire.{list}` name `{name}` has spaces around it"),
                    )
                    .with_help(format!(
                        "JSON field names are matched exactly; write `{}`",
                        name.trim()
                    )),
                );
            } else if let Some(&(_, first)) = seen.iter().find(|(n, _)| *n == name) {
                let message = if first == list {
                    format!("`wire.{list}` declares `{name}` twice")
                } else {
                    format!("`{name}` is declared in both `wire.{first}` and `wire.{list}`")
                };
                let help = if first == list {
                    "remove the second one".to_owned()
                } else {
                    "a field carries either a code or a message: keep it in one list".to_owned()
                };
                cx.push(Diagnostic::at(pos, message).with_help(help));
                continue;
            } else if own_defaults.contains(&name) {
                cx.push(
                    Diagnostic::at(
                        pos,
                        format!(
                            "`wire.{list}` declares `{name}`, which every catalog reads already"
                        ),
                    )
                    .with_help(format!(
                        "remove it; the built-in {list} names are {}",
                        listed(own_defaults)
                    )),
                );
            } else if other_defaults.contains(&name) {
                cx.push(
                    Diagnostic::at(pos, format!("`wire.{list}` declares `{name}`, which every catalog reads as a {other}"))
                        .with_help(format!("a field carries either a code or a message; `{name}` cannot be declared as a {list}")),
                );
            }
            seen.push((name, list));
        }
    }
}

/// One of the two lists of `wire`, with what it is checked against.
struct WireList<'a> {
    list: &'static str,
    other: &'static str,
    names: &'a [Text],
    positions: &'a [Pos],
    own_defaults: &'static [&'static str],
    other_defaults: &'static [&'static str],
}

fn listed(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
