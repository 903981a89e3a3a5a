#!/usr/bin/env bash
# Goldens of tests/syntax/*.py from CPython 3.11: NAME.stdout (exact bytes) and NAME.exit.
# Usage: tests/syntax/regen.sh   (from any cwd)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
for py in *.py; do
    name="${py%.py}"
    set +e
    "${PYTHON:-python3}" "$py" >"$name.stdout" 2>/dev/null
    printf '%d\n' "$?" >"$name.exit"
    set -e
done
