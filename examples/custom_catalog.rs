//! A catalog of your own through `zim_errors!`: the same API as the bundled ZIM one.
//!
//! Run with `cargo run --example custom_catalog`.

use zimerr::Action;

// Reads examples/custom_errors.yaml (relative to this package's Cargo.toml) at compile
// time; editing the file rebuilds this example. Every name is made of the prefix (by
// default the file's, `CustomErrors`): `StoreCode`, `store_codes`, the catalog's own
// error value `StoreError` (`zimerr::Error<StoreCode>`) and `StoreResult`; the category
// enum is named on its own.
zimerr::zim_errors!(
    "examples/custom_errors.yaml",
    prefix = "Store",
    category_enum = "StoreArea",
    code_macro = "store_code",
);

fn upload(result_code: u32) -> StoreResult<()> {
    StoreError::check(result_code)
}

fn main() {
    for raw in [store_codes::OK, store_codes::STORAGE_BUSY, 2999, 7] {
        match upload(raw) {
            Ok(()) => println!("{raw}: uploaded"),
            Err(err) => {
                let what_to_do = match err.action() {
                    Some(Action::Retry) => "retry with backoff",
                    Some(Action::InformUser) => "tell the user",
                    Some(_) => "see the solution",
                    None => "unknown code: log it",
                };
                let area = err.category().map_or("no area", |a| a.title());
                println!("{err}\n  area: {area}; next: {what_to_do}");
            }
        }
    }
    // Checked at compile time: `store_code!(2003)` would not compile.
    assert_eq!(StoreCode::from_code(2002), Some(store_code!(2002)));
    assert_eq!(StoreArea::of_code(2999), Some(StoreArea::Storage));
    assert_eq!("QuotaExceeded".parse(), Ok(StoreCode::QuotaExceeded));
}
