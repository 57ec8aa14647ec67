#!/bin/sh
# Stands in for the daily alert in the samples (see echo-args.sh).
exec "$(dirname "$0")/echo-args.sh" "$(basename "$0")" "$@"
