"""Data classes (CPython's `dataclasses`): `@dataclass` reads the class's annotations and adds
`__init__`, `__repr__`, `__eq__`, ordering (`order=True`) and frozenness (`frozen=True`).

The methods are closures over the field list rather than generated source, with CPython's
signatures and error messages. Fields are ordinary instance attributes (tracked per name)."""

import copy as _copy
import typing as _typing
from _specloop import class_attr as _class_attr

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field: its name, type text, default or default factory, and flags."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = "_FIELD"

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes a field: its default, default factory and flags."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# Annotations are objects, or text under `from __future__ import annotations` (recognised by
# their spelling, as CPython's dataclasses do).


def _is_classvar(ann):
    if isinstance(ann, str):
        return (ann.startswith("ClassVar") or ann.startswith("typing.ClassVar")
                or ann.startswith("t.ClassVar"))
    return ann is _typing.ClassVar or getattr(ann, "__origin__", None) is _typing.ClassVar


def _is_initvar(ann):
    if isinstance(ann, str):
        return ann.startswith("InitVar") or ann.startswith("dataclasses.InitVar")
    return ann is InitVar or isinstance(ann, InitVar)


def _is_kw_only_marker(ann):
    if isinstance(ann, str):
        return ann == "KW_ONLY" or ann == "dataclasses.KW_ONLY"
    return ann is KW_ONLY


def _collect_fields(cls, kw_only):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = _own_annotations(cls)
    for name, text in annotations.items():
        if _is_classvar(text):
            continue
        if _is_kw_only_marker(text):
            kw_only = True
            continue
        default = getattr(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = text
        if _is_initvar(text):
            f._field_type = "_FIELD_INITVAR"
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f.default_factory is MISSING and f.default is not MISSING:
            if type(f.default) in (list, dict, set):
                raise ValueError("mutable default %s for field %s is not allowed: "
                                 "use default_factory" % (type(f.default), name))
        if isinstance(default, Field):
            if f.default is MISSING:
                _delete_class_attr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    return fields


def _own_annotations(cls):
    return _class_attr(cls, "__annotations__", {})


def _delete_class_attr(cls, name):
    try:
        delattr(cls, name)
    except AttributeError:
        pass


def _qual(cls):
    return cls.__qualname__


def _make_init(cls, fields, frozen, has_post_init):
    init_fields = [f for f in fields if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    seen_default = None
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError("non-default argument %r follows default argument" % f.name)
    qual = _qual(cls) + ".__init__()"
    required = sum(1 for f in positional
                   if f.default is MISSING and f.default_factory is MISSING)
    names = [f.name for f in init_fields]
    initvars = [f.name for f in fields if f._field_type == "_FIELD_INITVAR"]
    setter = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            n = len(positional) + 1
            if required < len(positional):
                raise TypeError("%s takes from %d to %d positional arguments but %d were given"
                                % (qual, required + 1, n, len(args) + 1))
            raise TypeError("%s takes %d positional argument%s but %d were given"
                            % (qual, n, "" if n == 1 else "s", len(args) + 1))
        values = {}
        for f, v in zip(positional, args):
            values[f.name] = v
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError("%s got an unexpected keyword argument '%s'" % (qual, k))
            if k in values:
                raise TypeError("%s got multiple values for argument '%s'" % (qual, k))
            values[k] = v
        missing_pos = []
        missing_kw = []
        for f in init_fields:
            if f.name in values:
                continue
            if f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            elif f.kw_only:
                missing_kw.append(f.name)
            else:
                missing_pos.append(f.name)
        if missing_pos:
            raise TypeError("%s missing %d required positional argument%s: %s"
                            % (qual, len(missing_pos), "" if len(missing_pos) == 1 else "s",
                               _names_list(missing_pos)))
        if missing_kw:
            raise TypeError("%s missing %d required keyword-only argument%s: %s"
                            % (qual, len(missing_kw), "" if len(missing_kw) == 1 else "s",
                               _names_list(missing_kw)))
        for f in fields:
            if f._field_type == "_FIELD_INITVAR":
                continue
            if f.init:
                setter(self, f.name, values[f.name])
            elif f.default is not MISSING:
                setter(self, f.name, f.default)
            elif f.default_factory is not MISSING:
                setter(self, f.name, f.default_factory())
        if has_post_init:
            self.__post_init__(*[values.get(n) for n in initvars])

    __init__.__qualname__ = _qual(cls) + ".__init__"
    return __init__


def _names_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


_REPR_RUNNING = set()


def _make_repr(cls, fields):
    shown = [f.name for f in fields if f.repr and f._field_type == "_FIELD"]

    def __repr__(self):
        key = id(self)
        if key in _REPR_RUNNING:
            return "..."
        _REPR_RUNNING.add(key)
        try:
            return "%s(%s)" % (type(self).__qualname__, ", ".join(
                "%s=%r" % (name, getattr(self, name)) for name in shown))
        finally:
            _REPR_RUNNING.discard(key)

    return __repr__


def _compare_tuple(obj, names):
    return tuple(getattr(obj, n) for n in names)


def _make_cmp(cls, names, op):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(_compare_tuple(self, names), _compare_tuple(other, names))
        return NotImplemented
    return method


def _frozen_setattr_error(name):
    return FrozenInstanceError("cannot assign to field '%s'" % name)


class _FrozenField:
    """The class attribute of a frozen dataclass's field: refuses assignment and deletion."""

    def __init__(self, name, default):
        self.name = name
        self.default = default

    def __get__(self, obj, cls=None):
        if obj is None:
            if self.default is MISSING:
                raise AttributeError("type object '%s' has no attribute '%s'"
                                     % (cls.__name__, self.name))
            return self.default
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (type(obj).__name__, self.name))

    def __set__(self, obj, value):
        raise _frozen_setattr_error(self.name)

    def __delete__(self, obj):
        raise FrozenInstanceError("cannot delete field '%s'" % self.name)


class _HookProbe(Exception):
    pass


class _Probe:
    def __setattr__(self, name, value):
        raise _HookProbe


def _has_setattr_hooks():
    try:
        _Probe().x = 1
    except _HookProbe:
        return True
    return False


# Whether the VM calls a class's own __setattr__ (then frozen classes refuse assignment as
# CPython's do, through __setattr__/__delattr__); otherwise each field gets a data descriptor
# that refuses assignment and deletion, and __init__ stores past it.
_SETATTR_HOOKS = _has_setattr_hooks()


def _freeze(cls, names):
    if not _SETATTR_HOOKS:
        for name in names:
            setattr(cls, name, _FrozenField(name, getattr(cls, name, MISSING)))
        return

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field '%s'" % name)
        object.__delattr__(self, name)

    cls.__setattr__ = __setattr__
    cls.__delattr__ = __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    fields_map = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = fields_map
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    fields = list(fields_map.values())
    real = [f for f in fields if f._field_type == "_FIELD"]
    own = _class_dict_names(cls)
    if init:
        has_post_init = getattr(cls, "__post_init__", None) is not None
        cls.__init__ = _make_init(cls, fields, frozen, has_post_init)
    if repr and "__repr__" not in own:
        cls.__repr__ = _make_repr(cls, real)
    compare_names = [f.name for f in real if f.compare]
    if eq and "__eq__" not in own:
        cls.__eq__ = _make_cmp(cls, compare_names, lambda a, b: a == b)
    if order:
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if name in own:
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
            setattr(cls, name, _make_cmp(cls, compare_names, op))
    hash_names = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = lambda self: hash(_compare_tuple(self, hash_names))
    elif eq and "__hash__" not in own:
        cls.__hash__ = None
    if frozen:
        _freeze(cls, [f.name for f in fields])
    cls.__match_args__ = tuple(f.name for f in real if f.init and not f.kw_only)
    return cls


def _class_dict_names(cls):
    return [name for name in ("__repr__", "__eq__", "__lt__", "__le__", "__gt__", "__ge__",
                              "__hash__") if _class_attr(cls, name, MISSING) is not MISSING]


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds the generated methods to a class (usable bare or with options)."""
    def wrap(cls):
        if order and not eq:
            raise ValueError("eq must be true if order is true")
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass (or instance), in definition order."""
    fs = getattr(class_or_instance, "__dataclass_fields__", None)
    if fs is None:
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(f for f in fs.values() if f._field_type == "_FIELD")


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    """The fields as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, list):
        return [_asdict_inner(v, dict_factory) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return {_asdict_inner(k, dict_factory): _asdict_inner(v, dict_factory)
                for k, v in obj.items()}
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields as a tuple, recursing like `asdict`."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, list):
        return [_astuple_inner(v, tuple_factory) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return {_astuple_inner(k, tuple_factory): _astuple_inner(v, tuple_factory)
                for k, v in obj.items()}
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance with some fields changed (runs `__init__` and `__post_init__`)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in type(obj).__dataclass_fields__.values():
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type == "_FIELD_INITVAR" and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            if f._field_type == "_FIELD":
                changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
