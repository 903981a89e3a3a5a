"""Higher-order functions (CPython's `functools`).

`lru_cache` keeps its entries in a dict and its statistics in a list, ordinary objects, so
tasks sharing a cached function conflict on them like on any shared dict."""

from _specloop import bind as _bind, class_attr as _class_attr

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Copies the identity of `wrapped` onto `wrapper` and sets `wrapper.__wrapped__`."""
    for attr in assigned:
        value = getattr(wrapped, attr, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, attr, value)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of `update_wrapper`."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(function, sequence, *initial):
    """Folds `function` over the items, from the left."""
    if len(initial) > 1:
        raise TypeError("reduce expected at most 3 arguments, got %d" % (len(initial) + 2))
    it = iter(sequence)
    if initial:
        value = initial[0]
    else:
        value = next(it, _MISSING)
        if value is _MISSING:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


class partial:
    """`partial(f, *args, **kw)(*more, **kw2)` is `f(*args, *more, **{**kw, **kw2})`."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partial(" + ", ".join(parts) + ")"


class partialmethod:
    """A method descriptor that binds like `partial(method, *args, **kw)`."""

    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


class _CacheInfo:
    """`CacheInfo(hits=…, misses=…, maxsize=…, currsize=…)`, a 4-tuple lookalike."""

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self):
        return iter(self._tuple())

    def __getitem__(self, i):
        return self._tuple()[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        return self._tuple() == other

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % self._tuple()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_MISSING,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def _lru_wrapper(user_function, maxsize, typed):
    # cache: key -> result, in recency order (oldest first); stats: [hits, misses].
    cache = {}
    stats = [0, 0]

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Memoises a function; with `maxsize`, evicts the least recently used entry."""
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    """An unbounded `lru_cache`."""
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    """Turns an old-style comparison function into a key function."""

    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


_ORDER_DERIVED = {
    "__lt__": [("__gt__", lambda self, other: _not_op_and_not_eq(self.__lt__, self, other)),
               ("__le__", lambda self, other: _op_or_eq(self.__lt__, self, other)),
               ("__ge__", lambda self, other: _not_op(self.__lt__, other))],
    "__le__": [("__ge__", lambda self, other: _not_op_or_eq(self.__le__, self, other)),
               ("__lt__", lambda self, other: _op_and_not_eq(self.__le__, self, other)),
               ("__gt__", lambda self, other: _not_op(self.__le__, other))],
    "__gt__": [("__lt__", lambda self, other: _not_op_and_not_eq(self.__gt__, self, other)),
               ("__ge__", lambda self, other: _op_or_eq(self.__gt__, self, other)),
               ("__le__", lambda self, other: _not_op(self.__gt__, other))],
    "__ge__": [("__le__", lambda self, other: _not_op_or_eq(self.__ge__, self, other)),
               ("__gt__", lambda self, other: _op_and_not_eq(self.__ge__, self, other)),
               ("__lt__", lambda self, other: _not_op(self.__ge__, other))],
}


def _not_op(op, other):
    r = op(other)
    if r is NotImplemented:
        return r
    return not r


def _op_or_eq(op, self, other):
    r = op(other)
    if r is NotImplemented:
        return r
    return r or self == other


def _not_op_and_not_eq(op, self, other):
    r = op(other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _not_op_or_eq(op, self, other):
    r = op(other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _op_and_not_eq(op, self, other):
    r = op(other)
    if r is NotImplemented:
        return r
    return r and self != other


def total_ordering(cls):
    """Fills in the missing ordering methods from one of __lt__, __le__, __gt__, __ge__."""
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
             if any(_class_attr(c, op, None) is not None for c in cls.__mro__
                    if c is not object)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for opname, opfunc in _ORDER_DERIVED[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


class cached_property:
    """A property computed once per instance, then stored on the instance."""

    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        object.__setattr__(instance, self.attrname, value)
        return value


def _is_union(cls):
    from types import UnionType
    return isinstance(cls, UnionType)


def _dispatch_types(cls):
    """The classes `register(cls)` registers, or None when `cls` is no class or union of them."""
    if isinstance(cls, type):
        return (cls,)
    if _is_union(cls) and all(isinstance(a, type) for a in cls.__args__):
        return cls.__args__
    return None


def singledispatch(func):
    """Dispatches on the type of the first argument (`register(cls)` adds implementations):
    the first class of its MRO that has one, else the first registered ABC it belongs to, else
    the implementation for object."""
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass is not object and klass in registry:
                return registry[klass]
        for klass, impl in registry.items():
            if klass is not object and issubclass(cls, klass):
                return impl
        return registry[object]

    def register(cls, func=None):
        types = _dispatch_types(cls)
        if types is None:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. "
                                "%r is not a class or union type." % (cls,))
            if not getattr(cls, "__annotations__", {}):
                raise TypeError("Invalid first argument to `register()`: %r. Use either "
                                "`@register(some_class)` or plain `@register` on an "
                                "annotated function." % (cls,))
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            types = _dispatch_types(cls)
            if types is None:
                if _is_union(cls):
                    raise TypeError("Invalid annotation for %r. %r not all arguments are "
                                    "classes." % (argname, cls))
                raise TypeError("Invalid annotation for %r. %r is not a class."
                                % (argname, cls))
        elif func is None:
            return lambda f: register(cls, f)
        for t in types:
            registry[t] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method dispatching on the type of its first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
