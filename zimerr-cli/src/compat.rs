//! TEMPORARY: the engine's optional fields and server catalog that are landing on main;
//! replaced by the real accessors as soon as they are there.

use zimerr_catalog::{Code, SourceText};

pub(crate) fn cause(_code: &Code) -> Option<&str> {
    None
}

pub(crate) fn since(_code: &Code) -> Option<&str> {
    None
}

pub(crate) fn deprecated(_code: &Code) -> Option<&str> {
    None
}

pub(crate) fn bundled_server() -> SourceText {
    SourceText::from_text(
        "zim-server.yaml (bundled with zimerr)",
        "categories:\n  - key: public\n    name: Public\n    title: Public return codes\ncodes:\n  - code: 0\n    name: Success\n    category: public\n    description: Success.\n    action: none\n    retryable: false\n    success: true\n",
    )
}
