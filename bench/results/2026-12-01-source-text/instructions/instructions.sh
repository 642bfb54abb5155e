#!/usr/bin/env bash
# Instructions per ZIM expansion, dev build, for each COMMIT (cachegrind: deterministic,
# unlike wall time on a shared machine). Each part runs N times after one load that every
# run shares; "none" is that baseline, subtracted.
#   bench/results/2026-12-01-source-text/instructions/instructions.sh COMMIT...
# Needs commits from `b8f24ff` on (`expand::expand_text`).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
n=${N:-5}
W=${W:-/tmp/instructions-run}
for commit in "$@"; do
    # The snapshot beside the crate, not in it: cargo would make it a workspace member.
    dir=$W/$commit-crate src=$W/$commit
    rm -rf "$dir" "$src" && mkdir -p "$dir" "$src"
    git -C "$repo" archive "$commit" | tar -x -C "$src"
    cp -r "$here/Cargo.toml" "$here/src" "$dir/"
    sed -i "s#ZIMERR#$src#" "$dir/Cargo.toml"
    (cd "$dir" && cargo build -q 2>/dev/null)
    count() {
        valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
            "$dir/target/debug/instructions" "$1" "$n" 2>&1 | awk '/I *refs/ { gsub(",", "", $4); print $4 }'
    }
    base=$(count none)
    line="$commit:"
    for part in check expand_text whole; do
        line+=$(awk -v a="$(count "$part")" -v b="$base" -v n="$n" -v p="$part" \
            'BEGIN { printf "  %s %.1f M", p, (a - b) / n / 1e6 }')
    done
    echo "$line"
done
