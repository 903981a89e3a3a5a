# specloop asyncio prelude: a reduced, faithful port of CPython 3.11 Lib/asyncio
# (futures.py, tasks.py, queues.py, locks.Event, runners.py,
# base_events.run_until_complete).  The loop core (ready queue, timers,
# _run_once) is native and reached through the _specloop hooks.
#
# Written in the VM's Python subset: no decorators, no `with`, no nonlocal,
# no collections/heapq/weakref/contextvars, no getattr-with-default/hasattr.

import _specloop
import contextvars


# ---------------------------------------------------------------- exceptions

# Classes carry CPython's module names (shown by reprs, GenericAlias and tracebacks:
# 'asyncio.exceptions.CancelledError', '_asyncio.Future[int]', 'asyncio.events.Handle').

class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


def _class_getitem(cls, item):
    # __class_getitem__ = classmethod(GenericAlias)
    import types
    return types.GenericAlias(cls, item)


TimeoutError = TimeoutError


# ---------------------------------------------------------------- helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'
_RETURNED = _specloop.RETURNED
_STATE_REPR = {'PENDING': 'pending', 'CANCELLED': 'cancelled',
               'FINISHED': 'finished'}


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


def isfuture(obj):
    return isinstance(obj, Future)


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


# ---------------------------------------------------------------- handles

def _format_callback(func, args, kwargs, suffix=''):
    # format_helpers._format_callback.
    if type(func).__name__ == 'partial' and type(func).__module__ == 'functools':
        suffix = _format_args(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    try:
        func_repr = func.__qualname__
    except AttributeError:
        func_repr = None
    if not func_repr:
        try:
            func_repr = func.__name__
        except AttributeError:
            func_repr = None
    if not func_repr:
        func_repr = repr(func)
    return func_repr + _format_args(args, kwargs) + suffix


def _format_args(args, kwargs):
    import reprlib
    items = []
    if args:
        for arg in args:
            items.append(reprlib.repr(arg))
    if kwargs:
        for k in kwargs:
            items.append(k + '=' + reprlib.repr(kwargs[k]))
    return '(' + ', '.join(items) + ')'


def _format_callback_source(func, args):
    # A plain Python function is followed by ' at FILE:LINE', as _get_function_source does.
    func_repr = _format_callback(func, args, None)
    f = func
    while type(f).__name__ == 'partial' and type(f).__module__ == 'functools':
        f = f.func
    source = _specloop.function_source(f)
    if source is not None:
        func_repr += ' at ' + source[0] + ':' + str(source[1])
    return func_repr


def _capture_context():
    """contextvars.copy_context() for a callback, or None when the current context is the
    base context's variables (the callback then runs directly: no Context.run, so programs
    that never set a context variable pay nothing and their callbacks share no state)."""
    if not contextvars._diverged:
        return None
    vars = contextvars._current_vars()
    if vars is contextvars._base._vars:
        return None
    return contextvars.Context(vars)


class _ContextCallback:
    """A done callback with the context it runs in (CPython keeps (fn, context) pairs)."""

    def __init__(self, fn, context):
        self.fn = fn
        self.context = context

    def __call__(self, fut):
        self.context.run(self.fn, fut)


def _format_callbacks(cbs):
    # base_futures._format_callbacks. A task's wake-up shows as CPython's C Task's does.
    def format_cb(callback):
        if isinstance(callback, _ContextCallback):
            callback = callback.fn
        try:
            func = callback.__func__
        except AttributeError:
            func = None
        if func is Task._wakeup:
            return 'Task.task_wakeup()'
        return _format_callback_source(callback, ())
    size = len(cbs)
    if size == 1:
        cb = format_cb(cbs[0])
    elif size == 2:
        cb = format_cb(cbs[0]) + ', ' + format_cb(cbs[1])
    else:
        cb = format_cb(cbs[0]) + ', <' + str(size - 2) + ' more>, ' + format_cb(cbs[-1])
    return 'cb=[' + cb + ']'


class Handle:
    # Returned by loop.call_soon; the prelude itself calls _specloop directly.
    __module__ = 'asyncio.events'
    # `_context`: the Context the callback runs in (None: run it directly).
    def __init__(self, callback, args, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._context = context

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return '<' + ' '.join(self._repr_info()) + '>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        if self._cancelled:
            return
        try:
            if self._context is None:
                self._callback(*self._args)
            else:
                self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _report_callback_error(self, exc)


def _report_callback_error(handle, exc):
    # Handle._run's report of an exception its callback raised; the loop goes on.
    cb = _format_callback_source(handle._callback, handle._args)
    loop = _running_loop
    if loop is None:
        loop = get_event_loop()
    loop.call_exception_handler({
        'message': 'Exception in callback ' + cb,
        'exception': exc,
        'handle': handle,
    })


def _callback_error(callback, args, exc):
    # Called by the loop (natively) when a callback it scheduled without a Handle (a future's
    # done callback) raised.
    _report_callback_error(Handle(callback, args), exc)


_specloop.set_callback_error_hook(_callback_error)


class TimerHandle(Handle):
    # Returned by loop.call_later/call_at. The native timer runs `_run`, which checks the
    # flag: a timer cancelled after it became due (by a callback of the same iteration that
    # ran before it) is skipped, as CPython's _run_once skips cancelled handles.
    __module__ = 'asyncio.events'

    def __init__(self, when, callback, args, context=None):
        self._id = None
        self._when = when
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._context = context

    def _repr_info(self):
        info = Handle._repr_info(self)
        pos = 2 if self._cancelled else 1
        info.insert(pos, 'when=' + str(self._when))
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            _specloop.cancel_timer(self._id)
        Handle.cancel(self)

    def when(self):
        return self._when


# ---------------------------------------------------------------- loop

_running_loop = None
_event_loop = None


class _Loop:
    def __init__(self):
        self._closed = False
        self._running = False
        self._task_factory = None
        self._exception_handler = None

    def time(self):
        return _specloop.time()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    # Callbacks run in `context`, else in a copy of the context current when they were
    # scheduled, as CPython's.
    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if context is None:
            context = _capture_context()
        h = Handle(callback, args, context)
        _specloop.call_soon(h._run)
        return h

    def call_later(self, delay, callback, *args, context=None):
        # CPython: self.call_at(self.time() + delay, ...), so when() is the deadline itself.
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(_specloop.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if context is None:
            context = _capture_context()
        h = TimerHandle(when, callback, args, context)
        h._id = _specloop.call_at(when, h._run)
        return h

    def create_future(self):
        return Future(self)

    def create_task(self, coro, name=None, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._task_factory is None:
            return Task(coro, self, name, context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            try:
                set_name = task.set_name
            except AttributeError:
                pass
            else:
                set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, got ' + repr(handler))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        # CPython logs through the 'asyncio' logger; with logging unconfigured that is the
        # message lines and the traceback on stderr.
        import sys
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        log_lines = [message]
        for key in sorted(context):
            if key == 'message' or key == 'exception':
                continue
            log_lines.append(key + ': ' + repr(context[key]))
        text = '\n'.join(log_lines) + '\n'
        if exception is not None:
            text += _specloop.format_exception(exception)
        sys.stderr.write(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                import sys
                sys.stderr.write('Exception in default exception handler\n' +
                                 _specloop.format_exception(exc))
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc2:
                    import sys
                    sys.stderr.write('Exception in default exception handler while handling '
                                     'an unexpected error in custom exception handler\n' +
                                     _specloop.format_exception(exc2))

    def run_in_executor(self, executor, func, *args):
        """Runs `func(*args)` as a step of its own, soon (there are no threads: it is a
        callback like any other, run in sequence order); the future gets its result."""
        self._check_closed()
        if executor is not None:
            _specloop.unsupported("run_in_executor with an executor (only None)")
        fut = self.create_future()

        def _run():
            if fut.cancelled():
                return
            try:
                result = func(*args)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as e:
                fut.set_exception(e)
            else:
                fut.set_result(result)

        self.call_soon(_run)
        return fut

    def shutdown_asyncgens(self):
        return _shutdown_asyncgens()

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        _specloop.stop()

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True

    def run_forever(self):
        global _running_loop
        self._check_closed()
        self._check_running()
        self._running = True
        _running_loop = self
        try:
            _specloop.run_forever()
        finally:
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, SystemExit) or isinstance(exc, KeyboardInterrupt):
            return
    fut._loop.stop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None or _event_loop._closed:
        _event_loop = _Loop()
    return _event_loop


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


# ---------------------------------------------------------------- Future

class Future:
    __module__ = '_asyncio'
    __class_getitem__ = classmethod(_class_getitem)
    _asyncio_future_blocking = False
    # True from set_exception until result() or exception() is called: an exception nobody
    # retrieved is reported when asyncio.run ends (see _report_unretrieved).
    _log_traceback = False

    def __init__(self, loop=None):
        if loop is None:
            loop = get_event_loop()
        self._loop = loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._cancel_message = None
        self._cancelled_exc = None
        self._callbacks = None
        self._asyncio_future_blocking = False

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        # `_callbacks` is None until a callback is added (most futures and tasks get one at
        # most, as CPython's C futures keep their first callback without a list).
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = None
        if len(callbacks) == 1:
            _specloop.call_soon(callbacks[0], self)
            return
        for callback in callbacks:
            _specloop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = _capture_context()
        if context is not None:
            fn = _ContextCallback(fn, context)
        self._add_callback(fn)

    def _add_callback(self, fn):
        # A task's wake-up: it runs in the task's own context (Task._step), not a copy.
        if self._state != _PENDING:
            _specloop.call_soon(fn, self)
        elif self._callbacks is None:
            self._callbacks = [fn]
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        if not self._callbacks:
            return 0
        filtered = []
        for f in self._callbacks:
            if isinstance(f, _ContextCallback):
                if not (f.fn == fn):
                    filtered.append(f)
            elif not (f == fn):
                filtered.append(f)
        removed_count = len(self._callbacks) - len(filtered)
        if removed_count:
            self._callbacks = filtered
        return removed_count

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if type(exception).__name__ == 'type':
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._log_traceback = True
        self._schedule_callbacks()

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    def __repr__(self):
        # base_futures._future_repr_info, less the callbacks (their reprs name source
        # files) and the source traceback.
        info = '<' + type(self).__name__ + ' ' + _STATE_REPR[self._state]
        if self._state == _FINISHED:
            if self._exception is not None:
                info += ' exception=' + repr(self._exception)
            else:
                import reprlib
                info += ' result=' + reprlib.repr(self._result)
        if self._callbacks:
            info += ' ' + _format_callbacks(self._callbacks)
        return info + '>'


# ---------------------------------------------------------------- Task

_task_name_counter = 0


def all_tasks(loop=None):
    # CPython returns a set, iterated in hash (memory address) order; this
    # returns the not-done tasks of `loop` in creation order.
    if loop is None:
        loop = get_running_loop()
    live = []
    for t in _specloop.registered_tasks():
        if not t.done() and t._loop is loop:
            live.append(t)
    return live


def current_task(loop=None):
    if loop is None:
        get_running_loop()
    return _specloop.current_task()


class Task(Future):
    __module__ = '_asyncio'

    def __init__(self, coro, loop=None, name=None, context=None, eager_start=False):
        global _task_name_counter
        Future.__init__(self, loop)
        if type(coro).__name__ != 'coroutine':
            raise TypeError('a coroutine was expected, got ' + repr(coro))
        if name is None:
            # Only unnamed tasks advance the counter, as CPython's C Task. The name is the
            # number until asked for (3.12's lazy names): no string per task.
            _task_name_counter += 1
            self._name = _task_name_counter
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        # The task's steps run in `context`, or in a copy of its creator's context: the
        # variables dict, shared until a set replaces it (see contextvars._current).
        self._context = context
        self._vars = contextvars._current_vars() if context is None else None
        _specloop.set_coro_driver(coro, self)
        if eager_start and self._loop._running:
            self._eager_start()
        else:
            _specloop.call_soon(_task_step, self)
            # The registry is loop state kept natively (CPython: the _all_tasks WeakSet), so
            # creating tasks in parallel steps does not conflict.
            _specloop.register_task(self)

    def _eager_start(self):
        # CPython 3.12's Task.__eager_start: the first step runs now, inside the call that
        # made the task, with the task as the current task (so in the task's own context); a
        # task that finished in it is never scheduled, and its coroutine is dropped. It is
        # registered first (CPython keeps it in _eager_tasks meanwhile, so all_tasks() sees it,
        # and reports its exception if nobody retrieves it).
        _specloop.register_task(self)
        prev = _specloop.current_task()
        _specloop.enter_task(self)
        try:
            self._step_run(self._coro, None)
        finally:
            _specloop.enter_task(prev)
            if self._state != _PENDING:
                self._coro_qualname = getattr(self._coro, '__qualname__', '?')
                self._coro = None

    def __repr__(self):
        # base_tasks._task_repr_info.
        state = _STATE_REPR[self._state]
        if self._num_cancels_requested > 0 and self._state == _PENDING:
            state = 'cancelling'
        info = '<Task ' + state + ' name=' + repr(self.get_name())
        info += ' coro=<' + _specloop.coro_repr(self._coro, self._state != _PENDING) + '>'
        if self._fut_waiter is not None:
            info += ' wait_for=' + repr(self._fut_waiter)
        if self._state == _FINISHED:
            if self._exception is not None:
                info += ' exception=' + repr(self._exception)
            else:
                import reprlib
                info += ' result=' + reprlib.repr(self._result)
        if self._callbacks:
            info += ' ' + _format_callbacks(self._callbacks)
        return info + '>'

    def get_coro(self):
        return self._coro

    def get_name(self):
        name = self._name
        if type(name) is int:
            return 'Task-' + str(name)
        return name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError('_step(): already done')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        _specloop.enter_task(self)
        try:
            self._step_run(coro, exc)
        finally:
            _specloop.leave_task(self)

    def _step_run(self, coro, exc):
        try:
            if exc is None:
                # coro.send(None), but a return sets self._result and gives RETURNED (no
                # StopIteration is made, as in CPython's C Task).
                result = _specloop.coro_send(coro, self)
            else:
                result = coro.throw(exc)
        except StopIteration as e:
            self._result = e.value
            self._returned()
        except CancelledError as e:
            self._cancelled_exc = e
            super().cancel()
        except KeyboardInterrupt as e:
            super().set_exception(e)
            raise
        except SystemExit as e:
            super().set_exception(e)
            raise
        except BaseException as e:
            super().set_exception(e)
        else:
            if result is _RETURNED:
                self._returned()
            elif isinstance(result, Future):
                if result._loop is not self._loop:
                    new_exc = RuntimeError(
                        'Task ' + repr(self) + ' got Future ' + repr(result) +
                        ' attached to a different loop')
                    _specloop.call_soon(self._step, new_exc)
                elif result._asyncio_future_blocking:
                    if result is self:
                        new_exc = RuntimeError(
                            'Task cannot await on itself: ' + repr(self))
                        _specloop.call_soon(self._step, new_exc)
                    else:
                        result._asyncio_future_blocking = False
                        result._add_callback(self._wakeup)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if result.cancel(self._cancel_message):
                                self._must_cancel = False
                else:
                    new_exc = RuntimeError(
                        'yield was used instead of yield from in task ' +
                        repr(self) + ' with ' + repr(result))
                    _specloop.call_soon(self._step, new_exc)
            elif result is None:
                _specloop.call_soon(_task_step, self)
            else:
                new_exc = RuntimeError('Task got bad yield: ' + repr(result))
                _specloop.call_soon(self._step, new_exc)

    def _returned(self):
        # The coroutine returned self._result.
        if self._must_cancel:
            self._must_cancel = False
            self._result = None
            super().cancel(self._cancel_message)
        else:
            # Future.set_result, inlined (the state is known to be pending).
            self._state = _FINISHED
            if self._callbacks:
                self._schedule_callbacks()

    def _wakeup(self, future):
        if _finished_with_result(future):
            self._step()
            return
        try:
            future.result()
        except BaseException as e:
            self._step(e)
            return
        self._step()


# A task's step as a plain function: scheduling `_task_step(task)` makes no bound method
# (CPython's C Task cannot have its __step overridden either).
_task_step = Task._step


def ensure_future(coro_or_future, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if type(coro_or_future).__name__ != 'coroutine':
        # Any other awaitable (an object whose type has __await__) runs as a task of its
        # own, as tasks._wrap_awaitable.
        try:
            type(coro_or_future).__await__
        except AttributeError:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required') from None
        coro_or_future = _wrap_awaitable(coro_or_future)
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_eager_task_factory(custom_task_constructor):
    # CPython 3.12: a task factory whose tasks start eagerly (see Task._eager_start).
    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(
            coro, loop=loop, name=name, context=context, eager_start=True)
    return factory


def create_task(coro, *, name=None, context=None):
    # CPython 3.11 creates the task unnamed (so it takes a 'Task-N' number) and then sets
    # the name; loop.create_task(coro, name=...) names it at once and takes no number.
    loop = get_running_loop()
    task = loop.create_task(coro, None, context)
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)
    return task


eager_task_factory = create_eager_task_factory(Task)


# ---------------------------------------------------------------- sleep

class _Sleep0:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = Future(loop)
    tid = _specloop.call_later(delay, _set_result_unless_cancelled,
                               future, result)
    try:
        return await future
    finally:
        _specloop.cancel_timer(tid)


# ---------------------------------------------------------------- gather

class _GatheringFuture(Future):
    def __init__(self, children, loop):
        super().__init__(loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def _finished_with_result(fut):
    """Whether `fut`, a future of asyncio's own types, finished with a result: read directly,
    as CPython's C task_wakeup and gather read C futures (a subclass may override the
    methods, so it is asked)."""
    tp = type(fut)
    return ((tp is Task or tp is Future or tp is _GatheringFuture)
            and fut._state == _FINISHED and fut._exception is None)


class _Gather:
    def __init__(self, return_exceptions):
        self.return_exceptions = return_exceptions
        self.outer = None
        self.children = []
        self.nfuts = 0
        self.nfinished = 0

    def done_callback(self, fut):
        self.nfinished += 1
        outer = self.outer
        ok = _finished_with_result(fut)
        if outer is None or outer._state != _PENDING:
            if not ok and not fut.cancelled():
                fut.exception()
            return
        if not self.return_exceptions and not ok:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return
        if self.nfinished == self.nfuts:
            results = []
            for child in self.children:
                if _finished_with_result(child):
                    res = child._result
                elif child.cancelled():
                    if child._cancel_message is None:
                        res = CancelledError('')
                    else:
                        res = CancelledError(child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)


def gather(*coros_or_futures, return_exceptions=False):
    if len(coros_or_futures) == 0:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    g = _Gather(return_exceptions)
    # One callback for every child, as CPython's gather shares one closure.
    done_callback = g.done_callback
    arg_to_fut = {}
    loop = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop)
            if loop is None:
                loop = fut._loop
            g.nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(done_callback)
        else:
            fut = arg_to_fut[arg]
        g.children.append(fut)
    outer = _GatheringFuture(g.children, loop)
    g.outer = outer
    return outer


# ---------------------------------------------------------------- wait_for, shield

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _WaiterReleaser:
    # functools.partial(_release_waiter, waiter), as a bound method.
    def __init__(self, waiter):
        self.waiter = waiter

    def release(self, *args):
        if not self.waiter.done():
            self.waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _WaiterReleaser(waiter).release
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _WaiterReleaser(waiter).release
    fut = ensure_future(fut, loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


class _Shield:
    def __init__(self, inner, outer):
        self.inner = inner
        self.outer = outer

    def inner_done(self, inner):
        outer = self.outer
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(self, outer):
        if not self.inner.done():
            self.inner.remove_done_callback(self.inner_cb)


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()
    sh = _Shield(inner, outer)
    sh.inner_cb = sh.inner_done
    inner.add_done_callback(sh.inner_cb)
    outer.add_done_callback(sh.outer_done)
    return outer


# ---------------------------------------------------------------- run

async def _noop():
    return None


async def _aclose(agen):
    # gather's ensure_future(agen.aclose()): CPython wraps the awaitable in a task.
    await agen.aclose()


async def _shutdown_asyncgens():
    """BaseEventLoop.shutdown_asyncgens: closes every async generator first iterated under the
    loop and not finished. CPython finalises one that is freed earlier (its aclose() runs as a
    task scheduled by the loop's finalizer hook); specloop has no refcounts, so a generator
    abandoned unfinished (an `async for` left by break) is closed here instead."""
    closing = _specloop.take_asyncgens()
    if len(closing) == 0:
        return
    results = await gather(*[_aclose(ag) for ag in closing], return_exceptions=True)
    import sys
    i = 0
    while i < len(results):
        if isinstance(results[i], Exception):
            sys.stderr.write('an error occurred during closing of asynchronous generator ' +
                             repr(closing[i]) + '\n' + _specloop.format_exception(results[i]))
        i += 1


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if len(to_cancel) == 0:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))


def run(main, debug=None):
    global _event_loop
    if _running_loop is not None:
        raise RuntimeError(
            'asyncio.run() cannot be called from a running event loop')
    # Runner.__enter__: a new loop, set as the current event loop.
    loop = _Loop()
    _event_loop = loop
    try:
        # Runner.run()
        if not iscoroutine(main):
            raise ValueError('a coroutine was expected, got ' + repr(main))
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        # Runner.close()
        try:
            _cancel_all_tasks(loop)
            # shutdown_asyncgens() and shutdown_default_executor() are each
            # run to completion as a task of their own (two loop iterations
            # each, and two task names).
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(_noop())
        finally:
            loop.close()
            _event_loop = None
            _report_unretrieved()


def _report_unretrieved():
    """CPython's "Task exception was never retrieved", for each task whose exception nobody
    asked for. CPython reports when the task is freed (right after it fails, if nothing
    refers to it); specloop reports when asyncio.run ends, in task creation order."""
    import sys
    for task in _specloop.registered_tasks():
        if task._log_traceback:
            task._log_traceback = False
            exc = task._exception
            coro = getattr(task._coro, '__qualname__', None)
            if coro is None:
                coro = getattr(task, '_coro_qualname', '?')
            sys.stderr.write(
                'Task exception was never retrieved\n'
                'future: <Task finished name=' + repr(task.get_name()) + ' coro=<' + coro +
                '() done> exception=' + repr(exc) + '>\n' +
                _specloop.format_exception(exc))


# ---------------------------------------------------------------- submodules

from .locks import Barrier, BoundedSemaphore, BrokenBarrierError, Condition, Event, Lock, Semaphore
from .queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull
from .taskgroups import TaskGroup
from .tasks import ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, as_completed, wait
from .timeouts import Timeout, timeout, timeout_at
