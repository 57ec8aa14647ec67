#!/bin/sh
# Stands in for the nightly backup in the samples (see echo-args.sh).
exec "$(dirname "$0")/echo-args.sh" "$(basename "$0")" "$@"
