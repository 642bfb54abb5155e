// A code the catalog deprecates warns where it is named, as the variant, the constant
// or through the checked-literal macro; denied here so the warning shows in the output.
#![deny(deprecated)]

zimerr::zim_errors!("tests/ui/deprecated.yaml", code_macro = "shop_code");

fn main() {
    let _ = DeprecatedCode::OldLimit;
    let _ = deprecated_codes::OLD_LIMIT;
    let _ = shop_code!(2);
    let _ = DeprecatedCode::NewLimit; // not deprecated: no warning
    // The run time is not affected: the number still maps to the variant.
    assert!(DeprecatedCode::from_code(2).is_some());
}
