#!/bin/sh
# Stands in for a rollup of site figures into a coarser period in the samples: prints its name and
exec "$(dirname "$0")/echo-args.sh" "$(basename "$0")" "$@"
