// Two catalogs in one module, one of them with a crate-local code macro: the items each
// expansion adds besides the user's names (the runtime crate's alias, the tables inside
// the methods) do not collide.

zimerr::zim_errors!(
    "tests/ui/pass/custom_catalog.yaml",
    code_enum = "ShopCode",
    category_enum = "ShopArea",
    codes_module = "shop_codes",
    code_macro = "shop_code",
);

zimerr::zim_errors!(
    bundled = "server",
    code_enum = "ServerCode",
    category_enum = "ServerArea",
    codes_module = "server_codes",
);

fn main() {
    assert_eq!(shop_code!(1001).code(), shop_codes::CARD_DECLINED);
    assert_eq!(ServerCode::from_code(1).map(ServerCode::category), Some(ServerArea::Public));
    assert_eq!(ShopCode::all().len(), 4);
}
