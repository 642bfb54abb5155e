#!/usr/bin/env bash
# Leaf rebuild of a crate whose whole source is `zimerr::zim_errors!("catalog.yaml");`:
# the macro's run plus rustc's work on the expansion, for one catalog and several zimerr
# snapshots, interleaved; and optionally plain rustc on a floor crate in the same rounds.
#
#   bench/leaf-rebuild.sh -c CATALOG.yaml [-r ROUNDS] [-f FLOOR.rs] [-p PASTED.rs] SNAPSHOT[:opt]...
#
# SNAPSHOT is a zimerr workspace (`git archive COMMIT | tar -x -C DIR`). With `:opt` the
# leaf sets `[profile.dev.build-override] opt-level = 3`, the setting a user with a large
# catalog can add to build the proc macro optimized (docs/PERFORMANCE.md, section 7).
# FLOOR.rs (`gen-catalog floor N`) is a leaf of its own without dependencies. PASTED.rs is
# the source of a leaf `pasted` with the first SNAPSHOT's dependencies: the expansion
# pasted in (zimerr's items without the macro's run). Each rebuild
# is `touch src/lib.rs; cargo build` (dev, CARGO_INCREMENTAL=0); bench/rustc-time.sh times the leaf's rustc
# (seconds, peak RSS: the macro runs inside rustc, so both are included). Prints one line
# per build and the medians per leaf.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rounds=3 catalog="" floor="" pasted=""
while getopts c:r:f:p: opt; do
    case $opt in
        c) catalog=$(realpath "$OPTARG") ;;
        r) rounds=$OPTARG ;;
        f) floor=$(realpath "$OPTARG") ;;
        p) pasted=$(realpath "$OPTARG") ;;
        *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ -n "$catalog" ] && [ $# -ge 1 ] || { echo "usage: $0 -c CATALOG.yaml [-r ROUNDS] [-f FLOOR.rs] [-p PASTED.rs] SNAPSHOT[:opt]..." >&2; exit 2; }

work=${WORK:-$(mktemp -d /tmp/leaf-rebuild.XXXX)}
log="$work/rustc-times.log"
leaves=()
for spec in "$@"; do
    snapshot=$(cd "${spec%:opt}" && pwd)
    name="$(basename "$snapshot")"
    [ "$spec" != "${spec%:opt}" ] && name="$name-opt"
    leaf="$work/$name"
    mkdir -p "$leaf/src"
    cp "$catalog" "$leaf/catalog.yaml"
    echo 'zimerr::zim_errors!("catalog.yaml");' >"$leaf/src/lib.rs"
    {
        printf '[package]\nname = "leaf"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n'
        printf '[dependencies]\nzimerr = { path = "%s/zimerr" }\n[workspace]\n' "$snapshot"
        if [ "$spec" != "${spec%:opt}" ]; then
            printf '[profile.dev.build-override]\nopt-level = 3\n'
        fi
    } >"$leaf/Cargo.toml"
    echo "== building $name (dependencies and a first expansion)"
    (cd "$leaf" && CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$leaf/target" cargo build -q 2>/dev/null)
    leaves+=("$leaf")
done
if [ -n "$pasted" ]; then
    leaf="$work/pasted"
    mkdir -p "$leaf/src"
    cp "${leaves[0]}/Cargo.toml" "$leaf/"
    cp "$pasted" "$leaf/src/lib.rs"
    echo "== building pasted (dependencies)"
    (cd "$leaf" && CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$leaf/target" cargo build -q 2>/dev/null)
    leaves+=("$leaf")
fi
if [ -n "$floor" ]; then
    leaf="$work/floor"
    mkdir -p "$leaf/src"
    cp "$floor" "$leaf/src/lib.rs"
    printf '[package]\nname = "floor"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n[workspace]\n' >"$leaf/Cargo.toml"
    leaves+=("$leaf")
fi

: >"$log"
for round in $(seq "$rounds"); do
    for leaf in "${leaves[@]}"; do
        touch "$leaf/src/lib.rs"
        (cd "$leaf" && RUSTC_WRAPPER="$here/rustc-time.sh" ZB_RUSTC_LOG="$log.one" \
            CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$leaf/target" cargo build -q 2>/dev/null)
        read -r _ seconds kib <"$log.one" && rm "$log.one"
        echo "$(basename "$leaf") $seconds $((kib / 1024))" | tee -a "$log"
    done
done
echo "== medians (seconds, peak MB) over $rounds rounds"
awk '{ t[$1] = t[$1] " " $2; m[$1] = m[$1] " " $3 }
     function median(list,   n, a, i, j, x) {
         n = split(list, a, " ")
         for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > x + 0; j--) a[j + 1] = a[j]; a[j + 1] = x }
         return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
     }
     END { for (k in t) printf "%-24s %8.2f s %8d MB\n", k, median(t[k]), median(m[k]) }' "$log" | sort
