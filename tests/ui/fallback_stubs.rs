// A broken catalog (an unknown action) and user code that uses every generated item:
// types, methods, traits, the constants module and the code macro. The macro emits
// stand-ins for all of them, so the only error is the catalog's: no "cannot find type
// `ShopCode`", "no method named `name`", "trait bound not satisfied" and the like. The
// child module's `super::` paths matter: rustc (1.95) hides failed lookups in the module
// of a `compile_error!` by itself (rust-lang/rust#149484), but not lookups through
// `super::` from another module.
zimerr::zim_errors!(
    "tests/ui/fallback_stubs.yaml",
    code_enum = "ShopCode",
    category_enum = "ShopArea",
    codes_module = "shop_codes",
    code_macro = "shop_code",
);

mod handlers {
    #[allow(unused_imports)]
    use super::shop_codes::*;

    pub fn area(code: super::ShopCode) -> super::ShopArea {
        code.category()
    }

    // The code macro names the enum at the call site, so it must be in scope there.
    pub const FIRST: super::ShopCode = {
        use super::ShopCode;
        crate::shop_code!(100)
    };
}

fn main() {
    let codes: Vec<ShopCode> = ShopCode::all().collect();
    let _areas: Vec<ShopArea> = codes.into_iter().map(handlers::area).collect();
    let err = zimerr::Error::<ShopCode>::from(handlers::FIRST);
    println!("{err} {} {:?}", handlers::FIRST.name(), err.action());
    if let Some(shop_code!(100)) = ShopCode::from_code(100) {}
}
