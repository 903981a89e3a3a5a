"""Container datatypes (CPython's `collections`): deque, defaultdict, OrderedDict, Counter,
namedtuple, ChainMap.

Each container keeps its state in ordinary lists and dicts held in its attributes, so tasks
sharing one conflict on it exactly as on a shared list or dict. The mapping types wrap a dict
(they are not `dict` subclasses: `isinstance(Counter(), dict)` is False here)."""

_MISSING = object()
_REPR_RUNNING = set()


def _recursive_repr(obj, make, fallback="..."):
    key = id(obj)
    if key in _REPR_RUNNING:
        return fallback
    _REPR_RUNNING.add(key)
    try:
        return make()
    finally:
        _REPR_RUNNING.discard(key)


# ---------------------------------------------------------------------------------------------
# deque


class deque:
    """A double-ended queue: `_left` holds the front items reversed, `_right` the rest, so both
    ends take O(1) amortised appends and pops."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._left = []
        self._right = []
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _items(self):
        left = self._left
        if left:
            return left[::-1] + self._right
        return self._right

    def _set_items(self, items):
        self._left = []
        self._right = items
        self._state += 1

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def append(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        self._right.append(x)
        if self._maxlen is not None and len(self._left) + len(self._right) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        self._left.append(x)
        if self._maxlen is not None and len(self._left) + len(self._right) > self._maxlen:
            self.pop()

    def pop(self):
        if not self._right:
            if not self._left:
                raise IndexError("pop from an empty deque")
            self._rebalance(True)
        self._state += 1
        return self._right.pop()

    def popleft(self):
        if not self._left:
            if not self._right:
                raise IndexError("pop from an empty deque")
            self._rebalance(False)
        self._state += 1
        return self._left.pop()

    def _rebalance(self, into_right):
        items = self._items()
        half = len(items) // 2 if into_right else (len(items) + 1) // 2
        self._left = items[:half][::-1]
        self._right = items[half:]

    def extend(self, iterable):
        if iterable is self:
            iterable = list(self)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(self)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._set_items([])

    def copy(self):
        return deque(self._items(), self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        for v in self._items():
            if v is x or v == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        items = self._items()
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for i in range(start, min(stop, n)):
            v = items[i]
            if v is x or v == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self._items())
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        items = list(self._items())
        for i, v in enumerate(items):
            if v is value or v == value:
                del items[i]
                self._set_items(items)
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        self._left, self._right = self._right, self._left
        self._state += 1

    def rotate(self, n=1):
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items()
            self._set_items(items[size - n:] + items[:size - n])

    def _index(self, i):
        n = len(self)
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        i = self._index(i)
        left = self._left
        if i < len(left):
            return left[len(left) - 1 - i]
        return self._right[i - len(left)]

    def __setitem__(self, i, x):
        i = self._index(i)
        left = self._left
        if i < len(left):
            left[len(left) - 1 - i] = x
        else:
            self._right[i - len(left)] = x

    def __delitem__(self, i):
        i = self._index(i)
        items = list(self._items())
        del items[i]
        self._set_items(items)

    def __contains__(self, x):
        for v in self._items():
            if v is x or v == x:
                return True
        return False

    def __iter__(self):
        state = self._state
        for x in self._items():
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield x
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        items = self._items()
        for i in range(len(items) - 1, -1, -1):
            yield items[i]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        return deque(self._items() + other._items(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items() * n
        if self._maxlen is not None and len(items) > self._maxlen:
            items = items[len(items) - self._maxlen:]
        self._set_items(items)
        return self

    __hash__ = None

    def __repr__(self):
        def make():
            items = repr(self._items())
            if self._maxlen is None:
                return "deque(%s)" % items
            return "deque(%s, maxlen=%d)" % (items, self._maxlen)
        return _recursive_repr(self, make, "[...]")

    def __class_getitem__(cls, item):
        return cls


# ---------------------------------------------------------------------------------------------
# Mappings over a wrapped dict


class _DictBased:
    """The dict API over `self._data`; subclasses add `__missing__`, order operations or
    counting."""

    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        data = self._data
        if key in data:
            return data[key]
        missing = getattr(self, "__missing__", None)
        if missing is not None:
            return missing(key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(list(self._data))

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def clear(self):
        self._data.clear()

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("update expected at most 1 argument, got %d" % len(args))
        data = self._data
        if args:
            other = args[0]
            if isinstance(other, _DictBased):
                other = other._data
            if isinstance(other, dict):
                for k, v in other.items():
                    data[k] = v
            elif hasattr(other, "keys"):
                for k in other.keys():
                    data[k] = other[k]
            else:
                for k, v in other:
                    data[k] = v
        for k, v in kwargs.items():
            data[k] = v

    def _plain(self, other):
        if isinstance(other, _DictBased):
            return other._data
        return other

    def __eq__(self, other):
        other = self._plain(other)
        if not isinstance(other, dict):
            return NotImplemented
        return self._data == other

    def __ne__(self, other):
        eq = self.__eq__(other)
        if eq is NotImplemented:
            return eq
        return not eq

    def __or__(self, other):
        if not isinstance(other, (dict, _DictBased)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __hash__ = None

    def __class_getitem__(cls, item):
        return cls


class defaultdict(_DictBased):
    """A dict that fills in missing keys with `default_factory()`."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        _DictBased.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._data)

    __copy__ = copy

    def __repr__(self):
        def make():
            f = self.default_factory
            return "defaultdict(%s, %r)" % ("None" if f is None else repr(f), self._data)
        return _recursive_repr(self, make)


class OrderedDict(_DictBased):
    """A dict that remembers insertion order and can reorder (`move_to_end`)."""

    def popitem(self, last=True):
        data = self._data
        if not data:
            raise KeyError("dictionary is empty")
        if last:
            return data.popitem()
        key = next(iter(data))
        return key, data.pop(key)

    def move_to_end(self, key, last=True):
        data = self._data
        value = data.pop(key)
        if last:
            data[key] = value
        else:
            rest = list(data.items())
            data.clear()
            data[key] = value
            for k, v in rest:
                data[k] = v

    def copy(self):
        return OrderedDict(self._data)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._data.items()) == list(other._data.items())
        return _DictBased.__eq__(self, other)

    def __repr__(self):
        def make():
            if not self._data:
                return "OrderedDict()"
            return "OrderedDict(%r)" % (list(self._data.items()),)
        return _recursive_repr(self, make)


class Counter(_DictBased):
    """A multiset: element -> count; missing elements count 0."""

    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        items = sorted(self._data.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        for elem, count in self._data.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        data = self._data
        if iterable is not None:
            if isinstance(iterable, _DictBased):
                iterable = iterable._data
                for elem, count in iterable.items():
                    data[elem] = count + data.get(elem, 0)
            elif isinstance(iterable, dict):
                for elem, count in iterable.items():
                    data[elem] = count + data.get(elem, 0)
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        data = self._data
        if iterable is not None:
            if isinstance(iterable, _DictBased):
                iterable = iterable._data
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    data[elem] = data.get(elem, 0) - count
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self._data:
            del self._data[elem]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        data = self._data
        for elem in [e for e, c in data.items() if not c > 0]:
            del data[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    def __repr__(self):
        if not self._data:
            return "Counter()"

        def make():
            return "Counter({%s})" % ", ".join(
                "%r: %r" % item for item in self.most_common())
        return _recursive_repr(self, make)


def _count_of(item):
    return item[1]


class ChainMap:
    """A view of several mappings searched in order; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return "ChainMap(%s)" % ", ".join(repr(m) for m in self.maps)


# ---------------------------------------------------------------------------------------------
# namedtuple


class _FieldGetter:
    """Class attribute of a namedtuple field: reads the item, refuses assignment."""

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj._tuple[self.index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")


def _is_identifier(name):
    if not name or not (name[0] == "_" or name[0].isalpha()):
        return False
    for c in name:
        if not (c == "_" or c.isalnum()):
            return False
    return True


_KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
             "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
             "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
             "pass", "raise", "return", "try", "while", "with", "yield"}


class _NamedTupleBase:
    """What every namedtuple class shares: a tuple in `_tuple`, fields as read-only attributes."""

    _fields = ()
    _field_defaults = {}

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        n = len(fields)
        name = cls.__name__
        if len(args) > n:
            raise TypeError("%s.__new__() takes %d positional argument%s but %d were given"
                            % (name, n + 1, "" if n == 0 else "s", len(args) + 1))
        for k in kwargs:
            if k not in fields:
                raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                                % (name, k))
            if list(fields).index(k) < len(args):
                raise TypeError("%s.__new__() got multiple values for argument '%s'"
                                % (name, k))
        values = list(args)
        for i in range(len(args), n):
            f = fields[i]
            if f in kwargs:
                values.append(kwargs.pop(f))
            elif f in cls._field_defaults:
                values.append(cls._field_defaults[f])
            else:
                missing = [fields[j] for j in range(i, n)
                           if fields[j] not in kwargs and fields[j] not in cls._field_defaults]
                raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                                % (name, len(missing), "" if len(missing) == 1 else "s",
                                   _names_list(missing)))
        object.__setattr__(self, "_tuple", tuple(values))

    @classmethod
    def _make(cls, iterable):
        t = tuple(iterable)
        if len(t) != len(cls._fields):
            raise TypeError("Expected %d arguments, got %d" % (len(cls._fields), len(t)))
        return cls(*t)

    def _replace(self, **kwds):
        values = []
        for i, f in enumerate(self._fields):
            values.append(kwds.pop(f) if f in kwds else self._tuple[i])
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(self._fields, self._tuple))

    def __getnewargs__(self):
        return self._tuple

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(
            "%s=%r" % (f, v) for f, v in zip(self._fields, self._tuple)))

    def __iter__(self):
        return iter(self._tuple)

    def __len__(self):
        return len(self._tuple)

    def __getitem__(self, i):
        return self._tuple[i]

    def __contains__(self, x):
        return x in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def _other(self, other):
        if isinstance(other, _NamedTupleBase):
            return other._tuple
        if isinstance(other, tuple):
            return other
        return None

    def __eq__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple == o

    def __ne__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple != o

    def __lt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple < o

    def __le__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple <= o

    def __gt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple > o

    def __ge__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple >= o

    def __add__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple + o

    def __mul__(self, n):
        return self._tuple * n

    def count(self, x):
        return list(self._tuple).count(x)

    def index(self, x, *args):
        return list(self._tuple).index(x, *args)


def _names_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple-like class with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(f) for f in field_names]
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not _is_identifier(name) or name in _KEYWORDS or name.startswith("_")
                    or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if not isinstance(name, str):
            raise TypeError("Type names and field names must be strings")
        if not _is_identifier(name):
            raise ValueError("Type names and field names must be valid identifiers: %r"
                             % name)
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    class _Tuple(_NamedTupleBase):
        pass

    _Tuple.__name__ = typename
    _Tuple.__qualname__ = typename
    _Tuple._fields = tuple(field_names)
    _Tuple._field_defaults = field_defaults
    for index, name in enumerate(field_names):
        setattr(_Tuple, name, _FieldGetter(index, "Alias for field number %d" % index))
    if module is not None:
        _Tuple.__module__ = module
    return _Tuple


def _register_abcs():
    from collections import abc
    abc.MutableSequence.register(deque)
    for cls in (defaultdict, OrderedDict, Counter, ChainMap):
        abc.MutableMapping.register(cls)


_register_abcs()
