#!/usr/bin/env bash
# Whether two versions of the engine expand catalogs to the same tokens: for refactors of
# the expand stage that must not change the output (docs/PERFORMANCE.md, section 8).
#
#   bench/expand-equiv.sh OLD_SNAPSHOT NEW_SNAPSHOT [CATALOG.yaml...]
#
# Each snapshot is a zimerr workspace (e.g. `git archive COMMIT | tar -x -C DIR`). Every
# catalog, and `expand-equiv/odd.yaml` (edge cases), is expanded with three sets of
# arguments (defaults; every name and `crate` changed plus `code_macro`; an exported
# `code_macro`) and the token trees compared (`expand-equiv/compare.rs`). Prints one line
# per case; exits 1 if any differ.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 OLD_SNAPSHOT NEW_SNAPSHOT [CATALOG.yaml...]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
work=${WORK:-$(mktemp -d /tmp/expand-equiv.XXXX)}
build() { # NAME SNAPSHOT -> path of the built tool crate
    local dir=$work/$1
    mkdir -p "$dir/src/bin"
    cp "$here/expand-equiv/expand.rs" "$here/expand-equiv/compare.rs" "$dir/src/bin/"
    cat >"$dir/Cargo.toml" <<TOML
[package]
name = "expand-equiv-$1"
version = "0.0.0"
edition = "2024"
publish = false
[dependencies]
zimerr-catalog = { path = "$(cd "$2" && pwd)/zimerr-catalog" }
proc-macro2 = "1"
syn = { version = "3", features = ["full", "parsing", "printing"] }
[workspace]
TOML
    (cd "$dir" && cargo build -q --release 2>&1 >/dev/null | grep -v '^warning' >&2 || true)
    echo "$dir/target/release"
}
old=$(build old "$1")
new=$(build new "$2")
shift 2
# Always also the edge cases (extreme codes, every character a literal must escape).
set -- "$here/expand-equiv/odd.yaml" "$@"
status=0
for catalog in "$@"; do
    for args in '"x.yaml"' \
        '"x.yaml", code_enum = "E", category_enum = "C", codes_module = "m", crate = "::my::rt", code_macro = "mc"' \
        '"x.yaml", code_macro = "app_code", code_macro_export = "errors::inner"'; do
        "$old/expand" "$catalog" "$args" >"$work/old.rs"
        "$new/expand" "$catalog" "$args" >"$work/new.rs"
        if result=$("$new/compare" "$work/old.rs" "$work/new.rs"); then mark=same; else mark=DIFFERENT; status=1; fi
        echo "$mark  $(basename "$catalog") [$args]: $result"
    done
done
exit $status
