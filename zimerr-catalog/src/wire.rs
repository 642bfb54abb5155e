//! The JSON field names that carry an error's code and message on the wire: the built-in
//! lists every catalog reads, and where a catalog's own `wire:` names stand in its text.
//!
//! The runtime crate (`zimerr`) cannot depend on this crate at run time, so it keeps its
//! own copy of the two lists; the workspace test `tests/wire_names.rs` checks the copies
//! are equal, so the runtime's decoding, its docs, the scanner and this engine agree.
//!
//! Order is precedence: when a JSON object holds several of these fields, the first in
//! this order wins (after the names a catalog declares, which come first). Names that say
//! "error" come before the generic `code`/`message`, and those before the names of
//! per-item and legacy results, so a payload that carries both an outer status and a
//! specific error reads as the error.
//!
//! Left out on purpose, because they usually mean something else: `status` (an HTTP
//! status or a state word), `error` (an object or an OAuth error key, not a number),
//! `result`/`data` (the payload), `errno` (an OS error number in many stacks),
//! `sub_code` (a secondary, textual code), and `description` (the description of a
//! resource more often than of an error). A catalog declares any of them it needs.

use crate::diag::Pos;
use crate::load::outline::char_col;
use crate::model::raw::RawCatalog;

/// JSON field names read as an error's code by every catalog, in precedence order.
pub const DEFAULT_CODE_NAMES: &[&str] = &[
    "ErrorCode",
    "errorCode",
    "error_code",
    "errCode",
    "errcode",
    "err_code",
    "code",
    "Code",
    "ResultCode",
    "retcode",
    "ret",
];

/// JSON field names read as an error's message by every catalog, in precedence order.
pub const DEFAULT_MESSAGE_NAMES: &[&str] = &[
    "ErrorMessage",
    "errorMessage",
    "error_message",
    "ErrorInfo",
    "errorInfo",
    "errMsg",
    "errmsg",
    "err_msg",
    "error_msg",
    "message",
    "Message",
    "ResultInfo",
    "retmsg",
    "msg",
    "desc",
];

/// Stores where the top-level `message_label:` value and each name of `wire:` stand in
/// `text` (block or flow lists). A name the scan cannot place points at the `wire:` key,
/// still a real place. A catalog that declares neither (nearly every one) is not scanned:
/// only the rules of those two keys read the positions.
pub(crate) fn locate(text: &str, raw: &mut RawCatalog) {
    if raw.wire.is_none() && raw.message_label.is_none() {
        return;
    }
    let mut wire_key: Option<Pos> = None;
    let mut in_wire = false;
    let mut list: Option<usize> = None; // 0: code, 1: message
    let mut found: [Vec<Pos>; 2] = [Vec::new(), Vec::new()];
    for (index, raw_line) in text.lines().enumerate() {
        let line = raw_line.strip_suffix('\r').unwrap_or(raw_line);
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        let line_no = index + 1;
        if indent == 0 {
            in_wire = false;
            list = None;
            let key = trimmed.split(':').next().unwrap_or_default().trim();
            if key == "message_label" {
                let value = trimmed["message_label".len()..].trim_start_matches([' ', ':']);
                raw.message_label_at = Pos::new(line_no, char_col(line, line.len() - value.len()));
            } else if key == "wire" {
                wire_key = Some(Pos::new(line_no, 1));
                in_wire = true;
                let rest = trimmed["wire".len()..].trim_start_matches([' ', ':']);
                if rest.starts_with('{') {
                    // `wire: {code: [a], message: [b]}` on one line.
                    flow_map(line, line.len() - rest.len(), line_no, &mut found);
                    in_wire = false;
                }
            }
            continue;
        }
        if !in_wire {
            continue;
        }
        let start = line.len() - trimmed.len();
        if let Some(after) = trimmed.strip_prefix("code:") {
            list = Some(0);
            items_after(line, start + "code:".len(), after, line_no, &mut found[0]);
        } else if let Some(after) = trimmed.strip_prefix("message:") {
            list = Some(1);
            items_after(
                line,
                start + "message:".len(),
                after,
                line_no,
                &mut found[1],
            );
        } else if let (Some(which), Some(item)) = (list, trimmed.strip_prefix('-')) {
            let value = item.trim_start();
            let at = line.len() - value.len();
            found[which].push(Pos::new(line_no, char_col(line, at)));
        }
    }
    let fallback = wire_key.unwrap_or(Pos::START);
    if let Some(wire) = raw.wire.as_mut() {
        wire.at = fallback;
        let [code, message] = found;
        wire.code_at = if code.len() == wire.code.len() {
            code
        } else {
            vec![fallback; wire.code.len()]
        };
        wire.message_at = if message.len() == wire.message.len() {
            message
        } else {
            vec![fallback; wire.message.len()]
        };
    }
}

/// The items of a flow list (`[a, "b"]`) starting in `after` (at byte `at` of `line`);
/// nothing for a block list, whose items follow on their own lines.
fn items_after(line: &str, at: usize, after: &str, line_no: usize, found: &mut Vec<Pos>) {
    let value = after.trim_start();
    let Some(inner) = value.strip_prefix('[') else {
        return;
    };
    let mut offset = at + (after.len() - value.len()) + 1;
    for part in inner.split([',', ']']) {
        let name = part.trim_start();
        if !name.is_empty() && !name.starts_with('#') {
            found.push(Pos::new(
                line_no,
                char_col(line, offset + (part.len() - name.len())),
            ));
        }
        offset += part.len() + 1;
        if offset > line.len() || line[..offset.min(line.len())].ends_with(']') {
            break;
        }
    }
}

/// `{code: [a], message: [b]}` on the line of `wire:`.
fn flow_map(line: &str, at: usize, line_no: usize, found: &mut [Vec<Pos>; 2]) {
    for (which, key) in [(0, "code:"), (1, "message:")] {
        if let Some(k) = line[at..].find(key) {
            let start = at + k + key.len();
            items_after(line, start, &line[start..], line_no, &mut found[which]);
        }
    }
}
