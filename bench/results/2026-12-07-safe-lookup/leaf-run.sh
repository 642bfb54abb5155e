#!/usr/bin/env bash
set -u
cd /tmp/safe2/lb
date -u
for spec in "145 5" "10000 3" "50000 3"; do
  set -- $spec
  echo "### catalog-$1.yaml, $2 rounds: bench/leaf-cpu.sh -c catalog-$1.yaml -r $2 before after"
  WORK=/tmp/safe2/lb/work-$1 nice -n 10 bash /work/wt/safe/bench/leaf-cpu.sh -c catalog-$1.yaml -r $2 before after 2>&1
  date -u
done
