//! Catalog text inside Markdown: what rustdoc would reinterpret, neutralized.

/// Catalog text made safe for a doc comment: whitespace collapsed to single spaces (no
/// headings, lists or indented blocks that rustdoc would treat as code and test), and
/// outside code spans the characters that would start HTML or an intra-doc link escaped.
pub fn doc_text(text: &str) -> String {
    let collapsed: Vec<&str> = text.split_whitespace().collect();
    let collapsed = collapsed.join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let mut in_code = false;
    for ch in collapsed.chars() {
        match ch {
            '`' => in_code = !in_code,
            '<' | '>' | '[' | ']' | '\\' | '&' | '*' | '_' | '#' if !in_code => out.push('\\'),
            _ => {}
        }
        out.push(ch);
    }
    if in_code {
        // An unclosed code span would swallow the rest of the line: close it.
        out.push('`');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_text_neutralizes_markup_outside_code() {
        assert_eq!(doc_text("a  b\n\n    c"), "a b c");
        assert_eq!(
            doc_text("<script> [x] `Vec<T>`"),
            "\\<script\\> \\[x\\] `Vec<T>`"
        );
        assert_eq!(doc_text("`open"), "`open`");
    }
}
