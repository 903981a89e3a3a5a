"""Shallow and deep copies (CPython's `copy`): `__copy__`/`__deepcopy__` hooks, a memo that
keeps shared references shared and copies cycles once."""

import _specloop


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, type, range, type(len), type(lambda: 0))


def _is_atomic(x):
    return isinstance(x, _ATOMIC) or x is NotImplemented


def _blank(x, cls, kind):
    """A new instance of x's user class, without running __init__; Error for other objects."""
    if not isinstance(x, BaseException):
        try:
            return _specloop.new_instance(cls)
        except TypeError:
            pass
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    y = _blank(x, cls, "shallow")
    for name, value in _specloop.instance_attrs(x):
        object.__setattr__(y, name, value)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; `memo` maps ids of objects already copied to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x) or cls is frozenset:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    else:
        hook = getattr(cls, "__deepcopy__", None)
        if hook is not None:
            y = hook(x, memo)
        else:
            y = _blank(x, cls, "deep")
            memo[d] = y
            for name, value in _specloop.instance_attrs(x):
                object.__setattr__(y, name, deepcopy(value, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive while the memo is (its id must not be reused by a new object)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
