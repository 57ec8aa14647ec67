#!/bin/sh
# Stands in for the client reports in the samples (see echo-args.sh).
exec "$(dirname "$0")/echo-args.sh" "$(basename "$0")" "$@"
