#!/usr/bin/env python3
"""Benchmark specloop against CPython on bench/programs/*.py.

Usage (from any directory):

    cargo build --release
    python3 bench/run.py                         # all programs, 5 repeats
    python3 bench/run.py --repeat 9              # more repeats
    python3 bench/run.py --programs independent_cpu,conflict_heavy
    python3 bench/run.py --bin path/to/specloop  # another binary (default target/release/specloop)
    python3 bench/run.py --timeout 300           # per-run limit in seconds (default 120)

For every program P it runs, interleaved K times (one round = every program under every
configuration, so drifts in machine load hit all configurations alike):

    python3 P
    specloop run --workers 1 --stats P
    specloop run --workers 2 --stats P

and reports medians over the K repeats:

    program     the program
    py s        wall seconds of python3
    w1 s, w2 s  wall seconds of specloop with 1 and 2 workers
    w1/py       w1 time / python3 time (lower is better)
    w2/py       w2 time / python3 time
    w1/w2       speedup from the second worker (w1 time / w2 time; 2.0 is perfect)
    us/step     w2 wall time / steps of the w2 run (steps from the --stats line)
    ab/1k       aborts per 1000 steps of the w2 run (from the --stats line)
    cpu w2/w1   CPU seconds (user + system of the child, from os.wait4) of w2 / of w1

plus a geometric-mean row for the w1/w2 speedup (and the time ratios). Every run's stdout and
exit status must equal python3's; otherwise the row says MISMATCH (and the script exits 1). The
`--stats` line is the last stderr line:
`specloop-stats: steps=<int> commits=<int> aborts=<int> reexecutions=<int> busy_s=<float>
wasted_s=<float> parallelism=<float> wall_s=<float>`.
"""

import os
import sys

from common import argument_parser, checked_args, first_diff, fmt, geomean, median, print_table, python_version, run_once

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(HERE, "programs")
CONFIGS = ("py", "w1", "w2")


def main():
    ap = argument_parser(__doc__, 5, 120.0)
    ap.add_argument("--programs", default="", help="comma-separated program names (without .py) to run")
    args = ap.parse_args()
    binary = checked_args(args)
    if binary is None:
        return 2

    available = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    if args.programs:
        wanted = [p.strip().removesuffix(".py") for p in args.programs.split(",") if p.strip()]
        unknown = [p for p in wanted if p not in available]
        if unknown:
            print(f"unknown program(s): {', '.join(unknown)}; available: {', '.join(available)}", file=sys.stderr)
            return 2
        programs = wanted
    else:
        programs = available
    if not programs:
        print(f"no programs in {PROGRAMS_DIR}", file=sys.stderr)
        return 2

    def argv_for(config, program):
        path = os.path.join(PROGRAMS_DIR, program + ".py")
        if config == "py":
            return [args.python, path]
        workers = "1" if config == "w1" else "2"
        return [binary, "run", "--workers", workers, "--stats", path]

    runs = {(p, c): [] for p in programs for c in CONFIGS}
    problems = {p: [] for p in programs}
    total = args.repeat * len(programs) * len(CONFIGS)
    done = 0
    progress = sys.stderr.isatty()
    for rep in range(args.repeat):
        for program in programs:
            for config in CONFIGS:
                r = run_once(argv_for(config, program), args.timeout, PROGRAMS_DIR)
                runs[(program, config)].append(r)
                done += 1
                if progress:
                    print(
                        f"\r[{done}/{total}] repeat {rep + 1}/{args.repeat} {program} {config}: {r.wall:.3f} s   ",
                        end="",
                        file=sys.stderr,
                        flush=True,
                    )
    if progress:
        print(file=sys.stderr)

    # Correctness: every run must print what python3 printed and exit like it.
    for program in programs:
        ref = runs[(program, "py")][0]
        if ref.code != 0:
            problems[program].append(f"python3 exited {ref.code}: {ref.stderr.decode('utf-8', 'replace').strip()[-300:]}")
        for config in CONFIGS:
            for i, r in enumerate(runs[(program, config)]):
                what = f"{config} run {i + 1}"
                if r.timed_out:
                    problems[program].append(f"{what}: timed out after {args.timeout:g} s")
                elif r.stdout != ref.stdout:
                    problems[program].append(f"{what}: stdout differs from python3 ({first_diff(ref.stdout, r.stdout)})")
                elif r.code != ref.code:
                    problems[program].append(f"{what}: exit {r.code}, python3 exited {ref.code}")
                if config != "py" and r.stats is None and not r.timed_out:
                    tail = r.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["<empty>"]
                    problems[program].append(f"{what}: no specloop-stats line on stderr (last line: {tail[0][:200]})")

    header = ["program", "py s", "w1 s", "w2 s", "w1/py", "w2/py", "w1/w2", "us/step", "ab/1k", "cpu w2/w1", ""]
    rows = []
    speedups, r1s, r2s = [], [], []
    for program in programs:
        py = median([r.wall for r in runs[(program, "py")]])
        w1 = median([r.wall for r in runs[(program, "w1")]])
        w2 = median([r.wall for r in runs[(program, "w2")]])
        cpu1 = median([r.cpu for r in runs[(program, "w1")]])
        cpu2 = median([r.cpu for r in runs[(program, "w2")]])
        w2_stats = [r.stats for r in runs[(program, "w2")] if r.stats]
        steps = median([s["steps"] for s in w2_stats]) if w2_stats else None
        aborts_per_k = median([1000.0 * s["aborts"] / s["steps"] for s in w2_stats if s["steps"] > 0]) if w2_stats else None
        us_per_step = (w2 * 1e6 / steps) if steps else None
        speedup = w1 / w2 if w2 > 0 else float("nan")
        ratio1 = w1 / py if py > 0 else float("nan")
        ratio2 = w2 / py if py > 0 else float("nan")
        ok = not problems[program]
        if ok:
            speedups.append(speedup)
            r1s.append(ratio1)
            r2s.append(ratio2)
        rows.append([
            program,
            fmt(py, ".3f"),
            fmt(w1, ".3f"),
            fmt(w2, ".3f"),
            fmt(ratio1, ".2f"),
            fmt(ratio2, ".2f"),
            fmt(speedup, ".2f"),
            fmt(us_per_step, ".1f"),
            fmt(aborts_per_k, ".1f"),
            fmt(cpu2 / cpu1 if cpu1 > 0 else float("nan"), ".2f"),
            "" if ok else "MISMATCH",
        ])
    footer = [
        f"geomean ({len(speedups)} ok)",
        "", "", "",
        fmt(geomean(r1s), ".2f"),
        fmt(geomean(r2s), ".2f"),
        fmt(geomean(speedups), ".2f"),
        "", "", "", "",
    ]

    print(f"specloop: {binary}")
    print(f"python:   {args.python} ({python_version(args.python)})")
    print(f"repeats:  {args.repeat} (medians), cores: {os.cpu_count()}")
    print()
    print_table(header, rows, footer)

    failed = [p for p in programs if problems[p]]
    if failed:
        print()
        for p in failed:
            print(f"MISMATCH {p}:")
            for msg in problems[p][:6]:
                print(f"    {msg}")
            if len(problems[p]) > 6:
                print(f"    ... {len(problems[p]) - 6} more")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
