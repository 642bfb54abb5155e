#!/bin/sh
# zimerr-catalog's own compile, before against after, in one hyperfine run per round:
# dev profile with debug info off and no incremental cache, as cargo builds a proc
# macro's dependency (`[profile.dev.build-override]`: opt-level 0, debug = false). Only
# the crate itself is rebuilt (`touch`); its dependencies stay built.
#
#   BASE=/tmp/cc-base BASE_TARGET=/tmp/cc-target-base \
#   AFTER=/path/to/worktree AFTER_TARGET=/tmp/cc-target ROUNDS=4 RUNS=10 OUT=raw/ab ./ab.sh
#
# BASE is a `git archive` of the base commit (so edits in the work tree cannot leak in);
# each side has its own target directory, built once beforehand. The order alternates
# each round so that a change in the machine's load falls on both alike.
set -e
export CARGO_PROFILE_DEV_DEBUG=false CARGO_INCREMENTAL=0
RUNS=${RUNS:-8}
OUT=${OUT:-raw/ab}
uptime
for round in $(seq 1 "${ROUNDS:-3}"); do
  if [ $((round % 2)) = 1 ]; then order="before after"; else order="after before"; fi
  set --
  for side in $order; do
    if [ "$side" = before ]; then d=$BASE t=$BASE_TARGET; else d=$AFTER t=$AFTER_TARGET; fi
    set -- "$@" -n "$side" --prepare "touch $d/zimerr-catalog/src/lib.rs" \
      "cd $d && CARGO_TARGET_DIR=$t cargo build -q -p zimerr-catalog"
  done
  nice -n 5 hyperfine -w 1 -r "$RUNS" --export-json "$OUT-$round.json" "$@"
  uptime
done
