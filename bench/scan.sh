#!/usr/bin/env bash
# Throughput and memory of `zimerr scan` (the zimerr-cli crate), and of `scan --lines`.
#
# Generates a deterministic log of SIZE_MB (default 200) megabytes, one ZIM code per
# line among log noise (bench/gen_log.py), plus a 10 MB one; builds the release binary;
# checks that the scan finds exactly the generated counts; then measures
#   - throughput with hyperfine (warm page cache), or a timed loop without it,
#   - peak memory (max RSS) with /usr/bin/time -v, on both logs: it must not grow with
#     the input;
#   - the same for `scan --lines` (line numbers, 10 locations kept per code);
#   - with BASELINE set to another zimerr binary (an older build): both binaries, run
#     after one another in each round (so that the load of a shared machine falls on both
#     alike), for `scan FILE`, `scan --lines FILE` and `scan -` (a pipe from `cat`): mean
#     and best wall time and mean CPU time (user + system) of each, and both binaries'
#     max RSS.
#
# Usage: bench/scan.sh [SIZE_MB]            (from anywhere; needs python3)
# Env:   BENCH_DIR   where the logs go      (default: /tmp/zimerr-bench)
#        CARGO_TARGET_DIR                   (default: cargo's)
#        RUNS        hyperfine runs, and rounds of the comparison (default: 10)
#        BASELINE    a zimerr binary to compare with (default: none)
# Tools: hyperfine (`apt-get install -y hyperfine`) and GNU time (`apt-get install -y
#        time`) are used when present.
set -euo pipefail

size_mb=${1:-200}
small_mb=10
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${BENCH_DIR:-/tmp/zimerr-bench}
runs=${RUNS:-10}
target=${CARGO_TARGET_DIR:-$root/target}
bin=$target/release/zimerr
mkdir -p "$dir"

echo "== build (release)"
(cd "$root" && cargo build --release -p zimerr-cli --bin zimerr --quiet)

echo "== generate logs"
"$bin" --json list >"$dir/codes.json"
for mb in "$size_mb" "$small_mb"; do
    log=$dir/log-${mb}mb.log
    if [[ ! -s $log || ! -s $dir/expected-${mb}mb.json ]]; then
        python3 "$root/bench/gen_log.py" "$dir/codes.json" "$mb" "$log" "$dir/expected-${mb}mb.json"
    fi
done
big=$dir/log-${size_mb}mb.log
small=$dir/log-${small_mb}mb.log
bytes=$(stat -c %s "$big")
lines=$(wc -l <"$big")
echo "$big: $bytes bytes, $lines lines"

echo "== check: the scan finds exactly the generated counts"
for mb in "$size_mb" "$small_mb"; do
    "$bin" --json scan "$dir/log-${mb}mb.log" >"$dir/found-${mb}mb.json"
    python3 - "$dir/found-${mb}mb.json" "$dir/expected-${mb}mb.json" <<'EOF'
import json, sys
found = {str(r["code"]): r["count"] for r in json.load(open(sys.argv[1]))}
# Every record has the same keys, known code or not.
records = json.load(open(sys.argv[1]))
if len({tuple(sorted(r)) for r in records}) > 1:
    sys.exit("scan records differ in their keys")
expected = json.load(open(sys.argv[2]))
if found != expected:
    diff = {k: (found.get(k), expected.get(k)) for k in set(found) | set(expected)
            if found.get(k) != expected.get(k)}
    sys.exit(f"scan counts differ from the generated ones: {diff}")
print(f"ok: {sum(found.values())} codes, {len(found)} distinct")
EOF
done

if [[ -n ${BASELINE:-} ]]; then
    echo "== check: $BASELINE finds the same"
    # On the keys the baseline has: a newer build may add keys (never remove or change one).
    same_records() {
        python3 - "$1" "$2" <<'EOF'
import json, sys
old, new = (json.load(open(p)) for p in sys.argv[1:3])
trimmed = [{k: r[k] for k in o} for o, r in zip(old, new)]
if len(old) != len(new) or trimmed != old:
    sys.exit("the records differ")
EOF
    }
    for mb in "$size_mb" "$small_mb"; do
        "$BASELINE" --json scan "$dir/log-${mb}mb.log" >"$dir/baseline-${mb}mb.json"
        same_records "$dir/baseline-${mb}mb.json" "$dir/found-${mb}mb.json"
        "$BASELINE" --json scan --lines "$dir/log-${mb}mb.log" >"$dir/baseline-lines-${mb}mb.json"
        "$bin" --json scan --lines "$dir/log-${mb}mb.log" >"$dir/found-lines-${mb}mb.json"
        same_records "$dir/baseline-lines-${mb}mb.json" "$dir/found-lines-${mb}mb.json"
    done
    echo "ok: the same records (on the baseline's keys), with and without --lines"
fi

echo "== throughput (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
cat "$big" >/dev/null # warm the page cache
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 2 --runs "$runs" --export-json "$dir/hyperfine.json" \
        "$bin scan $big" "$bin scan --lines $big"
    mean=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$dir/hyperfine.json")
    min=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["min"])' "$dir/hyperfine.json")
    # CPU time (user + system) is less sensitive to other load on the machine.
    python3 - "$dir/hyperfine.json" "$bytes" <<'EOF'
import json, sys
b = int(sys.argv[2])
for r in json.load(open(sys.argv[1]))["results"]:
    c = r["user"] + r["system"]
    print(f"{r['command'].split('/')[-1]}: mean {b/r['mean']/1e6:.0f} MB/s ({r['mean']:.3f} s), "
          f"best {b/r['min']/1e6:.0f} MB/s ({r['min']:.3f} s), "
          f"cpu {c:.3f} s per run (user+sys) = {b/c/1e6:.0f} MB/s of CPU time")
EOF
else
    echo "(hyperfine not found: best and mean of $runs timed runs)"
    times=()
    for _ in $(seq "$runs"); do
        start=$(date +%s.%N)
        "$bin" scan "$big" >/dev/null
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    mean=$(printf '%s\n' "${times[@]}" | awk '{s+=$1} END {print s/NR}')
    min=$(printf '%s\n' "${times[@]}" | sort -g | head -1)
fi
awk -v b="$bytes" -v m="$mean" -v n="$min" 'BEGIN {
    printf "throughput: %.0f MB/s mean (%.3f s), %.0f MB/s best (%.3f s); MB = 10^6 bytes\n", b/m/1e6, m, b/n/1e6, n
}'

echo "== throughput from stdin (a pipe)"
start=$(date +%s.%N)
cat "$big" | "$bin" scan - >/dev/null
end=$(date +%s.%N)
awk -v b="$bytes" -v s="$start" -v e="$end" 'BEGIN { printf "stdin: %.0f MB/s (%.3f s)\n", b/(e-s)/1e6, e-s }'

if [[ -n ${BASELINE:-} ]]; then
    echo "== $BASELINE against $bin, in turns ($runs rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
    python3 - "$BASELINE" "$bin" "$big" "$runs" <<'EOF'
import os, subprocess, sys, time
baseline, new, log, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
size = os.path.getsize(log)
modes = [("scan FILE", ["scan", log], False), ("scan --lines FILE", ["scan", "--lines", log], False),
         ("scan - (pipe)", ["scan", "-"], True)]

def once(binary, args, pipe):
    """Wall time, and CPU time (user + system) of the scanner alone."""
    start = time.perf_counter()
    cat = None
    if pipe:
        cat = subprocess.Popen(["cat", log], stdout=subprocess.PIPE)
        scan = subprocess.Popen([binary, *args], stdin=cat.stdout, stdout=subprocess.DEVNULL)
        cat.stdout.close()
    else:
        scan = subprocess.Popen([binary, *args], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(scan.pid, 0)
    wall = time.perf_counter() - start
    if cat:
        cat.wait()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{binary} {args} failed: {status}")
    return wall, usage.ru_utime + usage.ru_stime

times = {(b, m[0]): [] for b in (baseline, new) for m in modes}
for _ in range(rounds):
    for name, args, pipe in modes:
        for binary in (baseline, new):
            times[(binary, name)].append(once(binary, args, pipe))
mb = lambda seconds: size / seconds / 1e6
for name, _, _ in modes:
    for label, binary in (("before", baseline), ("after ", new)):
        walls = [w for w, _ in times[(binary, name)]]
        cpu = sum(c for _, c in times[(binary, name)]) / rounds
        mean = sum(walls) / rounds
        print(f"{name:18} {label} {binary}: mean {mb(mean):5.0f} MB/s ({mean:.3f} s), "
              f"best {mb(min(walls)):5.0f} MB/s ({min(walls):.3f} s), "
              f"cpu {mb(cpu):5.0f} MB/s ({cpu:.3f} s user+sys)")
EOF
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

echo "== peak memory"
if [[ -x /usr/bin/time ]]; then
    for log in "$small" "$big"; do
        rss=$(/usr/bin/time -v "$bin" scan "$log" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}')
        echo "max RSS scanning $(basename "$log") ($(stat -c %s "$log") bytes): ${rss} KiB"
    done
    rss=$( { cat "$big" | /usr/bin/time -v "$bin" scan - >/dev/null; } 2>&1 | awk -F': ' '/Maximum resident set size/ {print $2}')
    echo "max RSS scanning $(basename "$big") from stdin: ${rss} KiB"
    for log in "$small" "$big"; do
        rss=$(/usr/bin/time -v "$bin" scan --lines "$log" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}')
        echo "max RSS scanning --lines $(basename "$log") ($(stat -c %s "$log") bytes): ${rss} KiB"
    done
    if [[ -n ${BASELINE:-} ]]; then
        for log in "$small" "$big"; do
            for lines in "" --lines; do
                rss=$(/usr/bin/time -v "$BASELINE" scan $lines "$log" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}')
                echo "baseline: max RSS scanning ${lines:+$lines }$(basename "$log"): ${rss} KiB"
            done
        done
    fi
else
    echo "(GNU time not found: apt-get install -y time)"
fi
