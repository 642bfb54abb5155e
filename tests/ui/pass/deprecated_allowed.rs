// `#[allow(deprecated)]` silences the warning of a deprecated code, and the run time
// keeps working for it: lookups, docs texts, and the deprecation note itself.
#![deny(warnings)]

zimerr::zim_errors!("tests/ui/pass/deprecated_allowed.yaml");

#[allow(deprecated)]
fn old() -> ZimCode {
    assert_eq!(codes::OLD_LIMIT, 2);
    ZimCode::OldLimit
}

fn main() {
    let old = old();
    assert_eq!(ZimCode::from_code(2), Some(old));
    assert_eq!(old.since(), Some("1.0"));
    assert!(old.deprecation().unwrap().starts_with("Replaced by `NewLimit`"));
    assert_eq!(ZimCode::NewLimit.deprecation(), None);
    assert_eq!(ZimCode::PREFIX, "shop");
    assert_eq!(<ZimCode as zimerr::ErrorCode>::PREFIX, "shop");
    assert_eq!(ZimCategory::all(), ZimCategory::all());
}
