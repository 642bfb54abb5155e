// `#[allow(deprecated)]` silences the warning of a deprecated code, and the run time
// keeps working for it: lookups, docs texts, and the deprecation note itself.
#![deny(warnings)]

zimerr::zim_errors!("tests/ui/pass/deprecated_allowed.yaml");

#[allow(deprecated)]
fn old() -> DeprecatedAllowedCode {
    assert_eq!(deprecated_allowed_codes::OLD_LIMIT, 2);
    DeprecatedAllowedCode::OldLimit
}

fn main() {
    let old = old();
    assert_eq!(DeprecatedAllowedCode::from_code(2), Some(old));
    assert_eq!(old.since(), Some("1.0"));
    assert!(old.deprecation().unwrap().starts_with("Replaced by `NewLimit`"));
    assert_eq!(DeprecatedAllowedCode::NewLimit.deprecation(), None);
    assert_eq!(DeprecatedAllowedCode::PREFIX, "shop");
    assert_eq!(<DeprecatedAllowedCode as zimerr::ErrorCode>::PREFIX, "shop");
    assert_eq!(DeprecatedAllowedCategory::all(), DeprecatedAllowedCategory::all());
}
