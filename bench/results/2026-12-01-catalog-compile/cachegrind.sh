#!/bin/sh
# Instructions executed by rustc for zimerr-catalog alone (cachegrind, no cache
# simulation): unlike wall time, this does not move with the machine's load.
#
#   ./cachegrind.sh SOURCE_DIR TARGET_DIR OUT_FILE [cargo build args…]
#
# The wrapper runs only zimerr_catalog's rustc under valgrind; dependencies must be
# built in TARGET_DIR beforehand (then they are not rebuilt).
set -e
here=$(cd "$(dirname "$0")" && pwd)
src=$1 target=$2 out=$3
shift 3
export CARGO_PROFILE_DEV_DEBUG=false CARGO_INCREMENTAL=0 RUSTC_WRAPPER="$here/cg-wrap.sh" CG_OUT=$out
cd "$src" && touch zimerr-catalog/src/lib.rs
CARGO_TARGET_DIR=$target nice -n 5 cargo build -q -p zimerr-catalog "$@"
grep '^summary' "$out"
