#!/usr/bin/env bash
# Leaf rebuild of a crate whose whole source is `zimerr::zim_errors!("catalog.yaml");`, for
# several zimerr snapshots, rounds interleaved: like bench/leaf-rebuild.sh, but logging
# the CPU time (user + sys) of the leaf's rustc beside wall time and peak RSS, the steadier
# figure on a shared machine.
#
#   bench/leaf-cpu.sh -c CATALOG.yaml [-r ROUNDS] SNAPSHOT...
#
# SNAPSHOT is a zimerr workspace (`git archive COMMIT | tar -x -C DIR`). Each leaf is built
# once (dependencies and a first expansion, untimed), then each round is
# `touch src/lib.rs; cargo build` (dev, CARGO_INCREMENTAL=0) of every leaf in turn. One
# line per build: `N SNAPSHOT wall=S cpu=S peakMB=M load=L` (N = the catalog's codes), the
# format bench/results/2026-12-07-safe/medians.py reads.
set -euo pipefail
rounds=3 catalog=""
while getopts c:r: opt; do
    case $opt in
        c) catalog=$(realpath "$OPTARG") ;;
        r) rounds=$OPTARG ;;
        *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ -n "$catalog" ] && [ $# -ge 1 ] || { echo "usage: $0 -c CATALOG.yaml [-r ROUNDS] SNAPSHOT..." >&2; exit 2; }
n=$(grep -c '^  - code:' "$catalog" || true)
[ "$n" -gt 0 ] || n=$(grep -c 'code:' "$catalog")
work=${WORK:-$(mktemp -d /tmp/leaf-cpu.XXXX)}
mkdir -p "$work"
wrapper="$work/time-wrapper.sh"
cat >"$wrapper" <<'WRAP'
#!/bin/sh
if [ -n "$CARGO_PRIMARY_PACKAGE" ] && [ -n "$ZB_CPU_LOG" ]; then
    exec /usr/bin/time -o "$ZB_CPU_LOG" -f "%e %U %S %M" "$@"
fi
exec "$@"
WRAP
chmod +x "$wrapper"
leaves=()
for spec in "$@"; do
    snapshot=$(cd "$spec" && pwd)
    leaf="$work/$(basename "$snapshot")"
    mkdir -p "$leaf/src"
    cp "$catalog" "$leaf/catalog.yaml"
    echo 'zimerr::zim_errors!("catalog.yaml");' >"$leaf/src/lib.rs"
    printf '[package]\nname = "leaf"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n[dependencies]\nzimerr = { path = "%s/zimerr" }\n[workspace]\n' "$snapshot" >"$leaf/Cargo.toml"
    echo "# building $(basename "$snapshot") (dependencies and a first expansion)"
    (cd "$leaf" && CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$leaf/target" cargo build -q 2>&1 | tail -5)
    leaves+=("$leaf")
done
for round in $(seq "$rounds"); do
    for leaf in "${leaves[@]}"; do
        touch "$leaf/src/lib.rs"
        (cd "$leaf" && RUSTC_WRAPPER="$wrapper" ZB_CPU_LOG="$work/one" \
            CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$leaf/target" cargo build -q 2>/dev/null)
        read -r wall user sys kib <"$work/one" && rm "$work/one"
        echo "$n $(basename "$leaf") wall=$wall cpu=$(echo "$user + $sys" | bc) peakMB=$((kib / 1024)) load=$(cut -d' ' -f1 /proc/loadavg) round=$round"
    done
done
