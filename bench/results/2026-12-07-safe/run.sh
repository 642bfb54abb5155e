#!/usr/bin/env bash
# before = 16ea47a (branch base), after = 42b9e7c; same rounds, interleaved per round.
set -u
cd /tmp/safe-bench
export WORK=/tmp/safe-bench/work
mkdir -p $WORK
S=/work/wt/safe/bench/leaf-rebuild.sh
date -u
for spec in "145 7" "10000 5" "50000 3"; do
  set -- $spec
  echo "### catalog $1, $2 rounds: $S -c catalog-$1.yaml -r $2 before after"
  nice -n 10 bash $S -c catalog-$1.yaml -r $2 before after 2>&1
  date -u
done
