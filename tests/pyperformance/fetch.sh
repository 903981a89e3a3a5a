#!/usr/bin/env bash
# Fetches pyperformance 1.14.0 from PyPI and checks (or, with --update, refreshes) the
# benchmark scripts kept here as bm_SCRIPT.py, which must be byte-identical to the package's
# pyperformance/data-files/benchmarks/bm_SCRIPT/run_benchmark.py. Then regenerates the goldens
# golden/bm_NAME.stdout of every run in runs.txt (`python3 bm_SCRIPT.py ARGS...`, CPython
# 3.11, with the stand-in pyperf.py beside the scripts).
#
# Usage: tests/pyperformance/fetch.sh [--update]
# Running them under specloop: `cargo test --release --test pyperformance`, and for times
# `python3 bench/pyperformance.py`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version=1.14.0
# The scripts of runs.txt (third column), each once.
names="$(grep -v '^#' "$here/runs.txt" | awk '{print $3}' | sort -u)"

update=0
[ "${1:-}" = "--update" ] && update=1

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps --no-binary :all: -d "$tmp" "pyperformance==$version"
tar -xzf "$tmp/pyperformance-$version.tar.gz" -C "$tmp"
src="$tmp/pyperformance-$version/pyperformance/data-files/benchmarks"

changed=0
for n in $names; do
    if ! cmp -s "$src/bm_$n/run_benchmark.py" "$here/bm_$n.py"; then
        if [ "$update" = 1 ]; then
            cp "$src/bm_$n/run_benchmark.py" "$here/bm_$n.py"
            echo "updated bm_$n.py"
        else
            echo "bm_$n.py differs from pyperformance $version" >&2
            changed=1
        fi
    fi
done
[ "$changed" = 0 ] || { echo "run with --update to take the package's scripts" >&2; exit 1; }

mkdir -p "$here/golden"
cd "$here"
export PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1
grep -v '^#' runs.txt | while read -r name _group script args; do
    # shellcheck disable=SC2086 # ARGS are words
    python3 "bm_$script.py" $args > "golden/bm_$name.stdout"
done
echo "scripts identical to pyperformance $version; goldens regenerated in $here/golden"
