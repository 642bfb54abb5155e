#!/bin/sh
# RUSTC_WRAPPER of bench/compile.py: runs rustc under GNU time when it compiles a package
# named on cargo's command line, appending "crate seconds max-rss-KiB" to $ZB_RUSTC_LOG.
# Every other rustc call (dependencies, `rustc -vV` probes) runs as is.
if [ -n "$CARGO_PRIMARY_PACKAGE" ] && [ -n "$ZB_RUSTC_LOG" ]; then
    exec /usr/bin/time -a -o "$ZB_RUSTC_LOG" -f "$CARGO_CRATE_NAME %e %M" "$@"
fi
exec "$@"
