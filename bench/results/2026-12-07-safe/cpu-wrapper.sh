#!/bin/sh
# Like bench/rustc-time.sh, but logs "crate wall user sys maxrss" for the leaf's rustc.
if [ -n "$CARGO_PRIMARY_PACKAGE" ] && [ -n "$ZB_CPU_LOG" ]; then
    exec /usr/bin/time -a -o "$ZB_CPU_LOG" -f "$CARGO_CRATE_NAME %e %U %S %M" "$@"
fi
exec "$@"
