//! A catalog file (the real `errors.yaml`) read into the model.

use serde_yaml::Value;

use zimerr_catalog::Action;

use gen_catalog::model::{Catalog, Category, Code};

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

fn number(v: &Value, key: &str) -> u32 {
    v.get(key)
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or_else(|| panic!("`{key}` is not a u32 in {v:?}"))
}

pub fn read(path: &str) -> Catalog {
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let doc: Value = serde_yaml::from_str(&source).unwrap_or_else(|e| panic!("{path}: {e}"));
    let categories: Vec<Category> = doc["categories"]
        .as_sequence()
        .expect("categories")
        .iter()
        .map(|c| Category {
            key: text(c, "key").expect("key"),
            name: text(c, "name").expect("name"),
            title: text(c, "title").expect("title"),
            ranges: c
                .get("ranges")
                .and_then(Value::as_sequence)
                .map(|rs| {
                    rs.iter()
                        .map(|r| (number(r, "first"), number(r, "last")))
                        .collect()
                })
                .unwrap_or_default(),
            note: text(c, "note"),
        })
        .collect();
    let codes = doc["codes"]
        .as_sequence()
        .expect("codes")
        .iter()
        .map(|c| {
            let category_key = text(c, "category").expect("category");
            let action = text(c, "action").expect("action");
            Code {
                code: number(c, "code"),
                name: text(c, "name").expect("name"),
                category: categories
                    .iter()
                    .position(|k| k.key == category_key)
                    .expect("known category"),
                description: text(c, "description").expect("description"),
                solution: text(c, "solution"),
                action: Action::KEYS
                    .iter()
                    .position(|a| *a == action)
                    .expect("known action"),
                retryable: c
                    .get("retryable")
                    .and_then(Value::as_bool)
                    .expect("retryable"),
                sdk_name: text(c, "sdk_name"),
                success: c.get("success").and_then(Value::as_bool).unwrap_or(false),
                zh: c.get("zh").map(|z| {
                    (
                        text(z, "description").expect("zh.description"),
                        text(z, "solution"),
                    )
                }),
                errata: text(c, "errata"),
            }
        })
        .collect();
    Catalog { categories, codes }
}
