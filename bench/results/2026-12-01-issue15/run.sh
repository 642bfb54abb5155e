#!/usr/bin/env bash
# The measurements of issue 15 (docs/PERFORMANCE.md, section 6), in the order they ran.
# BEFORE: a snapshot of 47ff6b2 (the last commit before issue 15's changes);
# AFTER: a snapshot of the commit under test. Both are `git archive` copies, so edits made
# in the repository during the run do not leak in.
#   bench/results/2026-12-01-issue15/run.sh BEFORE_DIR AFTER_DIR OUT_DIR
set -euo pipefail
before=$1 after=$2 out=$3
mkdir -p "$out"

bench_bin() { # DIR PROFILE -> path of the expand bench binary built in DIR's own target
    local dir=$1 profile=$2
    (cd "$dir" && CARGO_TARGET_DIR=$dir/target cargo bench -q -p zimerr-catalog --bench expand --profile "$profile" --no-run 2>/dev/null)
    local sub=$([ "$profile" = dev ] && echo debug || echo release)
    ls -t "$dir"/target/$sub/deps/expand-* | grep -v '\.d$' | head -1
}

echo "== 1. expansion of the ZIM catalog, before/after, 3 interleaved rounds per profile"
for profile in dev release; do
    b=$(bench_bin "$before" $profile); a=$(bench_bin "$after" $profile)
    for round in 1 2 3; do
        for side in before after; do
            bin=$([ $side = before ] && echo "$b" || echo "$a")
            echo "--- $profile round $round $side ($bin)"
            "$bin" --bench --sample-count 30 load_validate_expand expand load_parse validate
        done
    done >"$out/expand-$profile.txt" 2>&1
done

echo "== 2. run time (lookup bench, after)"
(cd "$after" && CARGO_TARGET_DIR=$after/target cargo bench -q -p zimerr --bench lookup) >"$out/lookup.txt" 2>&1
