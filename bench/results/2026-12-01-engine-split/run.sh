#!/usr/bin/env bash
# Issue 10/13 before/after measurements on one machine in one session.
# before = c886553 (/work/before), after = the engine branch (/work/wt).
set -u
cd /tmp/bench2
AFTER_COMMIT=$(git -C /work/wt rev-parse --short HEAD)
echo "after commit: $AFTER_COMMIT" > commits.txt
echo "before commit: $(git -C /work/before rev-parse --short HEAD)" >> commits.txt
# Build everything first so the timed runs measure only the benches.
(cd /work/before && cargo bench -q -p zimerr-macros --bench expand --no-run && cargo bench -q -p zimerr-macros --bench expand --profile dev --no-run) > build.log 2>&1
(cd /work/wt && cargo bench -q -p zimerr-catalog --bench expand --no-run && cargo bench -q -p zimerr-catalog --bench expand --profile dev --no-run) >> build.log 2>&1
for round in 1 2 3; do
  for profile in release dev; do
    flag=""; [ "$profile" = dev ] && flag="--profile dev"
    (cd /work/before && cargo bench -q -p zimerr-macros --bench expand $flag -- load_validate_expand) > expand-before-$profile-$round.txt 2>&1
    (cd /work/wt && cargo bench -q -p zimerr-catalog --bench expand $flag -- load_validate_expand) > expand-after-$profile-$round.txt 2>&1
  done
done
# Leaf rebuild of the facade (zimerr: one catalog before, two after), dev profile.
(cd /work/before && cargo build -q -p zimerr) ; (cd /work/wt && cargo build -q -p zimerr)
hyperfine --warmup 1 --runs 8 --export-json facade-leaf.json \
  -n before "touch /work/before/zimerr/src/lib.rs && cd /work/before && cargo build -q -p zimerr" \
  -n after "touch /work/wt/zimerr/src/lib.rs && cd /work/wt && cargo build -q -p zimerr" > facade-leaf.txt 2>&1
echo DONE > done.txt
