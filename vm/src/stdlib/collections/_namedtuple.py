"""collections.namedtuple: classes whose instances hold a tuple (`_tuple`) with named fields."""


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
