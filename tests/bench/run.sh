#!/usr/bin/env bash
# make bench: see bench.py.
set -eu
cd "$(dirname "$0")/../.."
exec /usr/bin/python3 tests/bench/bench.py "$@"
