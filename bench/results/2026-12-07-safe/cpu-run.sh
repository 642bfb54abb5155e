#!/usr/bin/env bash
# CPU time (user+sys) of the leaf's rustc, before/after interleaved per round, on the
# leaves leaf-rebuild.sh built in /tmp/safe-bench/work (catalog copied in first).
set -u
cd /tmp/safe-bench
for spec in "145 7" "10000 7"; do
  set -- $spec
  echo "### catalog $1, $2 rounds (cpu)"
  for leaf in before after; do cp catalog-$1.yaml work/$leaf/catalog.yaml; (cd work/$leaf && CARGO_INCREMENTAL=0 CARGO_TARGET_DIR=$PWD/target nice -n 10 cargo build -q 2>/dev/null); done
  for r in $(seq $2); do
    for leaf in before after; do
      touch work/$leaf/src/lib.rs
      (cd work/$leaf && RUSTC_WRAPPER=/tmp/safe-bench/cpu-wrapper.sh ZB_CPU_LOG=/tmp/safe-bench/cpu.one CARGO_INCREMENTAL=0 CARGO_TARGET_DIR=$PWD/target nice -n 10 cargo build -q 2>/dev/null)
      read -r _ wall user sys kib < /tmp/safe-bench/cpu.one; rm /tmp/safe-bench/cpu.one
      echo "$1 $leaf wall=$wall cpu=$(echo "$user + $sys" | bc) peakMB=$((kib/1024)) load=$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done
