#!/usr/bin/env bash
# Issue 15: clean builds (`cargo build --timings`, dev profile, fresh target dir each) of
#   zim-before / zim-after      a bin crate depending on zimerr by path (main's BEFORE, the
#                               no-derive branch's AFTER), printing one bundled code
#   derive                      the derive stack for reference: thiserror 2 + strum 0.28
#                               (derive) + num_enum 0.7 on a small enum
#   app                         an app with serde (derive) + serde_json, no zimerr
#   app-zim-before / -after     the same app + zimerr (zimerr's marginal cost there)
#   bound                       a lower bound for any zimerr: a bin crate using a trivial
#                               proc macro with the AFTER engine's own dependencies (copied
#                               from its zimerr-catalog/Cargo.toml), i.e. zimerr with its
#                               three crates costing nothing
# RUNS rounds, the crates interleaved and their order rotated each round. Sources are
# `git archive` copies, so edits in a work tree during the run do not leak in.
# usage: [RUNS=4] [RAW=raw] [ONLY="zim-before zim-after"] [KEEP_HTML=1] run.sh [BEFORE [AFTER]]
# (defaults: main, HEAD; RAW is the folder of raw results beside this script)
set -eu
OUT=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$OUT" rev-parse --show-toplevel)
BEFORE=$(git -C "$REPO" rev-parse --short "${1:-main}")
AFTER=$(git -C "$REPO" rev-parse --short "${2:-HEAD}")
RUNS=${RUNS:-4}
W=${W:-/tmp/de-clean}
rm -rf "$W"
RAW="$OUT/${RAW:-raw}"
rm -rf "$RAW"
mkdir -p "$W/src-before" "$W/src-after" "$RAW"
git -C "$REPO" archive "$BEFORE" | tar -x -C "$W/src-before"
git -C "$REPO" archive "$AFTER" | tar -x -C "$W/src-after"
echo "before $BEFORE, after $AFTER, $(rustc --version), $(nproc) cores" > "$RAW/commits.txt"

crate() { # name, [dependencies] lines, main.rs
  mkdir -p "$W/$1/src"
  printf '[package]\nname = "%s"\nversion = "0.1.0"\nedition = "2024"\npublish = false\n\n[dependencies]\n%s\n' \
    "$(echo "$1" | tr - _)" "$2" > "$W/$1/Cargo.toml"
  printf '%s\n' "$3" > "$W/$1/src/main.rs"
}
ZIM_MAIN='fn main() {
    let code = zimerr::ZimErrorCode::TokenExpired;
    println!("{} {}", code.name(), zimerr::codes::TOKEN_EXPIRED);
}'
crate zim-before "zimerr = { path = \"$W/src-before/zimerr\" }" "$ZIM_MAIN"
crate zim-after "zimerr = { path = \"$W/src-after/zimerr\" }" "$ZIM_MAIN"
crate derive 'thiserror = "2"
strum = { version = "0.28", features = ["derive"] }
num_enum = "0.7"' '#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[derive(strum::EnumString, strum::IntoStaticStr, strum::EnumIter)]
#[derive(num_enum::TryFromPrimitive, num_enum::IntoPrimitive)]
#[repr(u32)]
enum ZimErrorCode {
    /// Token has expired.
    #[error("Token has expired.")]
    #[strum(serialize = "TokenExpired")]
    TokenExpired = 6000106,
    /// Token is invalid.
    #[error("Token is invalid.")]
    TokenInvalid = 6000103,
    /// Network error.
    #[error("Network error.")]
    NetworkError = 6000002,
}

fn main() {
    use strum::IntoEnumIterator;
    let code = ZimErrorCode::try_from(6000106u32).unwrap();
    let name: &str = code.into();
    println!("{code} {name} {} {}", u32::from(code), ZimErrorCode::iter().count());
}'
APP_DEPS='serde = { version = "1", features = ["derive"] }
serde_json = "1"'
APP_MAIN='#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Reply {
    code: u32,
    message: String,
}

fn main() {
    let reply: Reply = serde_json::from_str(r#"{"code": 6000106, "message": "expired"}"#).unwrap();
    println!("{}", serde_json::to_string(&reply).unwrap());
}'
ZIM_LINE='    println!("{}", zimerr::ZimErrorCode::TokenExpired.name());'
crate app "$APP_DEPS" "$APP_MAIN"
crate app-zim-before "$APP_DEPS
zimerr = { path = \"$W/src-before/zimerr\" }" "${APP_MAIN%\}}$ZIM_LINE
}"
crate app-zim-after "$APP_DEPS
zimerr = { path = \"$W/src-after/zimerr\" }" "${APP_MAIN%\}}$ZIM_LINE
}"

# The bound's proc macro touches each dependency once, so each is linked as in the engine.
mkdir -p "$W/bound-macros/src"
{
  printf '[package]\nname = "bound_macros"\nversion = "0.1.0"\nedition = "2024"\npublish = false\n\n'
  printf '[lib]\nproc-macro = true\n\n[dependencies]\n'
  # `proc-macro2`'s default `proc-macro` feature, as zimerr-macros has it.
  sed -n '/^\[dependencies\]/,/^\[/p' "$W/src-after/zimerr-catalog/Cargo.toml" \
    | grep -v '^\[' | grep -v '^#' | sed 's/, optional = true//'
} > "$W/bound-macros/Cargo.toml"
cat > "$W/bound-macros/src/lib.rs" <<'RS'
use proc_macro::TokenStream;

#[proc_macro]
pub fn bound(input: TokenStream) -> TokenStream {
    let text = syn::parse2::<syn::LitStr>(input.into()).map_or_else(|_| String::new(), |l| l.value());
    let value: serde_yaml::Value = serde_yaml::from_str(&text).unwrap_or(serde_yaml::Value::Null);
    let n = usize::from(value.is_mapping())
        + strsim::levenshtein(&text, "a: 1")
        + unicode_width::UnicodeWidthStr::width(text.as_str())
        + usize::from(text.chars().all(unicode_ident::is_xid_continue));
    quote::quote!(pub const N: usize = #n;).into()
}
RS
crate bound "bound_macros = { path = \"$W/bound-macros\" }" 'bound_macros::bound!("a: 1");

fn main() {
    println!("{N}");
}'

read -r -a CRATES <<< "${ONLY:-zim-before zim-after derive app app-zim-before app-zim-after bound}"
for c in "${CRATES[@]}"; do
  (cd "$W/$c" && cargo generate-lockfile -q && cargo fetch -q)
  (cd "$W/$c" && cargo tree -e normal,build --prefix none | sort -u) > "$RAW/tree-$c.txt"
done

echo "round crate wall_s unit_sum_s load1" > "$RAW/wall.txt"
for round in $(seq 1 "$RUNS"); do
  # Rotate the order each round so background load falls on every crate alike.
  order=("${CRATES[@]:$(( (round - 1) % ${#CRATES[@]} ))}" "${CRATES[@]:0:$(( (round - 1) % ${#CRATES[@]} ))}")
  for c in "${order[@]}"; do
    dir="$W/$c"
    rm -rf "$dir/target"
    load=$(cut -d' ' -f1 /proc/loadavg)
    t0=$(date +%s.%N)
    (cd "$dir" && nice -n 5 cargo build -q --timings)
    t1=$(date +%s.%N)
    wall=$(echo "$t1 - $t0" | bc)
    python3 "$OUT/timings.py" "$dir/target/cargo-timings/cargo-timing.html" > "$RAW/timings-$c-$round.txt"
    busy=$(sed -n 's/^sum of unit durations: \([0-9.]*\) s.*/\1/p' "$RAW/timings-$c-$round.txt")
    echo "$round $c $wall $busy $load" | tee -a "$RAW/wall.txt"
    # The report itself (~60 KB of HTML each, nearly the same every time) only on request:
    # timings-*.txt holds what is read of it.
    if [ -n "${KEEP_HTML:-}" ]; then
      cp "$dir/target/cargo-timings/cargo-timing.html" "$RAW/cargo-timing-$c-$round.html"
    fi
  done
done
