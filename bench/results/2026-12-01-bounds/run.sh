#!/usr/bin/env bash
# Issue 15: lower bounds for the targets that still miss (docs/PERFORMANCE.md, section 9).
#   [STEPS="1 2 3 4 5"] [BEFORE=commit] bench/results/2026-12-01-bounds/run.sh [COMMIT]   (default HEAD; ~15 minutes)
# 1. the clean build: zimerr's dependencies alone (`bound`: a trivial proc macro with the
#    engine's own dependencies) against a zimerr user and the derive stack, interleaved
#    (the clean-build script of 2026-12-01-clean-build with ONLY="zim-after derive bound");
# 2. 50,000 codes: the leaf rebuild against the floor crate in the same rounds
#    (bench/leaf-rebuild.sh), and the macro's run outside rustc in the dev profile, with
#    the YAML library's typed parse alone (macro-run/);
# 3. 10,000 codes: the leaf rebuild of zimerr, of the same items pasted in as source (no
#    macro: `pasted`) and of the light hand-written crate, in the same rounds; then
#    rust-analyzer's first hover on the three (bench/ide_hover.py).
# 4. the rebuild tracking as a statement's doc (`include_str!`) against `const _: &[u8] =
#    include_bytes!(…)` (BEFORE, default 63b9e00): leaf rebuilds at 10,000 codes (with the
#    light crate) and 50,000 codes (with the floor), and the leaves' rlib sizes.
# 5. at 10,000 codes, what the macro adds to rustc's peak memory, taken apart on leaves
#    that hold the expansion pasted in: plus each form of rebuild tracking, plus the
#    pipeline run and its output dropped, the text lexed through a proc macro (forms/);
#    and the macro itself. Peak memory, time and rlib size per leaf.
# Raw output beside this script: clean-build/, leaf-50k.txt, macro-run.txt, leaf-10k.txt,
# ide-10000.{json,log}, tracking-10k.txt, tracking-50k.txt, forms-10k.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
commit=$(git -C "$repo" rev-parse --short "${1:-HEAD}")
W=${W:-/tmp/zimerr-bounds}
rm -rf "$W" && mkdir -p "$W/snap"
git -C "$repo" archive "$commit" | tar -x -C "$W/snap"
echo "steps ${STEPS:-1 2 3 4 5}: commit $commit, $(rustc --version), $(nproc) cores, $(date -u +%FT%TZ)" >>"$here/commit.txt"

steps=" ${STEPS:-1 2 3 4 5} "
if [[ $steps == *" 1 "* ]]; then
echo "== 1. clean build: zimerr user, derive stack, zimerr's dependencies alone"
RUNS=${RUNS:-4} ONLY="zim-after derive bound" RAW=../2026-12-01-bounds/clean-build W="$W/clean" \
    "$repo/bench/results/2026-12-01-clean-build/run.sh" "$commit" "$commit"
fi
[[ $steps == " 1 " ]] && exit 0
# Steps 2-5: the synthetic catalogs and the macro's run outside rustc.
cargo build -q --release --manifest-path "$W/snap/bench/gen-catalog/Cargo.toml" --target-dir "$W/gen"
mkdir -p "$W/macro-run"
cp -r "$here/macro-run/Cargo.toml" "$here/macro-run/src" "$W/macro-run/"
sed -i "s#ZIMERR#$W/snap#" "$W/macro-run/Cargo.toml"
cargo build -q --manifest-path "$W/macro-run/Cargo.toml"

if [[ $steps == *" 2 "* ]]; then

echo "== 2. 50,000 codes: leaf rebuild and floor; the macro's run in the dev profile"
"$W/gen/release/gen-catalog" yaml 50000 >"$W/catalog-50000.yaml"
"$W/gen/release/gen-catalog" floor 50000 >"$W/floor-50000.rs"
WORK="$W/leaves" "$repo/bench/leaf-rebuild.sh" -c "$W/catalog-50000.yaml" -r "${ROUNDS_50K:-2}" \
    -f "$W/floor-50000.rs" "$W/snap" | tee "$here/leaf-50k.txt"
"$W/macro-run/target/debug/macro-run" "$W/catalog-50000.yaml" "${N_50K:-3}" | tee "$here/macro-run.txt"
fi

if [[ $steps == *" 3 "* ]]; then
echo "== 3. 10,000 codes: zimerr, the same items pasted in, the light crate; rust-analyzer"
"$W/gen/release/gen-catalog" yaml 10000 >"$W/catalog-10000.yaml"
"$W/gen/release/gen-catalog" light 10000 >"$W/light-10000.rs"
"$W/macro-run/target/debug/macro-run" "$W/catalog-10000.yaml" 1 "$W/pasted-10000.rs" >/dev/null
WORK="$W/l10k" "$repo/bench/leaf-rebuild.sh" -c "$W/catalog-10000.yaml" -r "${ROUNDS_10K:-3}" \
    -f "$W/light-10000.rs" -p "$W/pasted-10000.rs" "$W/snap" | tee "$here/leaf-10k.txt"
python3 "$repo/bench/ide_hover.py" "$W/l10k/snap" "$W/l10k/pasted" "$W/l10k/floor" \
    --catalog "$W/catalog-10000.yaml" --runs "${IDE_RUNS:-4}" --work "$W/ide" \
    --out "$here/ide-10000.json" 2>&1 | tee "$here/ide-10000.log"
fi

if [[ $steps == *" 4 "* ]]; then
echo "== 4. the rebuild tracking: $commit against ${BEFORE:-63b9e00} (include_bytes!)"
mkdir -p "$W/before"
git -C "$repo" archive "${BEFORE:-63b9e00}" | tar -x -C "$W/before"
[ -f "$W/catalog-10000.yaml" ] || "$W/gen/release/gen-catalog" yaml 10000 >"$W/catalog-10000.yaml"
[ -f "$W/light-10000.rs" ] || "$W/gen/release/gen-catalog" light 10000 >"$W/light-10000.rs"
[ -f "$W/catalog-50000.yaml" ] || "$W/gen/release/gen-catalog" yaml 50000 >"$W/catalog-50000.yaml"
[ -f "$W/floor-50000.rs" ] || "$W/gen/release/gen-catalog" floor 50000 >"$W/floor-50000.rs"
for n in 10000 50000; do
    if [ $n = 10000 ]; then base="$W/light-10000.rs" rounds=${ROUNDS_10K:-3}; else base="$W/floor-50000.rs" rounds=${ROUNDS_50K:-2}; fi
    out="$here/tracking-${n%000}k.txt"
    WORK="$W/track-$n" "$repo/bench/leaf-rebuild.sh" -c "$W/catalog-$n.yaml" -r "$rounds" \
        -f "$base" "$W/before" "$W/snap" | tee "$out"
    for leaf in before snap; do
        echo "rlib $leaf $(stat -c %s "$W/track-$n/$leaf"/target/debug/deps/libleaf-*.rlib) bytes" | tee -a "$out"
    done
done
fi

if [[ $steps == *" 5 "* ]]; then
echo "== 5. 10,000 codes: the macro's memory taken apart"
[ -f "$W/catalog-10000.yaml" ] || "$W/gen/release/gen-catalog" yaml 10000 >"$W/catalog-10000.yaml"
[ -f "$W/pasted-10000.rs" ] ||
    "$W/macro-run/target/debug/macro-run" "$W/catalog-10000.yaml" 1 "$W/pasted-10000.rs" >/dev/null
mkdir -p "$W/forms/mac" && cp -r "$here/forms/Cargo.toml" "$here/forms/src" "$W/forms/mac/"
sed -i "s#ZIMERR#$W/snap#" "$W/forms/mac/Cargo.toml"
declare -A extra=(
    [pasted]=''
    [include_bytes]='const _: &[u8] = include_bytes!("../catalog.yaml");'
    [item_doc]='#[doc = include_str!("../catalog.yaml")] #[doc(hidden)] const _: () = ();'
    [must_use_fn]='#[doc(hidden)] #[allow(dead_code)] #[must_use = include_str!("../catalog.yaml")] fn __track() -> u8 { 0 }'
    [stmt_doc]='const _: () = { #[allow(unused_doc_comments)] #[doc = include_str!("../catalog.yaml")] let _ = (); };'
    [pipeline]='forms_mac::run_drop!("catalog.yaml");'
)
forms=(pasted include_bytes item_doc must_use_fn stmt_doc pipeline lexed macro)
for form in "${forms[@]}"; do
    leaf="$W/forms/$form"
    mkdir -p "$leaf/src"
    cp "$W/catalog-10000.yaml" "$leaf/catalog.yaml"
    cp "$W/pasted-10000.rs" "$leaf/pasted.rs"
    printf '[package]\nname = "leaf"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n[dependencies]\nzimerr = { path = "%s/zimerr" }\nforms-mac = { path = "%s/forms/mac" }\n[workspace]\n' \
        "$W/snap" "$W" >"$leaf/Cargo.toml"
    case $form in
        lexed) echo 'forms_mac::lex!("pasted.rs");' >"$leaf/src/lib.rs" ;;
        macro) echo 'zimerr::zim_errors!("catalog.yaml");' >"$leaf/src/lib.rs" ;;
        *) { cat "$W/pasted-10000.rs"; echo; echo "${extra[$form]}"; } >"$leaf/src/lib.rs" ;;
    esac
    # One target directory for all: zimerr and the proc macro build once.
    (cd "$leaf" && CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$W/forms/target" cargo build -q 2>/dev/null)
done
out="$here/forms-10k.txt"
: >"$out"
for round in $(seq "${ROUNDS_FORMS:-3}"); do
    for form in "${forms[@]}"; do
        leaf="$W/forms/$form"
        touch "$leaf/src/lib.rs"
        (cd "$leaf" && RUSTC_WRAPPER="$repo/bench/rustc-time.sh" ZB_RUSTC_LOG="$W/forms/one.log" \
            CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$W/forms/target" cargo build -q 2>/dev/null)
        read -r _ seconds kib <"$W/forms/one.log" && rm "$W/forms/one.log"
        rlib=$(ls -t "$W/forms/target/debug/deps"/libleaf-*.rlib | head -1)
        echo "$form $seconds $((kib / 1024)) MB rlib $(stat -c %s "$rlib")" | tee -a "$out"
    done
done
fi
