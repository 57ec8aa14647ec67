#!/bin/sh
# Stands in for the monthly and yearly site roll-ups in the samples (see echo-args.sh).
exec "$(dirname "$0")/echo-args.sh" "$(basename "$0")" "$@"
