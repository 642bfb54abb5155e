#!/usr/bin/env bash
# Compile-time benchmark of zimerr (docs/PERFORMANCE.md): leaf rebuilds of
# (a) zim_errors!, (b) hand-written tables, (c) thiserror + strum + num_enum, (d) a light
# hand-written crate, (e, f) the floor (the enum alone, and with one name table), for
# catalogs of N codes, and clean builds of a zimerr user vs the derive stack.
#
#   bench/compile.sh                       # the full run (about 30 minutes on 2 cores)
#   bench/compile.sh --sizes 145,1000 --reps 2 --clean-reps 0   # a quick check
#   bench/compile.sh --variants a,d,f      # zimerr against the light crate and the floor
#   bench/compile.sh --help                # every option
#
# Needs python3 and GNU time (`apt-get install -y time`; installed here when missing).
set -euo pipefail
if [ ! -x /usr/bin/time ]; then
    apt-get install -y time >/dev/null
fi
exec python3 "$(dirname "$0")/compile.py" "$@"
