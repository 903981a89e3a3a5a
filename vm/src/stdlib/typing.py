"""Type hints (CPython's `typing`), for programs that import and subscript them: annotations
are never evaluated at run time here, so the objects only need to exist, subscript, print
like CPython's and let `Generic`/`Protocol` be base classes. `cast`, `overload`,
`TYPE_CHECKING`, `NewType`, `TypeVar`, `NamedTuple` and `TypedDict` behave as in CPython."""

import collections as _collections
from collections import _namedtuple
from _specloop import class_attr as _class_attr, module_global as _module_global

TYPE_CHECKING = False


class _Special:
    """A special form or alias (`Any`, `List`, `Optional`, ...): printable and subscriptable."""

    def __init__(self, name, origin=None, params=None):
        self._name = name
        self.__origin__ = origin
        self.__args__ = params

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            return _Special("Optional", Union, (params[0], type(None)))
        return _Special(self._name, self.__origin__ or self, params)

    def __repr__(self):
        if self.__args__ is None:
            return "typing." + self._name
        if self._name == "Optional":
            return "typing.Optional[%s]" % _type_repr(self.__args__[0])
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, type):
            return origin(*args, **kwargs)
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _Special):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self._name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _type_repr(obj):
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    if isinstance(obj, type):
        module = getattr(obj, "__module__", "builtins")
        qualname = getattr(obj, "__qualname__", obj.__name__)
        if module == "builtins":
            return qualname
        return "%s.%s" % (module, qualname)
    text = repr(obj)
    return "..." if text == "Ellipsis" else text


Any = _Special("Any")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
LiteralString = _Special("LiteralString")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Union = _Special("Union")
Optional = _Special("Optional")
Literal = _Special("Literal")
Annotated = _Special("Annotated")
TypeAlias = _Special("TypeAlias")
Concatenate = _Special("Concatenate")
TypeGuard = _Special("TypeGuard")
Required = _Special("Required")
NotRequired = _Special("NotRequired")
Unpack = _Special("Unpack")

List = _Special("List", list)
Dict = _Special("Dict", dict)
Set = _Special("Set", set)
FrozenSet = _Special("FrozenSet", frozenset)
Tuple = _Special("Tuple", tuple)
Type = _Special("Type", type)
DefaultDict = _Special("DefaultDict", _collections.defaultdict)
OrderedDict = _Special("OrderedDict", _collections.OrderedDict)
Counter = _Special("Counter", _collections.Counter)
Deque = _Special("Deque", _collections.deque)
ChainMap = _Special("ChainMap", _collections.ChainMap)
Text = str

from collections import abc as _abc  # noqa: E402

Callable = _Special("Callable", _abc.Callable)
Iterable = _Special("Iterable", _abc.Iterable)
Iterator = _Special("Iterator", _abc.Iterator)
Generator = _Special("Generator", _abc.Generator)
Reversible = _Special("Reversible", _abc.Reversible)
Container = _Special("Container", _abc.Container)
Collection = _Special("Collection", _abc.Collection)
Sized = _Special("Sized", _abc.Sized)
Hashable = _Special("Hashable", _abc.Hashable)
Sequence = _Special("Sequence", _abc.Sequence)
MutableSequence = _Special("MutableSequence", _abc.MutableSequence)
Mapping = _Special("Mapping", _abc.Mapping)
MutableMapping = _Special("MutableMapping", _abc.MutableMapping)
AbstractSet = _Special("AbstractSet", _abc.Set)
MutableSet = _Special("MutableSet", _abc.MutableSet)
KeysView = _Special("KeysView", _abc.KeysView)
ItemsView = _Special("ItemsView", _abc.ItemsView)
ValuesView = _Special("ValuesView", _abc.ValuesView)
Awaitable = _Special("Awaitable", _abc.Awaitable)
Coroutine = _Special("Coroutine", _abc.Coroutine)
AsyncIterable = _Special("AsyncIterable", _abc.AsyncIterable)
AsyncIterator = _Special("AsyncIterator", _abc.AsyncIterator)


class TypeVar:
    """`T = TypeVar("T", bound=..., covariant=...)`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


AnyStr = TypeVar("AnyStr", str)


class Generic:
    """Base class of generic classes: `class Box(Generic[T])`; `Box[int]` is `Box`."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class of protocols (structural types); checks are not enforced."""


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-decorated.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(f):
    return f


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def _is_name(text):
    return bool(text) and (text[0] == "_" or text[0].isalpha()) and all(
        c == "_" or c.isalnum() for c in text)


_CONSTANTS = {"None": None, "...": ..., "True": True, "False": False}


def _split_top(text, sep):
    """`text` split at each `sep` outside brackets."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        if c in "[(":
            depth += 1
        elif c in "])":
            depth -= 1
        elif c == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _evaluate(text, module, globalns):
    """The value of an annotation kept as text: dotted names, `X[args]`, `X | Y`, `None`,
    `...`; NotImplementedError for other expressions."""
    text = text.strip()
    union = _split_top(text, "|")
    if len(union) > 1:
        value = _evaluate(union[0], module, globalns)
        for part in union[1:]:
            value = value | _evaluate(part, module, globalns)
        return value
    if text in _CONSTANTS:
        return _CONSTANTS[text]
    if text.endswith("]") and "[" in text:
        head = text[:text.index("[")]
        args = [_evaluate(a, module, globalns) for a in _split_top(text[len(head) + 1:-1], ",")
                if a.strip()]
        origin = _evaluate(head, module, globalns)
        return origin[args[0] if len(args) == 1 else tuple(args)]
    head, *rest = text.split(".")
    if not all(_is_name(part) for part in [head] + rest):
        raise NotImplementedError(
            "specloop: get_type_hints() cannot evaluate the annotation %r" % text)
    if globalns is not None and head in globalns:
        value = globalns[head]
    else:
        value = _module_global(module or "__main__", head)
    for part in rest:
        value = getattr(value, part)
    return value


def _resolve(hint, module, globalns):
    """An annotation's value: None as NoneType, text (a forward reference, or any annotation
    under `from __future__ import annotations`) evaluated."""
    if isinstance(hint, str):
        hint = _evaluate(hint, module, globalns)
    return type(None) if hint is None else hint


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its bases' first), function or module, resolved."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            own = _class_attr(base, "__annotations__", {})
            for name, hint in own.items():
                hints[name] = _resolve(hint, base.__module__, globalns)
        return hints
    module = getattr(obj, "__module__", None) or getattr(obj, "__name__", None)
    return {name: _resolve(hint, module, globalns)
            for name, hint in getattr(obj, "__annotations__", {}).items()}


def get_origin(tp):
    return getattr(tp, "__origin__", None) if isinstance(tp, _Special) else None


def get_args(tp):
    if isinstance(tp, _Special) and tp.__args__ is not None:
        return tp.__args__
    return ()


class NewType:
    """`UserId = NewType("UserId", int)`: calling it returns its argument."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp

    def __call__(self, x):
        return x

    def __repr__(self):
        return "__main__." + self.__name__


class NamedTuple(_namedtuple._NamedTupleBase):
    """`class P(NamedTuple): x: int; y: int = 0`: fields come from the class annotations
    (read on first instantiation), defaults from the class attributes."""

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if _class_attr(cls, "_fields", None) is None:
            _setup_named_tuple(cls)
        _namedtuple._NamedTupleBase.__init__(self, *args, **kwargs)


_NO_DEFAULT = object()


def _setup_named_tuple(cls):
    fields = tuple(getattr(cls, "__annotations__", {}))
    defaults = {}
    for i, name in enumerate(fields):
        value = getattr(cls, name, _NO_DEFAULT)
        if value is not _NO_DEFAULT:
            defaults[name] = value
        elif defaults:
            raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                            % (name, "s" if len(defaults) > 1 else "",
                               ", ".join(defaults)))
    cls._fields = fields
    cls._field_defaults = defaults
    for index, name in enumerate(fields):
        setattr(cls, name, _namedtuple._FieldGetter(index, "Alias for field number %d" % index))


class _TypedDictMeta(type):
    """The metaclass of TypedDict classes (CPython's): each is a dict subclass whose instances
    are plain dicts, with `__annotations__`, `__required_keys__`, `__optional_keys__` and
    `__total__` gathered from its bases and its own annotations."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own_annotations = ns.get("__annotations__", {})
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            base_required = base.__dict__.get("__required_keys__", set())
            required_keys |= base_required
            optional_keys -= base_required
            base_optional = base.__dict__.get("__optional_keys__", set())
            required_keys -= base_optional
            optional_keys |= base_optional
        annotations.update(own_annotations)
        for key, tp in own_annotations.items():
            origin = getattr(tp, "__origin__", None) if isinstance(tp, _Special) else None
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """`Movie = TypedDict("Movie", {"name": str})` or `class Movie(TypedDict): name: str`:
    a dict type for type checkers; calling it makes a plain dict. The functional form's class
    has `__module__` "typing" (CPython names the caller's module, which is not known here)."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    ns = {"__annotations__": dict(fields)}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


__all__ = ["Any", "Callable", "ClassVar", "Final", "Generic", "Literal", "Optional",
           "Protocol", "Tuple", "Type", "TypeVar", "Union", "List", "Dict", "Set",
           "FrozenSet", "Iterable", "Iterator", "Generator", "Sequence", "Mapping",
           "NamedTuple", "cast", "overload", "TYPE_CHECKING", "NewType", "NoReturn",
           "TypedDict"]
