"""Names of built-in types and the objects behind `list[int]` and `int | None`
(CPython's `types`, in part)."""


def _f():
    pass


async def _c():
    pass


def _g():
    yield


FunctionType = type(_f)
LambdaType = FunctionType
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
GeneratorType = type(_g())
NoneType = type(None)


def _type_repr(obj):
    if obj is None or obj is NoneType:
        return "None"
    if isinstance(obj, type):
        module = getattr(obj, "__module__", "builtins")
        qualname = getattr(obj, "__qualname__", obj.__name__)
        return qualname if module == "builtins" else "%s.%s" % (module, qualname)
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    text = repr(obj)
    return "..." if text == "Ellipsis" else text


class GenericAlias:
    """`list[int]`: the origin class with its type arguments; calling it calls the origin."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, args):
        return GenericAlias(self.__origin__, args)

    def __repr__(self):
        if not self.__args__:
            return "%s[()]" % _type_repr(self.__origin__)
        return "%s[%s]" % (_type_repr(self.__origin__),
                           ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__args__)

    def __or__(self, other):
        return UnionType(self, other)

    def __ror__(self, other):
        return UnionType(other, self)


class UnionType:
    """`int | None`: the union of its arguments, flattened and without repeats."""

    def __init__(self, left, right):
        args = []
        for part in (left, right):
            parts = part.__args__ if isinstance(part, UnionType) else (part,)
            for p in parts:
                p = NoneType if p is None else p
                if p not in args:
                    args.append(p)
        self.__args__ = tuple(args)

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return UnionType(self, other)

    def __ror__(self, other):
        return UnionType(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(len(self.__args__))


class SimpleNamespace:
    """An object whose attributes are its keyword arguments."""

    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        import _specloop
        items = ", ".join("%s=%r" % kv for kv in _specloop.instance_attrs(self))
        return "namespace(%s)" % items

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        import _specloop
        return dict(_specloop.instance_attrs(self)) == dict(_specloop.instance_attrs(other))
