// A crate that forbids `unsafe` expands catalogs and checks literals. (rustc does not
// apply the lint to another crate's macro output; tests/hygiene.rs checks that the
// expansion holds no `unsafe`.)
#![forbid(unsafe_code)]

zimerr::zim_errors!(
    "tests/ui/pass/custom_catalog.yaml",
    code_enum = "ShopCode",
    category_enum = "ShopArea",
);

fn main() {
    const EXPIRED: zimerr::ZimCode = zimerr::code!(6000106);
    assert_eq!(EXPIRED.description(), "Token has expired.");
    assert_eq!(ShopCode::from_code(1).map(ShopCode::name), Some("Internal"));
}
