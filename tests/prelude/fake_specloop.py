"""Pure-Python stand-in for specloop's native `_specloop` module.

A faithful miniature of CPython 3.11 BaseEventLoop._run_once /
run_forever / call_soon / call_at / TimerHandle.cancel, with no selector
(no IO): the ready queue is a deque of handles, the timers a heap of
TimerHandle ordered by `when` only (heapq, exactly as CPython pushes and
pops it, including the "too many cancelled timers" re-heapify).  Each
iteration moves due timers to ready, then runs exactly the handles that
were ready when that moment came.

Hooks:  call_soon(cb, *args); call_later(delay, cb, *args) -> id;
call_at(when, cb, *args) -> id; register_task(t); registered_tasks();
cancel_timer(id); time(); run_forever(); stop();
enter_task(t); leave_task(t); current_task(); set_coro_driver(coro, task).
"""

import collections
import heapq
import sys
import sys as _sys
import time as _time
import traceback
import weakref as _weakref

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
MAXIMUM_SELECT_TIMEOUT = 24 * 3600
_clock_resolution = _time.get_clock_info('monotonic').resolution


class _Handle:
    __slots__ = ('_callback', '_args', '_cancelled')

    def __init__(self, callback, args):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if _callback_error_hook is not None:
                _callback_error_hook(self._callback, self._args, exc)
                return
            # CPython: loop.call_exception_handler -> logger.error
            sys.stderr.write('Exception in callback %r\n' % (self._callback,))
            traceback.print_exc()


class _TimerHandle(_Handle):
    __slots__ = ('_when', '_scheduled', '_id')

    def __init__(self, when, callback, args):
        super().__init__(callback, args)
        self._when = when
        self._scheduled = False
        self._id = None

    # heapq only uses <; CPython's TimerHandle compares by `when`.
    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when < other._when or self._when == other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when > other._when or self._when == other._when


_ready = collections.deque()
_scheduled = []
_timer_cancelled_count = 0
_timers = {}          # id -> _TimerHandle (until it ran or was cancelled)
_next_timer_id = 0
_stopping = False
_current_task = None
_coro_driver = {}

# Statistics, useful for debugging the prelude.
stats = {'handles': 0, 'iterations': 0}


def time():
    return _time.monotonic()


def call_soon(callback, *args):
    _ready.append(_Handle(callback, args))


def call_later(delay, callback, *args):
    return call_at(time() + delay, callback, *args)


def call_at(when, callback, *args):
    global _next_timer_id
    timer = _TimerHandle(when, callback, args)
    heapq.heappush(_scheduled, timer)
    timer._scheduled = True
    _next_timer_id += 1
    timer._id = _next_timer_id
    _timers[_next_timer_id] = timer
    return _next_timer_id


def cancel_timer(timer_id):
    global _timer_cancelled_count
    timer = _timers.pop(timer_id, None)
    if timer is None:
        return
    if not timer._cancelled:
        if timer._scheduled:
            _timer_cancelled_count += 1
        timer._cancelled = True


def stop():
    global _stopping
    _stopping = True


def enter_task(task):
    global _current_task
    if _current_task is not None:
        raise RuntimeError("Cannot enter into task %r while another task %r "
                           "is being executed." % (task, _current_task))
    _current_task = task


def leave_task(task):
    global _current_task
    if _current_task is not task:
        raise RuntimeError("Leaving task %r does not match the current task "
                           "%r." % (task, _current_task))
    _current_task = None


def current_task():
    return _current_task


_tasks = []


def register_task(task):
    _tasks.append(task)


def registered_tasks():
    # Like the native hook: every task registered so far; the prelude
    # filters out the done ones.  Pruned here so long runs stay small.
    _tasks[:] = [t for t in _tasks if not t.done()]
    return list(_tasks)


def set_coro_driver(coro, task):
    _coro_driver[id(coro)] = task


def _run_once():
    global _scheduled, _timer_cancelled_count
    stats['iterations'] += 1
    sched_count = len(_scheduled)
    if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
            _timer_cancelled_count / sched_count >
            _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
        new_scheduled = []
        for handle in _scheduled:
            if handle._cancelled:
                handle._scheduled = False
            else:
                new_scheduled.append(handle)
        heapq.heapify(new_scheduled)
        _scheduled = new_scheduled
        _timer_cancelled_count = 0
    else:
        while _scheduled and _scheduled[0]._cancelled:
            _timer_cancelled_count -= 1
            handle = heapq.heappop(_scheduled)
            handle._scheduled = False

    timeout = None
    if _ready or _stopping:
        timeout = 0
    elif _scheduled:
        when = _scheduled[0]._when
        timeout = min(max(0, when - time()), MAXIMUM_SELECT_TIMEOUT)
    if timeout is None:
        raise RuntimeError('fake _specloop: nothing ready and no timers; '
                           'the loop would block forever')
    if timeout > 0:
        _time.sleep(timeout)  # the selector's select(timeout)

    end_time = time() + _clock_resolution
    while _scheduled:
        handle = _scheduled[0]
        if handle._when >= end_time:
            break
        handle = heapq.heappop(_scheduled)
        handle._scheduled = False
        _ready.append(handle)

    ntodo = len(_ready)
    for i in range(ntodo):
        handle = _ready.popleft()
        if handle._cancelled:
            continue
        if isinstance(handle, _TimerHandle):
            _timers.pop(handle._id, None)
        stats['handles'] += 1
        handle._run()


_asyncgens = []       # weak references to async generators first iterated, in order


def _asyncgen_firstiter(agen):
    _asyncgens.append(_weakref.ref(agen))


def _asyncgen_finalizer(agen):
    # BaseEventLoop._asyncgen_finalizer_hook: aclose() as a task, scheduled.
    for i, r in enumerate(_asyncgens):
        if r() is agen:
            del _asyncgens[i]
            break

    async def aclose():
        await agen.aclose()

    import asyncio
    call_soon(asyncio.get_running_loop().create_task, aclose())


def take_asyncgens():
    live = [r() for r in _asyncgens]
    _asyncgens.clear()
    return [g for g in live if g is not None and g.ag_frame is not None]


def run_forever():
    global _stopping
    old_hooks = _sys.get_asyncgen_hooks()
    _sys.set_asyncgen_hooks(firstiter=_asyncgen_firstiter, finalizer=_asyncgen_finalizer)
    try:
        while True:
            _run_once()
            if _stopping:
                break
    finally:
        _stopping = False
        _sys.set_asyncgen_hooks(*old_hooks)


def format_exception(exc):
    import traceback
    return ''.join(traceback.format_exception(exc))


def coro_repr(coro, done):
    # coroutines._format_coroutine for a coroutine object.
    name = coro.__qualname__ + '()'
    code = coro.cr_code
    if coro.cr_frame is not None:
        return f'{name} running at {code.co_filename}:{coro.cr_frame.f_lineno}'
    return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'


RETURNED = []


def coro_send(coro, task):
    try:
        return coro.send(None)
    except StopIteration as e:
        task._result = e.value
        return RETURNED


_callback_error_hook = None


def set_callback_error_hook(f):
    global _callback_error_hook
    _callback_error_hook = f


def function_source(f):
    code = getattr(f, '__code__', None)
    return None if code is None else (code.co_filename, code.co_firstlineno)


def unsupported(what):
    raise NotImplementedError(what)


def copy_traceback(src, dst):
    dst.__traceback__ = src.__traceback__


def same_traceback(a, b):
    return a.__traceback__ is b.__traceback__


def new_instance(cls):
    return cls.__new__(cls)


def instance_attrs(obj):
    return list(vars(obj).items())
