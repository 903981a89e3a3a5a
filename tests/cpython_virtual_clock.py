"""Run a Python program under CPython with a virtual (autojump) clock, as `specloop run
--clock virtual` does: the goldens under tests/programs/virtual_clock/ come from here.

    python3 tests/cpython_virtual_clock.py PROGRAM.py [ARGS...]

The clock starts at 0.0 and stands still while code runs. It jumps when the event loop would
wait for its next timer (the selector is asked to wait `timeout` seconds: the clock moves on by
that much and the selector only polls) and when `time.sleep(secs)` is called. `loop.time()`,
`time.monotonic()`, `time.perf_counter()` and `time.time()` (the wall clock at start, plus
the virtual clock) read it.
"""
import asyncio
import runpy
import selectors
import sys
import time

_now = 0.0
_wall_at_zero = time.time()


def _monotonic():
    return _now


def _monotonic_ns():
    return int(_now * 1e9)


def _time():
    return _wall_at_zero + _now


def _time_ns():
    return int(_time() * 1e9)


def _sleep(secs):
    global _now
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    _now += secs


class _AutojumpSelector(selectors.DefaultSelector):
    def select(self, timeout=None):
        global _now
        if timeout is not None and timeout > 0:
            _now += timeout
            timeout = 0
        return super().select(timeout)


class _VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(_AutojumpSelector())

    def time(self):
        return _now


class _VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = _VirtualLoop


time.monotonic = _monotonic
time.monotonic_ns = _monotonic_ns
time.perf_counter = _monotonic
time.perf_counter_ns = _monotonic_ns
time.time = _time
time.time_ns = _time_ns
time.sleep = _sleep
asyncio.set_event_loop_policy(_VirtualPolicy())

program = sys.argv[1]
sys.argv = sys.argv[1:]
sys.path[0] = __import__("os").path.dirname(program) or "."
runpy.run_path(program, run_name="__main__")
