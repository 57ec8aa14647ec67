#!/bin/sh
# Stands in for the fleet housekeeping commands (the first argument names the chore) in the samples:
exec "$(dirname "$0")/echo-args.sh" "$(basename "$0")" "$@"
