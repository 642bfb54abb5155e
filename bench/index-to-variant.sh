#!/usr/bin/env bash
# Compile cost of the ways to turn a catalog index into an enum variant
# (bench/index_to_variant.py), rounds interleaved so that every way sees the same load.
#
#   bench/index-to-variant.sh ROUNDS "N..." "MODE..." > log
#
# For each round, N and MODE: `rustc --emit=metadata` (what `cargo check` pays) and
# `rustc --emit=link -C debuginfo=2` (the dev profile's codegen, opt-level 0) of the
# generated crate, under `/usr/bin/time -v`. One line per compilation:
# `N MODE EMIT wall=S user=S sys=S peakMB=M load=L`; `medians.py LOG` summarises.
# `static` is skipped above 10,000 codes (its O(N^2) validation takes minutes there).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rounds=$1 sizes=$2 modes=$3
work=$(mktemp -d /tmp/index-to-variant.XXXX)
echo "# rustc: $(rustc -V); commit $(git -C "$here" rev-parse --short HEAD); $(date -u)"
for n in $sizes; do
    for mode in $modes; do
        python3 "$here/index_to_variant.py" "$n" "$mode" >"$work/$n-$mode.rs"
    done
done
for round in $(seq "$rounds"); do
    for n in $sizes; do
        for mode in $modes; do
            [ "$mode" = static ] && [ "$n" -gt 10000 ] && continue
            for emit in metadata link; do
                extra=()
                [ "$emit" = link ] && extra=(-C debuginfo=2 -C opt-level=0)
                /usr/bin/time -v -o "$work/time" rustc --edition 2021 --crate-type lib \
                    --crate-name "t_${mode}" --emit="$emit" "${extra[@]}" \
                    -o "$work/out.$emit" "$work/$n-$mode.rs"
                wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time" |
                    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
                user=$(sed -n 's/.*User time (seconds): //p' "$work/time")
                sys=$(sed -n 's/.*System time (seconds): //p' "$work/time")
                kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
                echo "$n $mode $emit wall=$wall user=$user sys=$sys peakMB=$((kib / 1024)) load=$(cut -d' ' -f1 /proc/loadavg) round=$round"
            done
        done
    done
done
rm -rf "$work"
