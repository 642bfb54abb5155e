// Every generated name is made of a prefix, by default the file's stem in UpperCamelCase;
// `2024-errors.yaml` gives none that can start a type name, so the macro asks for
// `prefix = "…"` at the path, once, and the stand-ins (`CatalogCode`) keep the catalog's
// variants so code naming them adds no errors.
zimerr::zim_errors!("tests/ui/2024-errors.yaml");

fn main() {
    let _ = CatalogCode::CardDeclined;
}
