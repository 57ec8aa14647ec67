#!/bin/sh
# Stands in for the daily alert in the samples: prints its name and arguments on one line and
exec "$(dirname "$0")/echo-args.sh" "$(basename "$0")" "$@"
