// `codes_module` named like the code enum: a module and an enum share the type namespace.
// One error naming the fix (it gave 25 at the call), and the stand-ins keep the enum and
// the code macro usable, so the uses below add no errors.
zimerr::zim_errors!(
    "tests/ui/pass/custom_catalog.yaml",
    code_enum = "ShopCode",
    codes_module = "ShopCode",
    code_macro = "shop_code",
);

fn main() {
    let code = ShopCode::CardDeclined;
    let _: ShopCode = shop_code!(1001);
    println!("{} {:?}", code.name(), ShopCode::from_code(1201));
}
