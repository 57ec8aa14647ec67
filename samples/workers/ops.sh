#!/bin/sh
# Stands in for the fleet housekeeping chores (the first argument names the chore) in the samples (see echo-args.sh).
exec "$(dirname "$0")/echo-args.sh" "$(basename "$0")" "$@"
