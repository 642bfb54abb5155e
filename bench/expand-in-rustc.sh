#!/usr/bin/env bash
# The ZIM catalog's expansion as rustc runs it: a leaf crate invokes `zim_errors!()` on the
# bundled catalog K times (one module each) and rustc's own `-Z time-passes` reports
# `macro_expand_crate`; divided by K, that is one expansion. Unlike `benches/expand.rs`,
# which runs the engine outside a compiler (proc-macro2's fallback tokens), this includes
# the proc-macro bridge and is built as cargo builds proc macros (dev profile).
#
#   bench/expand-in-rustc.sh [-k K] [-r ROUNDS] SNAPSHOT_DIR...
#
# Each SNAPSHOT_DIR is a zimerr workspace (e.g. `git archive COMMIT | tar -x -C DIR`, or
# the repository itself); the snapshots are measured in turn, ROUNDS times, so a change in
# machine speed falls on all of them alike. Prints one line per measurement and, per
# snapshot, the median per expansion in ms. RUSTC_BOOTSTRAP=1 enables `-Z` on stable for
# this measurement only.
set -euo pipefail
k=10 rounds=5
while getopts k:r: opt; do
    case $opt in
        k) k=$OPTARG ;;
        r) rounds=$OPTARG ;;
        *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { echo "usage: $0 [-k K] [-r ROUNDS] SNAPSHOT_DIR..." >&2; exit 2; }

work=${WORK:-$(mktemp -d /tmp/expand-in-rustc.XXXX)}
leaves=()
for snapshot in "$@"; do
    snapshot=$(cd "$snapshot" && pwd)
    leaf="$work/leaf-$(echo "$snapshot" | tr '/' '_')"
    mkdir -p "$leaf/src"
    cat >"$leaf/Cargo.toml" <<EOF
[package]
name = "expand-in-rustc"
version = "0.0.0"
edition = "2021"
publish = false
[dependencies]
zimerr = { path = "$snapshot/zimerr" }
[workspace]
EOF
    : >"$leaf/src/lib.rs"
    for i in $(seq "$k"); do
        echo "pub mod m$i { zimerr::zim_errors!(code_enum = \"Code$i\", category_enum = \"Area$i\", codes_module = \"codes$i\"); }" >>"$leaf/src/lib.rs"
    done
    (cd "$leaf" && CARGO_TARGET_DIR="$leaf/target" cargo build -q 2>/dev/null)
    leaves+=("$leaf")
done

declare -A samples
for round in $(seq "$rounds"); do
    for leaf in "${leaves[@]}"; do
        touch "$leaf/src/lib.rs"
        seconds=$(cd "$leaf" && RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$leaf/target" \
            cargo rustc -q -- -Z time-passes 2>&1 | grep -P '\tmacro_expand_crate$' | awk '{print $2}' | tr -d ';')
        ms=$(awk -v s="$seconds" -v k="$k" 'BEGIN { printf "%.1f", s * 1000 / k }')
        echo "round $round $(basename "$leaf"): $ms ms per expansion"
        samples[$leaf]+="$ms "
    done
done
for leaf in "${leaves[@]}"; do
    median=$(echo "${samples[$leaf]}" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
    echo "median $(basename "$leaf"): $median ms per expansion (samples: ${samples[$leaf]})"
done
