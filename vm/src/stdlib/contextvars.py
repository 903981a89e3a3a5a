"""contextvars (PEP 567): ContextVar, Token, Context and copy_context.

The current context is the innermost `Context.run` in progress, else the running asyncio
task's context (each task gets a copy of its creator's context, as in CPython, or the
Context passed to create_task), else the base context. A context's variables are a dict that
is never changed in place (a set replaces it, as CPython's immutable mapping), so a copy
shares it: a task's own context is just the dict its `_vars` holds, made at no cost. Being
ordinary Python state, speculative steps track and undo changes like any other. Callbacks
scheduled with `call_soon`/`call_later`/`call_at`/`add_done_callback` run in a copy of the
context current when they were scheduled, or the one passed as `context=` (the asyncio
prelude's `_capture_context`); in the base context they run directly.
"""

import _specloop

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


class Context:
    """A mapping of context variables to values."""

    def __init__(self, vars=None):
        if vars is None:
            vars = {}
            _diverge()
        self._vars = vars
        self._entered = False

    def run(self, callable, *args, **kwargs):
        if self._entered:
            raise RuntimeError(
                f'cannot enter context: {self!r} is already entered')
        _stack.append(self)
        self._entered = True
        try:
            return callable(*args, **kwargs)
        finally:
            _stack.pop()
            self._entered = False

    def copy(self):
        return Context(self._vars)

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._vars[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._vars.get(var, default)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


# False while every context's variables are the base context's dict: then the current
# context is known without looking for it (`_current_vars`), which tasks and callbacks ask
# for whenever they are created. Set for good by the first ContextVar.set or new Context().
_diverged = False


def _diverge():
    global _diverged
    if not _diverged:
        _diverged = True


_base = Context()
_diverged = False
# Contexts entered by Context.run, innermost last.
_stack = []


def _current():
    """What holds the current context's variables in `_vars`: a Context, or the running
    task when it runs in a context of its own."""
    if _stack:
        return _stack[-1]
    task = _specloop.current_task()
    if task is not None:
        ctx = getattr(task, '_context', None)
        if ctx is not None:
            return ctx
        if getattr(task, '_vars', None) is not None:
            return task
    return _base


def _current_vars():
    """The current context's variables (a dict nobody changes), for a new task's context."""
    if not _diverged:
        return _base._vars
    return _current()._vars


def copy_context():
    """A copy of the current context."""
    return Context(_current()._vars)


class Token:
    """What ContextVar.set returns: enough to undo the set with ContextVar.reset."""

    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'


class ContextVar:
    """A variable whose value depends on the current context."""

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        vars = _current_vars()
        if self in vars:
            return vars[self]
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._vars.get(self, _MISSING)
        new = dict(ctx._vars)
        new[self] = value
        ctx._vars = new
        _diverge()
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(
                f"expected an instance of Token, got {type(token).__name__!r}")
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._context is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        new = dict(ctx._vars)
        if token._old_value is _MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old_value
        ctx._vars = new
        token._used = True

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at 0x{id(self):x}>'

    def __hash__(self):
        return object.__hash__(self)
