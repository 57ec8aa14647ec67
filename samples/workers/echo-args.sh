#!/bin/sh
# The stand-in command of the samples: prints the name it was called by and its arguments on one line, and
# succeeds. A worker runs the sample commands in the samples folder, with the placeholders of `run` filled in.
name="$1"
shift
printf '%s' "$name"
for arg in "$@"; do
  printf ' %s' "$arg"
done
printf '\n'
exit 0
