// With `markdown: true`, syntax that does not close and syntax outside the subset stay
// text: the docs compile without a warning (a broken intra-doc link would warn), and
// the plain and Markdown texts are both the text as written.
#![deny(warnings)]

zimerr::zim_errors!("tests/ui/pass/markdown_broken.yaml");

fn main() {
    let broken = MarkdownBrokenCode::Unclosed;
    let written = "See [the docs](https://example.com/docs and **retry, `later";
    assert_eq!(broken.description(), written);
    assert_eq!(broken.description_markdown(), written);
    let solution = "# Not a heading, <i>not HTML</i>, [not a link](Self::Unclosed), [ref][1], snake_case_name, ***x***";
    assert_eq!(broken.solution(), Some(solution));
    assert_eq!(broken.solution_markdown(), Some(solution));
    // The same syntax, closed, is read.
    let closed = MarkdownBrokenCode::Closed;
    assert_eq!(closed.description(), "See the docs (https://example.com/docs) and retry later.");
    assert_eq!(
        closed.description_markdown(),
        "See [the docs](https://example.com/docs) and **retry** `later`."
    );
    assert_eq!(closed.to_string(), "2: See the docs (https://example.com/docs) and retry later.");
}
