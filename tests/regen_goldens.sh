#!/usr/bin/env bash
# Regenerate the goldens of tests/programs/*.py with CPython (python3, expected 3.11).
#
# For each P.py (run as `python3 P.py` with cwd tests/programs) writes:
#   P.stdout       exact stdout bytes
#   P.exit         exit status and a newline, e.g. "0"
#   P.stderr_last  last non-empty stderr line plus a newline (only when the exit status != 0)
# A program that imports asyncio also gets virtual-clock goldens, virtual_clock/P.*, printed
# under CPython's autojump clock (tests/cpython_virtual_clock.py), as `--clock virtual` runs it.
# Goldens whose P.py no longer exists are removed.
#
# A program whose first line is `# golden-python: 3.12` tests a CPython 3.12 feature specloop
# has (asyncio.eager_task_factory): it is run (both passes) with `PYENV_VERSION=3.12.1 python3`
# instead (pyenv's 3.12.1). Keep such programs free of any other 3.11/3.12 difference.
#
# Usage: tests/regen_goldens.sh [SUBSTRING]   (from any cwd; SUBSTRING filters program names)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/programs"

PYTHON="${PYTHON:-python3}"
version="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$version" != "3.11" ]; then
    echo "warning: $PYTHON is Python $version; goldens are meant to come from CPython 3.11" >&2
fi

filter="${1:-}"
export PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS || true

# record OUT_PREFIX ARGS...: runs "$PYTHON" ARGS (with PYENV_VERSION=$py_version when that is
# set) and writes OUT_PREFIX.{stdout,exit,stderr_last}; prints the exit status.
record() {
    local out="$1"
    shift
    local err status last
    err="$(mktemp)"
    set +e
    if [ -n "$py_version" ]; then
        PYENV_VERSION="$py_version" "$PYTHON" "$@" >"$out.stdout" 2>"$err"
    else
        "$PYTHON" "$@" >"$out.stdout" 2>"$err"
    fi
    status=$?
    set -e
    printf '%d\n' "$status" >"$out.exit"
    if [ "$status" -ne 0 ]; then
        last="$(grep -v '^[[:space:]]*$' "$err" | tail -n 1 || true)"
        printf '%s\n' "$last" >"$out.stderr_last"
    else
        rm -f "$out.stderr_last"
        if [ -s "$err" ]; then
            echo "warning: $out exited 0 but wrote to stderr:" >&2
            cat "$err" >&2
        fi
    fi
    rm -f "$err"
    echo "$status"
}

mkdir -p virtual_clock
py_version=""
count=0
failing=0
py312=0
for py in *.py; do
    name="${py%.py}"
    case "$name" in *"$filter"*) ;; *) continue ;; esac
    py_version=""
    if [ "$(head -n 1 "$py")" = "# golden-python: 3.12" ]; then
        py_version=3.12.1
        py312=$((py312 + 1))
    fi
    status="$(record "$name" "$py")"
    [ "$status" -eq 0 ] || failing=$((failing + 1))
    if grep -q "import asyncio" "$py"; then
        record "virtual_clock/$name" ../cpython_virtual_clock.py "$py" >/dev/null
    fi
    count=$((count + 1))
done

# Remove goldens of programs that no longer exist.
for g in *.stdout *.exit *.stderr_last; do
    [ -e "$g" ] || continue
    base="${g%.*}"
    [ -e "$base.py" ] || { rm -f "$g"; echo "removed stale $g"; }
done
for g in virtual_clock/*.stdout virtual_clock/*.exit virtual_clock/*.stderr_last; do
    [ -e "$g" ] || continue
    base="$(basename "${g%.*}")"
    if [ ! -e "$base.py" ] || ! grep -q "import asyncio" "$base.py"; then
        rm -f "$g"
        echo "removed stale $g"
    fi
done

echo "regenerated goldens for $count program(s) ($failing exit non-zero) with $("$PYTHON" --version 2>&1)" \
    "($py312 of them with $(PYENV_VERSION=3.12.1 "$PYTHON" --version 2>&1))"
