//! Prints `zim_errors!`'s expansion of one catalog, as the engine it is built against
//! produces it (`expand_source`: the items, then the checked-literal macro). Built by
//! `../expand-equiv.sh` once per snapshot.
//!
//!     expand CATALOG.yaml 'ARGS'   # ARGS as inside `zim_errors!(…)`, with the path first
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, path, macro_args] = args.as_slice() else {
        eprintln!("usage: expand CATALOG.yaml 'ARGS'");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).expect("the catalog is readable");
    let parsed = zimerr_catalog::Args::parse(macro_args)
        .expect("the arguments parse as `zim_errors!`'s");
    let source =
        zimerr_catalog::SourceText::from_text(path.clone(), text).with_absolute_path(path.clone());
    match zimerr_catalog::expand_source(&parsed, &source) {
        Ok(tokens) => println!("{tokens}"),
        Err(problems) => {
            eprintln!("{problems}");
            std::process::exit(1);
        }
    }
}
