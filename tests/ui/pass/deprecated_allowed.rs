// `#[allow(deprecated)]` silences the warning of a deprecated code, and the run time
// keeps working for it: lookups, docs texts, and the deprecation note itself.
#![deny(warnings)]

zimerr::zim_errors!("tests/ui/pass/deprecated_allowed.yaml");

#[allow(deprecated)]
fn old() -> ZimErrorCode {
    assert_eq!(codes::OLD_LIMIT, 2);
    ZimErrorCode::OldLimit
}

fn main() {
    let old = old();
    assert_eq!(ZimErrorCode::from_code(2), Some(old));
    assert_eq!(old.since(), Some("1.0"));
    assert!(old.deprecation().unwrap().starts_with("Replaced by `NewLimit`"));
    assert_eq!(ZimErrorCode::NewLimit.deprecation(), None);
    assert_eq!(ZimErrorCode::PREFIX, "shop");
    assert_eq!(<ZimErrorCode as zimerr::ErrorCode>::PREFIX, "shop");
    assert_eq!(Category::all(), Category::ALL);
}
