#!/usr/bin/env bash
# Section 8.1: each variant of `mac/` invoked ten times by a leaf crate, timed by
# `-Z time-passes` (`macro_expand_crate` / 10), ROUNDS rounds interleaved.
#   bench/results/2026-12-01-source-text/diagnosis/run.sh [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
rounds=${1:-6}
W=${W:-/tmp/diagnosis-8-1}
rm -rf "$W" && mkdir -p "$W/zimerr" "$W/leaf/src"
git -C "$repo" archive 2a6c490 | tar -x -C "$W/zimerr"
cp -r "$here/mac" "$W/mac"
sed -i "s#ZIMERR#$W/zimerr#" "$W/mac/Cargo.toml"
# The finished expansion, as the engine at 2a6c490 writes it (the equivalence tool's expander).
WORK=$W/equiv "$repo/bench/expand-equiv.sh" "$W/zimerr" "$W/zimerr" >/dev/null
"$W/equiv/old/target/release/expand" "$W/zimerr/errors.yaml" '"x.yaml"' >"$W/expansion.rs"
cat >"$W/leaf/Cargo.toml" <<TOML
[package]
name = "diagnosis-leaf"
version = "0.0.0"
edition = "2021"
publish = false
[dependencies]
diagnosis-mac = { path = "../mac" }
zimerr = { path = "$W/zimerr/zimerr" }
[workspace]
TOML
for round in $(seq "$rounds"); do
    for variant in full load_only full_to_string lex_only load_plus_lex; do
        : >"$W/leaf/src/lib.rs"
        for i in $(seq 10); do echo "pub mod m$i { diagnosis_mac::$variant!(); }" >>"$W/leaf/src/lib.rs"; done
        seconds=$(cd "$W/leaf" && RUSTC_BOOTSTRAP=1 cargo rustc -q -- -Z time-passes 2>&1 |
            grep -P '\tmacro_expand_crate$' | awk '{print $2}' | tr -d ';')
        echo "round $round $variant $(awk -v s="$seconds" 'BEGIN { printf "%.1f", s * 100 }') ms"
    done
done
