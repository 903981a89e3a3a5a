#!/usr/bin/env python3
"""Time specloop against CPython on pyperformance 1.14.0 benchmarks.

Usage (from any directory):

    cargo build --release
    python3 bench/pyperformance.py                    # issue 3's 18 scripts, 3 repeats
    python3 bench/pyperformance.py --group async      # issue 4's async_generators, async_tree
    python3 bench/pyperformance.py --repeat 5 --scripts go,float
    python3 bench/pyperformance.py --bin path/to/specloop
    python3 bench/pyperformance.py --group async --clock virtual   # specloop under --clock virtual

The benchmarks are the runs of tests/pyperformance/runs.txt in the chosen group: a script
tests/pyperformance/bm_SCRIPT.py, unmodified, with its arguments, run beside the stand-in
pyperf.py (each benchmark function runs once; see tests/pyperformance/fetch.sh). For every
benchmark it runs, interleaved K times, `python3 bm_SCRIPT.py ARGS`, `specloop run --workers
1 bm_SCRIPT.py ARGS` and the same with `--workers 2` (with `--clock virtual` when asked; python3
always runs on its real clock), and reports medians:

    script      the benchmark
    py s        wall seconds of python3
    w1 s, w2 s  wall seconds of specloop with 1 and 2 workers
    w1/py       w1 time / python3 time: the issue's target is a geometric mean <= 1.5
    w2/py       w2 time / python3 time
    py MiB      peak RSS of python3 (GNU time, else os.wait4; see common.py)
    w1 MiB      peak RSS of specloop --workers 1
    mem w1/py   their ratio: the issue's target is <= 2 on every script

plus the geometric means. A run whose stdout or exit status differs from python3's makes the
row FAILS (with the reason below the table) and is left out of the means; the script then
exits 1.
"""

import os
import sys

from common import argument_parser, checked_args, first_diff, fmt, geomean, median, print_table, python_version, run_once

SCRIPTS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "pyperformance")
CONFIGS = ("py", "w1", "w2")


def main():
    ap = argument_parser(__doc__, 3, 300.0)
    ap.add_argument("--scripts", default="", help="comma-separated names (e.g. go,float) to run")
    ap.add_argument("--group", default="lang", help="runs.txt group: lang (default) or async")
    ap.add_argument("--clock", default="real", choices=("real", "virtual"), help="specloop's --clock (default real)")
    args = ap.parse_args()
    binary = checked_args(args)
    if binary is None:
        return 2
    runs_of = read_runs(args.group)
    available = sorted(runs_of)
    scripts = [s.strip() for s in args.scripts.split(",") if s.strip()] or available
    unknown = [s for s in scripts if s not in available]
    if unknown:
        print(f"unknown script(s): {', '.join(unknown)}; available: {', '.join(available)}", file=sys.stderr)
        return 2

    def argv_for(config, name):
        script, script_args = runs_of[name]
        path = [f"bm_{script}.py", *script_args]
        if config == "py":
            return [args.python, *path]
        return [binary, "run", "--clock", args.clock, "--workers", config[1:], *path]

    runs = {(s, c): [] for s in scripts for c in CONFIGS}
    for rep in range(args.repeat):
        for script in scripts:
            for config in CONFIGS:
                r = run_once(argv_for(config, script), args.timeout, SCRIPTS_DIR)
                runs[(script, config)].append(r)
                if sys.stderr.isatty():
                    print(f"\r[{rep + 1}/{args.repeat}] {script} {config}: {r.wall:.3f} s      ", end="", file=sys.stderr, flush=True)
    if sys.stderr.isatty():
        print(file=sys.stderr)

    problems = {}
    for script in scripts:
        ref = runs[(script, "py")][0]
        for config in CONFIGS:
            for r in runs[(script, config)]:
                why = None
                if r.timed_out:
                    why = f"timed out after {args.timeout:g} s"
                elif r.stdout != ref.stdout:
                    last = (r.stderr.decode("utf-8", "replace").strip().splitlines() or ["<no stderr>"])[-1]
                    why = f"stdout differs ({first_diff(ref.stdout, r.stdout)}); stderr: {last[:160]}"
                elif r.code != ref.code:
                    why = f"exit {r.code}, python3 exited {ref.code}"
                if why:
                    problems.setdefault(script, f"{config}: {why}")

    header = ["script", "py s", "w1 s", "w2 s", "w1/py", "w2/py", "py MiB", "w1 MiB", "mem w1/py", ""]
    rows, r1s, r2s, mems = [], [], [], []
    for script in scripts:
        py, w1, w2 = (median([r.wall for r in runs[(script, c)]]) for c in CONFIGS)
        py_mem, w1_mem = (median([r.maxrss_kb / 1024 for r in runs[(script, c)]]) for c in ("py", "w1"))
        ok = script not in problems
        if ok:
            r1s.append(w1 / py)
            r2s.append(w2 / py)
            mems.append(w1_mem / py_mem)
        rows.append([
            script,
            fmt(py, ".3f"),
            fmt(w1, ".3f"),
            fmt(w2, ".3f"),
            fmt(w1 / py, ".2f"),
            fmt(w2 / py, ".2f"),
            fmt(py_mem, ".1f"),
            fmt(w1_mem, ".1f"),
            fmt(w1_mem / py_mem, ".2f"),
            "" if ok else "FAILS",
        ])
    footer = [f"geomean ({len(r1s)} ok)", "", "", "", fmt(geomean(r1s), ".2f"), fmt(geomean(r2s), ".2f"),
              "", "", fmt(geomean(mems), ".2f"), ""]

    print(f"specloop: {binary}")
    print(f"python:   {args.python} ({python_version(args.python)})")
    print(f"repeats:  {args.repeat} (medians), cores: {os.cpu_count()}, specloop clock: {args.clock}")
    print()
    print_table(header, rows, footer)
    if problems:
        print()
        for script, why in problems.items():
            print(f"FAILS {script}: {why}")
        return 1
    return 0


def read_runs(group):
    """The runs of runs.txt in `group`: benchmark name -> (script, arguments)."""
    runs = {}
    with open(os.path.join(SCRIPTS_DIR, "runs.txt")) as f:
        for line in f:
            words = line.split()
            if words and not words[0].startswith("#") and words[1] == group:
                runs[words[0]] = (words[2], words[3:])
    return runs


if __name__ == "__main__":
    sys.exit(main())
