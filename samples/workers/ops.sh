#!/bin/sh
# Stands in for the fleet housekeeping commands (the first argument names the chore) in the samples:
# prints its name and arguments on one line and succeeds. A worker runs it in the samples folder, with
# the placeholders of `run` filled in.
printf '%s' "$(basename "$0")"
for arg in "$@"; do
  printf ' %s' "$arg"
done
printf '\n'
exit 0
