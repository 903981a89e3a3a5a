#!/usr/bin/env python3
"""The event loop's per-step overhead: steps per second of a sleep(0) ping-pong between two
tasks (issue 4), for python3 and specloop at --workers 1 and 2.

Usage (from any directory):

    cargo build --release
    python3 bench/step_rate.py                 # 200,000 steps per task, 5 repeats
    python3 bench/step_rate.py --steps 50000 --repeat 3

The program (written to a temporary file) runs two tasks that each `await asyncio.sleep(0)`
STEPS times, so the loop runs about 2 x STEPS task steps; it prints nothing but a check
value. The table gives, per configuration, the median wall time and 2 x STEPS / time.
"""

import os
import sys
import tempfile

from common import argument_parser, checked_args, fmt, median, print_table, run_once

PROGRAM = """
import asyncio

async def player(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n

async def main():
    print(sum(await asyncio.gather(player(STEPS), player(STEPS))))

asyncio.run(main())
"""


def main():
    ap = argument_parser(__doc__, 5, 300.0)
    ap.add_argument("--steps", type=int, default=200_000, help="sleep(0)s per task")
    args = ap.parse_args()
    binary = checked_args(args)
    if binary is None:
        return 2
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "pingpong.py")
        with open(path, "w") as f:
            f.write(PROGRAM.replace("STEPS", str(args.steps)))
        configs = {
            "python3": [args.python, path],
            "specloop -w1": [binary, "run", "--workers", "1", path],
            "specloop -w2": [binary, "run", "--workers", "2", path],
        }
        walls = {c: [] for c in configs}
        expected = f"{2 * args.steps}\n".encode()
        for _ in range(args.repeat):
            for name, argv in configs.items():
                r = run_once(argv, args.timeout, d)
                if r.code != 0 or r.stdout != expected:
                    print(f"{name}: exit {r.code}, stdout {r.stdout[:80]!r}", file=sys.stderr)
                    return 1
                walls[name].append(r.wall)
    steps = 2 * args.steps
    rows = []
    for name in configs:
        wall = median(walls[name])
        rows.append([name, fmt(wall, ".3f"), fmt(steps / wall / 1000, ".0f"),
                     fmt(wall / steps * 1e6, ".2f")])
    print(f"{steps} task steps (2 tasks x {args.steps} sleep(0)), medians of {args.repeat}")
    print()
    print_table(["config", "wall s", "k steps/s", "us/step"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
