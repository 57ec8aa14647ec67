#!/usr/bin/env python3
"""Stands in for the hourly site rollup in the samples: prints its name and arguments on one line
and succeeds. A worker runs it in the samples folder, with the placeholders of `run` filled in.
"""
import os
import sys

print(" ".join([os.path.basename(sys.argv[0])] + sys.argv[1:]))
sys.exit(0)
