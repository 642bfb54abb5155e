#!/bin/sh
# RUSTC_WRAPPER for cachegrind.sh: zimerr_catalog's rustc under cachegrind, others as is.
case " $* " in
  *" --crate-name zimerr_catalog "*)
    exec valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$CG_OUT" "$@" ;;
  *) exec "$@" ;;
esac
