//! `errors.schema.json`, compiled once for a test crate. boon checks the schema against
//! its draft's meta-schema while compiling it; it loads files only (no network).

use serde_json::Value;

pub(crate) struct Schema {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Schema {
    pub(crate) fn load() -> Self {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/errors.schema.json");
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        let index = compiler
            .compile(path, &mut schemas)
            .unwrap_or_else(|e| panic!("errors.schema.json does not compile: {e:#}"));
        Self { schemas, index }
    }

    /// Why `instance` does not match the schema, or `None` when it does.
    pub(crate) fn errors(&self, instance: &Value) -> Option<String> {
        self.schemas
            .validate(instance, self.index)
            .err()
            .map(|e| format!("{e}"))
    }
}
