"""Shallow and deep copies (CPython's `copy`): `__copy__`/`__deepcopy__` hooks, a memo that
keeps shared references shared and copies cycles once, and for other instances the pickle
protocol's hooks: a class's own `__reduce_ex__`/`__reduce__`, `__getstate__`/`__setstate__`."""

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


def _own_hook(cls, name):
    """`cls.name` when it is not object's default, else None."""
    f = getattr(cls, name, None)
    if f is None or f is getattr(object, name, None):
        return None
    return f


def _reduce(x, cls):
    """The instance's reduction `(func, args, state, listitems, dictitems)`, padded with None:
    from its class's own `__reduce_ex__`/`__reduce__`, else a blank instance of the class and
    its state (`__getstate__()`, or its attributes as a dict, None when it has none)."""
    if _own_hook(cls, "__reduce_ex__") is not None:
        rv = x.__reduce_ex__(4)
    elif _own_hook(cls, "__reduce__") is not None:
        rv = x.__reduce__()
    else:
        getstate = _own_hook(cls, "__getstate__")
        if getstate is not None:
            state = getstate(x)
        else:
            state = dict(_specloop.instance_attrs(x)) or None
        return (_blank, (x, cls), state, None, None)
    if isinstance(rv, str):
        return rv
    if not isinstance(rv, tuple) or not 2 <= len(rv) <= 6:
        raise TypeError("__reduce__ must return a string or tuple")
    return tuple(rv[:5]) + (None,) * (5 - len(rv[:5]))


def _reconstruct(x, memo, func, args, state, listitems, dictitems):
    """Rebuilds a reduced instance; `memo` is None for a shallow copy."""
    deep = memo is not None
    if func is _blank:
        y = _blank(x, args[1], "deep" if deep else "shallow")
    else:
        y = func(*(deepcopy(args, memo) if deep and args else args))
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                for name, value in state.items():
                    object.__setattr__(y, name, value)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


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
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; `memo` maps ids of objects already copied to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
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
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    else:
        hook = getattr(cls, "__deepcopy__", None)
        if hook is not None:
            y = hook(x, memo)
        else:
            rv = _reduce(x, cls)
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
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
