"""The built-in `BaseExceptionGroup` and `ExceptionGroup`, written in Python: CPython 3.11's
`Objects/exceptions.c` (construction, `split`, `subgroup`, `derive`) and the interpreter's
`except*` support (`CHECK_EG_MATCH`'s `exception_group_match` and `PREP_RERAISE_STAR`),
with the same error messages. Installed into `builtins` on first use of either name (and by
the first `except*` clause that runs)."""

import _specloop

_FunctionType = type(lambda: None)


class _ReadOnly:
    """A read-only member (`message`, `exceptions`), as CPython's `Py_READONLY` members."""

    def __init__(self, slot):
        self._slot = slot

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


def _is_sequence(v):
    """CPython's `PySequence_Check`: has `__getitem__` and is not a dict."""
    if isinstance(v, dict):
        return False
    return hasattr(type(v), "__getitem__")


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""

    __module__ = "builtins"

    message = _ReadOnly("_eg_message")
    exceptions = _ReadOnly("_eg_exceptions")

    def __new__(cls, *args, **kwargs):
        if len(args) != 2:
            raise TypeError(
                f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)")
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError(
                "BaseExceptionGroup.__new__() argument 1 must be str, not "
                f"{type(message).__name__}")
        if not _is_sequence(exceptions):
            raise TypeError("second argument (exceptions) must be a sequence")
        exceptions = tuple(exceptions)
        if not exceptions:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        nested_base = False
        i = 0
        for exc in exceptions:
            if not isinstance(exc, BaseException):
                raise ValueError(
                    f"Item {i} of second argument (exceptions) is not an exception")
            if not isinstance(exc, Exception):
                nested_base = True
            i += 1
        if cls is ExceptionGroup:
            if nested_base:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
        elif cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif nested_base and issubclass(cls, Exception):
            raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = BaseException.__new__(cls, *args)
        self._eg_message = message
        self._eg_exceptions = exceptions
        return self

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError(f"{type(self).__name__}() takes no keyword arguments")
        BaseException.__init__(self, *args)

    def __str__(self):
        n = len(self.exceptions)
        return f"{self.message!s} ({n} sub-exception{'s' if n > 1 else ''})"

    def derive(self, excs):
        return BaseExceptionGroup(self.message, excs)

    def split(self, matcher_value):
        by_type = _matcher_type(matcher_value)
        match, rest = _split(self, by_type, matcher_value, True)
        return match, rest

    def subgroup(self, matcher_value):
        by_type = _matcher_type(matcher_value)
        return _split(self, by_type, matcher_value, False)[0]

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"


def _matcher_type(value):
    """1 for a function (a predicate), 0 for an exception type or a tuple of them."""
    if type(value) is _FunctionType:
        return 1
    if isinstance(value, type) and issubclass(value, BaseException):
        return 0
    if type(value) is tuple:
        for t in value:
            if not (isinstance(t, type) and issubclass(t, BaseException)):
                break
        else:
            return 0
    raise TypeError("expected a function, exception type or tuple of exception types")


def _check_match(exc, how, value):
    if how == 0:
        return isinstance(exc, value)
    if how == 1:
        return bool(value(exc))
    # 2: a set of the ids of leaf exceptions.
    return not isinstance(exc, BaseExceptionGroup) and id(exc) in value


def _subset(orig, excs):
    """CPython's `exceptiongroup_subset`: `orig.derive(excs)` with orig's traceback, cause,
    context and notes; None for no exceptions."""
    if not excs:
        return None
    eg = orig.derive(excs)
    if not isinstance(eg, BaseExceptionGroup):
        raise TypeError("derive must return an instance of BaseExceptionGroup")
    _specloop.copy_traceback(orig, eg)
    eg.__context__ = getattr(orig, "__context__", None)
    # CPython's PyException_SetCause also sets __suppress_context__.
    eg.__cause__ = getattr(orig, "__cause__", None)
    eg.__suppress_context__ = True
    try:
        notes = orig.__notes__
    except AttributeError:
        pass
    else:
        if _is_sequence(notes):
            eg.__notes__ = list(notes)
    return eg


def _split(exc, how, value, construct_rest):
    """CPython's `exceptiongroup_split_recursive`: (match, rest), each None when empty."""
    if _check_match(exc, how, value):
        return exc, None
    if not isinstance(exc, BaseExceptionGroup):
        return None, (exc if construct_rest else None)
    match_list = []
    rest_list = []
    for e in exc.exceptions:
        m, r = _split(e, how, value, construct_rest)
        if m is not None:
            match_list.append(m)
        if r is not None:
            rest_list.append(r)
    match = _subset(exc, match_list)
    rest = _subset(exc, rest_list) if construct_rest else None
    return match, rest


def _eg_match(exc, match_type):
    """`except* match_type` against `exc` (None when everything was matched before):
    CPython's `check_except_star_type_valid` and `exception_group_match`. Returns
    (match, rest, wrapped): a naked exception that matches is wrapped in
    `ExceptionGroup('', [exc])` (wrapped is then True, and the caller gives it a traceback of
    the current frame)."""
    if isinstance(match_type, tuple):
        for t in match_type:
            if not (isinstance(t, type) and issubclass(t, BaseException)):
                raise TypeError("catching classes that do not inherit from BaseException "
                                "is not allowed")
        for t in match_type:
            if issubclass(t, BaseExceptionGroup):
                raise TypeError("catching ExceptionGroup with except* is not allowed. "
                                "Use except instead.")
    else:
        if not (isinstance(match_type, type) and issubclass(match_type, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException "
                            "is not allowed")
        if issubclass(match_type, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. "
                            "Use except instead.")
    if exc is None:
        return None, None, False
    if isinstance(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return exc, None, False
        return BaseExceptionGroup("", (exc,)), None, True
    if isinstance(exc, BaseExceptionGroup):
        match, rest = exc.split(match_type)
        return match, rest, False
    return None, exc, False


def _collect_leaf_ids(exc, ids):
    if exc is None:
        return
    if not isinstance(exc, BaseExceptionGroup):
        ids.add(id(exc))
        return
    for e in exc.exceptions:
        _collect_leaf_ids(e, ids)


def _same_metadata(e1, e2):
    return (getattr(e1, "__notes__", None) is getattr(e2, "__notes__", None)
            and _specloop.same_traceback(e1, e2)
            and getattr(e1, "__cause__", None) is getattr(e2, "__cause__", None)
            and getattr(e1, "__context__", None) is getattr(e2, "__context__", None))


def _prep_reraise_star(orig, excs):
    """CPython's `_PyExc_PrepReraiseStar`: what a try-except* raises at its end, from the
    exception it caught and those raised or re-raised in its handlers (and the unmatched
    rest, last); None when nothing is left."""
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception was caught and wrapped: only one clause could have run.
        return excs[0]
    raised = []
    reraised = []
    for e in excs:
        if e is None:
            continue
        if _same_metadata(e, orig):
            reraised.append(e)
        else:
            raised.append(e)
    ids = set()
    for e in reraised:
        _collect_leaf_ids(e, ids)
    reraised_eg = _split(orig, 2, ids, False)[0]
    if not raised:
        return reraised_eg
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if len(raised) > 1:
        return BaseExceptionGroup("", raised)
    return raised[0]
