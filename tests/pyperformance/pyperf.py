"""A stand-in for pyperf, enough to run pyperformance's benchmark scripts unmodified.

Each benchmark function runs once. `bench_func` prints the benchmark's name and a digest of
the function's result, so a wrong answer shows; `bench_time_func` functions return a time,
so only the name is printed; `bench_async_func` runs a coroutine function under
`asyncio.run`, as pyperf does, and prints like `bench_func`. Options are parsed as argparse
would, for the few kinds the scripts declare (`--name value`, `--name=value`, flags with
`action="store_true"`, positionals with choices).
"""

import sys
import time

perf_counter = time.perf_counter


def _digest(value):
    """FNV-1a (64 bit) of the value's repr; a repr holding an address is replaced by the
    type's name, which is all that is stable across runs."""
    text = repr(value)
    if " at 0x" in text:
        text = type(value).__name__
    h = 0xCBF29CE484222325
    for ch in text:
        h = ((h ^ ord(ch)) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


class _Namespace:
    pass


class _Option:
    def __init__(self, name, type, default, nargs, choices, action):
        if action not in (None, "store", "store_true"):
            raise ValueError("the stand-in pyperf does not know action=%r" % (action,))
        self.positional = not name.startswith("-")
        self.flag = name
        self.dest = name.lstrip("-").replace("-", "_")
        self.type = type
        self.default = False if action == "store_true" and default is None else default
        self.nargs = nargs
        self.choices = choices
        self.store_true = action == "store_true"

    def convert(self, text):
        value = self.type(text) if self.type is not None else text
        if self.choices is not None and value not in self.choices:
            raise SystemExit("invalid choice for %s: %r" % (self.flag, text))
        return value


class _ArgumentParser:
    def __init__(self):
        self._options = []

    def add_argument(self, name, type=None, default=None, nargs=None, choices=None,
                     help=None, metavar=None, action=None):
        self._options.append(_Option(name, type, default, nargs, choices, action))

    def parse_args(self, argv):
        ns = _Namespace()
        for opt in self._options:
            setattr(ns, opt.dest, opt.default)
        positionals = [opt for opt in self._options if opt.positional]
        i = 0
        while i < len(argv):
            arg = argv[i]
            i += 1
            if arg.startswith("--"):
                flag, eq, value = arg.partition("=")
                opt = self._named(flag)
                if opt.store_true:
                    if eq:
                        raise SystemExit("%s takes no value" % flag)
                    setattr(ns, opt.dest, True)
                    continue
                if not eq:
                    if i >= len(argv):
                        raise SystemExit("%s expects a value" % flag)
                    value = argv[i]
                    i += 1
                setattr(ns, opt.dest, opt.convert(value))
            elif positionals:
                opt = positionals.pop(0)
                setattr(ns, opt.dest, opt.convert(arg))
            else:
                raise SystemExit("unrecognized argument: %s" % arg)
        return ns

    def _named(self, flag):
        for opt in self._options:
            if opt.flag == flag:
                return opt
        raise SystemExit("unrecognized option: %s" % flag)


class Runner:
    """pyperf.Runner: metadata, an argument parser, and one call per benchmark."""

    def __init__(self, add_cmdline_args=None, **kwargs):
        self.metadata = {}
        self.argparser = _ArgumentParser()
        self.args = None

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(sys.argv[1:] if args is None else args)
        return self.args

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        self.parse_args()
        print("%s: %s" % (name, _digest(func(*args))))

    def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None):
        import asyncio

        self.parse_args()
        print("%s: %s" % (name, _digest(asyncio.run(func(*args)))))

    def bench_time_func(self, name, func, *args, inner_loops=None, metadata=None):
        self.parse_args()
        elapsed = func(1, *args)
        if not isinstance(elapsed, float) or elapsed < 0:
            raise ValueError("%s: timing function returned %r" % (name, elapsed))
        print("%s: ran 1 loop" % name)
