"""Guard against infinite recursion in the reprs of containers that hold themselves."""

_RUNNING = set()


def recursive_repr(obj, make, fallback="..."):
    """`make()`, or `fallback` when called again for `obj` while `make` runs."""
    key = id(obj)
    if key in _RUNNING:
        return fallback
    _RUNNING.add(key)
    try:
        return make()
    finally:
        _RUNNING.discard(key)
