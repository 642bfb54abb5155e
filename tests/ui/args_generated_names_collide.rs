// Generated names that collide: a macro named like the enum (its `use` re-export takes
// the type's name too), a module named like the default `Error` alias, a category enum
// named like the code enum. One error each, at the option to change, naming a free name;
// the uses below add no errors.
mod macro_like_enum {
    zimerr::zim_errors!(
        "tests/ui/pass/custom_catalog.yaml",
        code_enum = "ShopCode",
        code_macro = "ShopCode",
    );

    pub fn declined() -> ShopCode {
        ShopCode!(1001)
    }
}

mod module_like_alias {
    zimerr::zim_errors!(
        "tests/ui/pass/custom_catalog.yaml",
        prefix = "Shop",
        codes_module = "ShopError",
    );

    pub fn error() -> ShopError {
        ShopError::new(ShopCode::CardDeclined.code(), "declined")
    }
}

mod category_like_code {
    zimerr::zim_errors!(
        "tests/ui/pass/custom_catalog.yaml",
        code_enum = "ShopCode",
        category_enum = "ShopCode",
    );

    pub fn area() -> ShopCategory {
        ShopCode::CardDeclined.category()
    }
}

fn main() {
    let _ = macro_like_enum::declined();
    let _ = module_like_alias::error();
    let _ = category_like_code::area();
}
