#!/usr/bin/env bash
# Issue 15, third pass: the expansion written as source text and lexed by rustc in one
# call (docs/PERFORMANCE.md, section 8). BEFORE and AFTER are `git archive` snapshots, so
# edits in the work tree during the run do not leak in. Needs the synthetic catalogs and
# baselines of `gen-catalog` in CATALOGS (cat10k.yaml, cat50k.yaml = `gen-catalog yaml N`,
# floor50k.rs = `gen-catalog floor 50000`) and the light crate's leaf (LIGHT_LEAF, whose
# src/lib.rs is `gen-catalog light 10000`).
#   [STEPS="1 2 4"] [OUT=dir] bench/results/2026-12-01-source-text/run.sh BEFORE_COMMIT AFTER_COMMIT
# STEPS picks steps (default all), OUT writes the results elsewhere (default: beside this),
# ROUNDS_EIR and ROUNDS_10K set the rounds of steps 1 and 4 (default 7 and 3).
set -euo pipefail
STEPS=${STEPS:-1 2 3 4 5 6}
step() { [[ " $STEPS " == *" $1 "* ]]; }
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
out=${OUT:-$here}
mkdir -p "$out"
before_commit=$(git -C "$repo" rev-parse --short "$1")
after_commit=$(git -C "$repo" rev-parse --short "$2")
W=${W:-/tmp/source-text-run}
CATALOGS=${CATALOGS:-/tmp/abl}
LIGHT_LEAF=${LIGHT_LEAF:-/tmp/zimerr-bench-final/leaves/d_10000}
rm -rf "$W" && mkdir -p "$W/before" "$W/after"
git -C "$repo" archive "$before_commit" | tar -x -C "$W/before"
git -C "$repo" archive "$after_commit" | tar -x -C "$W/after"
echo "before $before_commit, after $after_commit, $(rustc --version), $(nproc) cores, load: $(uptime)" | tee "$out/commits.txt"

if step 1; then
echo "== 1. the ZIM expansion inside rustc (time-passes, 10 invocations per build)"
WORK=$W/eir "$repo/bench/expand-in-rustc.sh" -k 10 -r "${ROUNDS_EIR:-7}" "$W/before" "$W/after" | tee "$out/expand-in-rustc.txt"
fi

if step 2; then
echo "== 2. the expand bench, dev profile (as cargo builds proc macros), 3 rounds"
bench_bin() { # DIR -> the dev-profile expand bench binary built in DIR's own target
    (cd "$1" && CARGO_TARGET_DIR=$1/target cargo bench -q -p zimerr-catalog --bench expand --profile dev --no-run 2>/dev/null)
    ls -t "$1"/target/debug/deps/expand-* | grep -v '\.d$' | head -1
}
b=$(bench_bin "$W/before") a=$(bench_bin "$W/after")
for round in 1 2 3; do
    for side in before after; do
        bin=$([ $side = before ] && echo "$b" || echo "$a")
        echo "--- round $round $side"
        "$bin" --bench --sample-count 30 --skip 10000 load_validate_expand expand load_parse load_yaml_only validate
    done
done 2>&1 | tee "$out/expand-dev.txt"
fi

if step 3; then
echo "== 3. leaf rebuild at 50,000 codes: before, after, the floor"
WORK=$W/l50k "$repo/bench/leaf-rebuild.sh" -c "$CATALOGS/cat50k.yaml" -r 2 -f "$CATALOGS/floor50k.rs" \
    "$W/before" "$W/after" | tee "$out/leaf-50k.txt"
fi

if step 4; then
echo "== 4. leaf rebuild at 10,000 codes: before, after, the light hand-written crate"
WORK=$W/l10k "$repo/bench/leaf-rebuild.sh" -c "$CATALOGS/cat10k.yaml" -r "${ROUNDS_10K:-3}" -f "$LIGHT_LEAF/src/lib.rs" \
    "$W/before" "$W/after" | tee "$out/leaf-10k.txt"
fi

if step 5; then
echo "== 5. rust-analyzer's first hover at 10,000 codes: before, after, the light crate"
python3 "$repo/bench/ide_hover.py" "$W/l10k/before" "$W/l10k/after" "$LIGHT_LEAF" \
    --catalog "$CATALOGS/cat10k.yaml" --runs 2 --work "$W/ide" --out "$out/ide-10000.json" 2>&1 | tee "$out/ide-10000.log"
fi

if step 6; then
echo "== 6. clean build of a zimerr user: before, after, the derive stack"
RUNS=4 W=$W/clean RAW=$(realpath --relative-to="$repo/bench/results/2026-12-01-clean-build" "$out")/clean-build ONLY="zim-before zim-after derive" \
    "$repo/bench/results/2026-12-01-clean-build/run.sh" "$before_commit" "$after_commit" 2>&1 | tee "$out/clean-build.log"
fi
