#!/usr/bin/env bash
# Mutation testing of the catalog engine and the conformance checker (docs/reliability.md,
# "Mutation testing"). Not part of .ci/run: about half an hour on 2 cores.
#
#   bench/mutants.sh [OUT [STAGE...]]   # OUT: target/mutants; STAGEs: engine hash conformance diff hints
#
# 1. cargo-mutants over the validation rules and the perfect hash's table builder
#    (zimerr-catalog/src/validate/{mod,names}.rs, src/expand/phf.rs), testing the engine
#    package alone with its unit tests; configuration, skipped test modules and the
#    documented equivalent mutants in .cargo/mutants.toml.
# 2. The hash function (src/expand/hash.rs, `include!`d into phf.rs, so cargo-mutants's
#    module walk does not reach it) and 3. the conformance checker (tests/catalog_conformance.rs,
#    an integration test): the mutants `cargo mutants --Zmutate-file` lists, applied one at
#    a time by bench/mutate_file.py.
# 4. The rules of `zimerr diff` (zimerr-cli/src/diff/): rules.rs with its unit tests, then
#    mod.rs and side.rs with those and tests/diff.rs.
#
# 5. The hints that name a catalog's or the macro arguments' fix (respelt names, the nearest
#    option, action, range or category, the macro's hidden names), with the engine's unit tests.
#
# Needs cargo-mutants (`cargo install --locked cargo-mutants`; 27.1 was used). Exits non-zero
# when any stage has a missed or timed-out mutant.
set -uo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-target/mutants}")"
shift || true
stages=" ${*:-engine hash conformance diff hints} "
mkdir -p "$out"
export PROPTEST_CASES="${PROPTEST_CASES:-16}"
unset BLESS TRYBUILD
# A mutant of a table size can ask for gigabytes (`n + n / 2` → `n * n / 2` or `n + n * n`,
# built twice by one test): cap the address space so such a mutant fails its test by an allocation
# error instead of taking the machine's memory. 6 GiB leaves rustc room to build.
ulimit -v $((6 * 1024 * 1024))
# Tests take seconds; a mutant still running after this long is a timeout.
timeout=120
status=0
skip=(--skip tests::corpus --skip tests::proptests)

if [[ $stages == *" engine "* ]]; then
echo "=== 1. cargo mutants -p zimerr-catalog (.cargo/mutants.toml) ==="
cargo mutants -p zimerr-catalog -o "$out/engine" --timeout "$timeout" || status=1
fi

if [[ $stages == *" hash "* ]]; then
echo "=== 2. zimerr-catalog/src/expand/hash.rs ==="
# Equivalent: `code as u64 | (seed as u64) << 32` joins two halves with no bit in common,
# so `|` and `^` give the same value.
bench/mutate_file.py zimerr-catalog/src/expand/hash.rs --out "$out/hash" --timeout "$timeout" \
    --exclude-re 'hash\.rs:\d+:\d+: replace \| with \^ in hash' -- \
    cargo test -p zimerr-catalog --lib -- "${skip[@]}" || status=1
fi

if [[ $stages == *" conformance "* ]]; then
echo "=== 3. tests/catalog_conformance.rs ==="
# Equivalent: `root()` replaced by an empty path, because cargo runs integration tests
# with the package root as the working directory, which is what `root()` returns.
bench/mutate_file.py tests/catalog_conformance.rs --out "$out/conformance" --timeout "$timeout" \
    --exclude-re 'replace root -> PathBuf with Default::default\(\)' -- \
    cargo test -p zimerr-dev --test catalog_conformance || status=1
fi

if [[ $stages == *" diff "* ]]; then
echo "=== 4. zimerr-cli/src/diff (the rules of \`zimerr diff\`) ==="
# The rules (src/diff/rules.rs) are killed by their unit tests (src/diff/tests.rs) alone;
# reading sides, git and the output (mod.rs, side.rs) by those and tests/diff.rs, which
# runs the binary. The CLI's other unit tests (the scanner's property tests) are skipped:
# they take most of a minute per mutant and test nothing here. --no-config: the engine's
# .cargo/mutants.toml (its files, `--lib`) does not apply to a binary crate.
# --cargo-arg=--bin=zimerr: build the binary's tests only (every test target costs 50 s a
# mutant on the shared cores).
cargo mutants --no-config -p zimerr-cli --file zimerr-cli/src/diff/rules.rs \
    --cargo-arg=--bin=zimerr -o "$out/diff-rules" --timeout "$timeout" -- -- diff:: || status=1
cargo mutants --no-config -p zimerr-cli --file zimerr-cli/src/diff/mod.rs \
    --file zimerr-cli/src/diff/side.rs -o "$out/diff-cli" --timeout "$timeout" \
    -- --bin zimerr --test diff -- --skip scan:: || status=1
fi

if [[ $stages == *" hints "* ]]; then
echo "=== 5. the hints: names.rs, suggest.rs, raw.rs, validate/mod.rs, args.rs, literal.rs ==="
# Equivalent: `order.get(at + 1..)` → `order.get(at * 1..)` in `insertion_point`: the
# search then starts at the missing field itself, which is not written, so it finds the
# same neighbour (and past the end, both are empty).
cargo mutants --no-config -p zimerr-catalog \
    --file zimerr-catalog/src/validate/names.rs --file zimerr-catalog/src/suggest.rs \
    --file zimerr-catalog/src/model/raw.rs --file zimerr-catalog/src/validate/mod.rs \
    --file zimerr-catalog/src/args.rs --file zimerr-catalog/src/expand/literal.rs \
    --re 'to_upper_camel|to_snake_case|likely|insertion_point|out_of_range_help|ident_or_fix|check_names|hidden_name|strip_raw|expand_table|unknown_message' \
    --exclude-re 'replace \+ with \* in Located::insertion_point' \
    -o "$out/hints" --timeout "$timeout" -- --lib -- "${skip[@]}" || status=1
fi

echo "=== summary ($(git rev-parse --short HEAD), $(date -u +%Y-%m-%d)) ==="
for stage in engine diff-rules diff-cli hints; do
    [ -d "$out/$stage/mutants.out" ] || continue
    for f in caught missed unviable timeout; do
        printf '%-12s %-9s %s\n' "$stage" "$f" "$(wc -l < "$out/$stage/mutants.out/$f.txt")"
    done
done
for stage in hash conformance; do
    [ -f "$out/$stage/outcomes.txt" ] || continue
    for f in caught missed unviable timeout; do
        printf '%-12s %-9s %s\n' "$stage" "$f" "$(grep -c "^$f" "$out/$stage/outcomes.txt" || true)"
    done
done
exit "$status"
