"""The built-ins aiter() and anext(), written in Python (installed into builtins on first use,
as `complex` is). anext(it, default) returns a coroutine where CPython returns an
`anext_awaitable`; awaiting either gives the same result."""


def aiter(async_iterable):
    t = type(async_iterable)
    try:
        meth = t.__aiter__
    except AttributeError:
        raise TypeError(f"'{t.__name__}' object is not an async iterable") from None
    it = meth(async_iterable)
    try:
        type(it).__anext__
    except AttributeError:
        raise TypeError(
            f"aiter() returned not an async iterator of type '{type(it).__name__}'") from None
    return it


_MISSING = object()


def anext(aiterator, default=_MISSING):
    t = type(aiterator)
    try:
        meth = t.__anext__
    except AttributeError:
        raise TypeError(f"'{t.__name__}' object is not an async iterator") from None
    awaitable = meth(aiterator)
    if default is _MISSING:
        return awaitable
    return _anext_default(awaitable, default)


async def _anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
