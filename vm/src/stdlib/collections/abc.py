"""Abstract base classes of containers (CPython's `collections.abc`).

`isinstance` and `issubclass` consult each ABC's `__subclasshook__` (the VM calls it when the
class is not in the MRO, as ABCMeta's check does): a class is a virtual subclass when it or a
base is registered (the built-in types are, as CPython registers them) or, for the
one-method protocols (`Iterable`, `Sized`, `Hashable`, ...), when it defines the methods.
Usable as base classes: the mixin methods (`Mapping.get`, `Sequence.index`, ...) are
inherited. Abstract methods are not enforced at instantiation."""

from _specloop import class_attr as _class_attr

_ABCS = []


def _defines(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            value = _own(B, method)
            if value is not _ABSENT:
                if value is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


_ABSENT = object()


def _own(B, name):
    """The attribute `name` defined on B itself (not inherited), or _ABSENT."""
    return _class_attr(B, name, _ABSENT)


class _ABC:
    _abc_registry = ()
    _abc_methods = ()

    @classmethod
    def register(cls, subclass):
        if _own(cls, "_abc_registry") is _ABSENT:
            cls._abc_registry = []
        cls._abc_registry.append(subclass)
        return subclass

    @classmethod
    def __subclasshook__(cls, C):
        mro = C.__mro__
        for abc in _ABCS:
            if cls in abc.__mro__:
                for r in abc._abc_registry:
                    if r in mro:
                        return True
        methods = cls._abc_methods
        if methods and cls in _ABCS and _defines(C, *methods) is True:
            return True
        return NotImplemented


def _abc(cls, methods=(), builtins=()):
    _ABCS.append(cls)
    cls._abc_methods = methods
    cls._abc_registry = list(builtins)
    return cls


def _gen():
    yield


_generator = type(_gen())
_list_iterator = type(iter([]))
_dict_keys = type({}.keys())
_dict_values = type({}.values())
_dict_items = type({}.items())


async def _coro():
    pass


_c = _coro()
_coroutine = type(_c)
_c.close() if hasattr(_c, "close") else None
del _c
_function = type(_defines)
_builtin = type(len)


class Hashable(_ABC):
    def __hash__(self):
        return 0


class Awaitable(_ABC):
    def __await__(self):
        yield


class Coroutine(Awaitable):
    def send(self, value):
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        if val is None:
            raise typ
        raise val

    def close(self):
        pass


class AsyncIterable(_ABC):
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class Iterable(_ABC):
    def __iter__(self):
        while False:
            yield None

    def __class_getitem__(cls, item):
        return cls


class Iterator(Iterable):
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    def __reversed__(self):
        while False:
            yield None


class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    def send(self, value):
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        if val is None:
            raise typ
        raise val

    def close(self):
        pass


class Sized(_ABC):
    def __len__(self):
        return 0


class Container(_ABC):
    def __contains__(self, x):
        return False

    def __class_getitem__(cls, item):
        return cls


class Collection(Sized, Iterable, Container):
    pass


class Callable(_ABC):
    def __call__(self, *args, **kwds):
        return False

    def __class_getitem__(cls, item):
        return cls


class Set(Collection):
    """Set mixins: comparisons and the operators, from __contains__, __iter__, __len__."""

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([e for s in (self, other) for e in s])

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __hash__ = None


class MutableSet(Set):
    def add(self, value):
        raise NotImplementedError

    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in [v for v in self if v not in it]:
            self.discard(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    """Mapping mixins from __getitem__, __iter__, __len__."""

    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None
    __hash__ = None


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    def __setitem__(self, key, value):
        raise KeyError

    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_ABSENT):
        try:
            value = self[key]
        except KeyError:
            if default is _ABSENT:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    """Sequence mixins from __getitem__ and __len__."""

    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    def __setitem__(self, index, value):
        raise IndexError

    def __delitem__(self, index):
        raise IndexError

    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class ByteString(Sequence):
    pass


_seqs = (list, tuple, str, range)
_sets = (set, frozenset)
_views = tuple(t for t in (_dict_keys, _dict_values, _dict_items) if t not in (list, tuple))
_iters = (_generator, _list_iterator)
_unhashable = (list, dict, set)

_abc(Hashable, ("__hash__",))
_abc(Awaitable, ("__await__",), (_coroutine,))
_abc(Coroutine, ("__await__", "send", "throw", "close"), (_coroutine,))
_abc(AsyncIterable, ("__aiter__",))
_abc(AsyncIterator, ("__aiter__", "__anext__"))
_abc(Iterable, ("__iter__",), _seqs + _sets + (dict,) + _views + _iters)
_abc(Iterator, ("__iter__", "__next__"), _iters)
_abc(Reversible, ("__reversed__", "__iter__"), _seqs + (dict,) + _views)
_abc(Generator, ("__iter__", "__next__", "send", "throw", "close"), (_generator,))
_abc(Sized, ("__len__",), _seqs + _sets + (dict,) + _views)
_abc(Container, ("__contains__",), _seqs + _sets + (dict,) + _views)
_abc(Collection, ("__len__", "__iter__", "__contains__"), _seqs + _sets + (dict,) + _views)
_abc(Callable, ("__call__",), (_function, _builtin, type))
_abc(Set, (), _sets + tuple(t for t in (_dict_keys, _dict_items) if t in _views))
_abc(MutableSet, (), (set,))
_abc(Mapping, (), (dict,))
_abc(MutableMapping, (), (dict,))
_abc(MappingView, (), _views)
_abc(KeysView, (), tuple(t for t in (_dict_keys,) if t in _views))
_abc(ItemsView, (), tuple(t for t in (_dict_items,) if t in _views))
_abc(ValuesView, (), tuple(t for t in (_dict_values,) if t in _views))
_abc(Sequence, (), _seqs)
_abc(MutableSequence, (), (list,))
_abc(ByteString, ())


def _hashable_hook(cls, C):
    if cls is not Hashable:
        return NotImplemented
    for t in _unhashable:
        if C is t or issubclass(C, t):
            return False
    h = getattr(C, "__hash__", _ABSENT)
    if h is None:
        return False
    return True


Hashable.__subclasshook__ = classmethod(_hashable_hook)

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "Hashable",
           "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence",
           "MutableSequence", "ByteString"]
