"""Helpers shared by the benchmark scripts: timed child runs, medians, table printing."""

import argparse
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BIN = os.path.join(ROOT, "target", "release", "specloop")
STATS_RE = re.compile(
    r"specloop-stats: steps=(\d+) commits=(\d+) aborts=(\d+) reexecutions=(\d+) "
    r"busy_s=([-+0-9.eEinfa]+) wasted_s=([-+0-9.eEinfa]+) parallelism=([-+0-9.eEinfa]+) wall_s=([-+0-9.eEinfa]+)"
)


class Run:
    """One finished child: wall and CPU seconds, peak RSS (KiB), exit code, output."""

    def __init__(self, wall, cpu, maxrss_kb, code, stdout, stderr, timed_out):
        self.wall = wall
        self.maxrss_kb = maxrss_kb
        self.cpu = cpu
        self.code = code
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out
        self.stats = parse_stats(stderr)


def parse_stats(stderr):
    """The --stats line as a dict, or None."""
    text = stderr.decode("utf-8", "replace")
    found = None
    for line in text.splitlines():
        m = STATS_RE.search(line)
        if m:
            found = m
    if found is None:
        return None
    return {
        "steps": int(found.group(1)),
        "commits": int(found.group(2)),
        "aborts": int(found.group(3)),
        "reexecutions": int(found.group(4)),
        "busy_s": float(found.group(5)),
        "wasted_s": float(found.group(6)),
        "parallelism": float(found.group(7)),
        "wall_s": float(found.group(8)),
    }


# GNU time, which measures the peak RSS of a process it forks itself. A child forked by this
# Python process starts with this process's pages counted (fork copies the page tables, and
# exec keeps the old high-water mark), so os.wait4's ru_maxrss is never below this
# process's own ~15 MiB.
GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def run_once(argv, timeout, cwd):
    """Runs argv in cwd; wall seconds, child CPU seconds and peak RSS (through GNU time when
    there is one, else os.wait4), status, output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r") as rss:
        if GNU_TIME:
            argv = [GNU_TIME, "-q", "-o", rss.name, "-f", "%M", *argv]
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd,
                                start_new_session=True)
        killed = []

        def kill():
            killed.append(True)
            os.killpg(proc.pid, 9)

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            # Blocking wait: no polling in this process while the child runs.
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        timed_out = bool(killed)
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code  # reaped by wait4; keep Popen from waiting again
        maxrss = usage.ru_maxrss
        if GNU_TIME:
            lines = rss.read().split()
            maxrss = int(lines[-1]) if lines and lines[-1].isdigit() else maxrss
        out.seek(0)
        err.seek(0)
        return Run(wall, usage.ru_utime + usage.ru_stime, maxrss, code, out.read(), err.read(), timed_out)


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def geomean(xs):
    xs = [x for x in xs if x > 0 and math.isfinite(x)]
    if not xs:
        return float("nan")
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def fmt(x, spec):
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "-"
    return format(x, spec)


def first_diff(expected, got):
    exp = expected.split(b"\n")
    act = got.split(b"\n")
    for i in range(max(len(exp), len(act))):
        e = exp[i] if i < len(exp) else None
        a = act[i] if i < len(act) else None
        if e != a:
            show = lambda b: "<missing>" if b is None else repr(b.decode("utf-8", "replace"))[:120]
            return f"line {i + 1}: expected {show(e)}, got {show(a)}"
    return "same lines"



def print_table(header, rows, footer=None):
    """Prints rows under header, left-aligning the first column, with a footer row if given."""
    widths = [max(len(str(row[i])) for row in [header] + rows + ([footer] if footer else []))
              for i in range(len(header))]

    def line(row):
        cells = [str(row[0]).ljust(widths[0])] + [str(c).rjust(widths[i]) for i, c in enumerate(row[1:], 1)]
        return "  ".join(cells).rstrip()

    print(line(header))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))
    if footer:
        print(line(["-" * w for w in widths]))
        print(line(footer))


def python_version(python):
    """`python --version`, e.g. "Python 3.11.7"."""
    return subprocess.run([python, "--version"], capture_output=True, text=True).stdout.strip()


def checked_binary(path, default):
    """The absolute path of the specloop binary, or None (after saying why) if it is missing."""
    binary = os.path.abspath(path)
    if os.path.isfile(binary) and os.access(binary, os.X_OK):
        return binary
    where = "target/release/specloop" if path == default else binary
    print(f"specloop binary not found at {where}", file=sys.stderr)
    if path == default:
        print("build it first:  cargo build --release   (or pass --bin PATH)", file=sys.stderr)
    return None


def argument_parser(doc, repeat, timeout):
    """The options both benchmark scripts take: --bin, --python, --repeat, --timeout."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=DEFAULT_BIN, help="specloop binary (default: target/release/specloop)")
    ap.add_argument("--python", default="python3", help="CPython to compare with (default: python3)")
    ap.add_argument("--repeat", "-k", type=int, default=repeat, help=f"repeats per configuration (default {repeat})")
    ap.add_argument("--timeout", type=float, default=timeout,
                    help=f"seconds per run before it is killed (default {timeout:g})")
    return ap


def checked_args(args):
    """The specloop binary of parsed options, or None (after saying why) if they are unusable."""
    if args.repeat < 1:
        print("--repeat must be at least 1", file=sys.stderr)
        return None
    return checked_binary(args.bin, DEFAULT_BIN)
