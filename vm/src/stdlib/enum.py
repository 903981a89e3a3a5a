"""Enumerations (CPython's `enum`): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

Members are made by the metaclass `EnumType` when the class body ends: each plain value in
the body becomes a member, an instance of the class with `_name_` and `_value_`; aliases
share the first member. The class iterates, indexes by name (`Color['RED']`) and looks up by
value (`Color(1)`) through the metaclass, as in CPython."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto",
           "unique"]


class auto:
    """A placeholder for a value computed by `_generate_next_value_`."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_"


def _is_private(cls_name, name):
    return name.startswith("_%s__" % cls_name.lstrip("_"))


def _is_member_value(value):
    if isinstance(value, auto):
        return True
    if isinstance(value, (property, staticmethod, classmethod)) or _is_descriptor(value):
        return False
    return not callable(value) or isinstance(value, type)


def _member_candidates(cls_name, namespace):
    out = []
    for key in list(namespace):
        if _is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key):
            continue
        value = namespace[key]
        if _is_member_value(value):
            out.append((key, value))
    return out


class EnumType(type):
    """The metaclass of enumerations."""

    def __new__(metacls, cls_name, bases, namespace, boundary=None, **kwds):
        members = _member_candidates(cls_name, namespace)
        for key, _ in members:
            del namespace[key]
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        cls = type.__new__(metacls, cls_name, bases, namespace)
        member_type = _member_type(bases)
        if member_type is not object and "__repr__" not in namespace:
            # The data type (int) comes before Enum in the MRO; members still repr as enums.
            enum_base = Enum
            for flag in _FLAG:
                if flag in cls.__mro__:
                    enum_base = flag
            type.__setattr__(cls, "__repr__", enum_base.__repr__)
            str_base = ReprEnum if ReprEnum in cls.__mro__ else enum_base
            for name in ("__str__", "__format__"):
                if name not in namespace:
                    type.__setattr__(cls, name, getattr(str_base, name))
        generate = getattr(cls, "_generate_next_value_", None)
        values = []
        for key, value in members:
            if isinstance(value, auto):
                value = generate(key, 1, len(values), values[:])
            values.append(value)
            cls._add_member(key, value, member_type)
        return cls

    def _add_member(cls, name, value, member_type):
        args = value if isinstance(value, tuple) else (value,)
        for existing in cls._member_map_.values():
            if existing._value_ == (value if member_type is object else member_type(*args)):
                cls._member_map_[name] = existing
                type.__setattr__(cls, name, existing)
                return
        if member_type is object:
            member = object.__new__(cls)
            new_value = value
        else:
            new_value = member_type(*args)
            member = member_type.__new__(cls, *args)
        # The nearest __init__ a class other than object defines (object's takes no values).
        init = next((k.__dict__["__init__"] for k in cls.__mro__
                     if k is not object and "__init__" in k.__dict__), None)
        member._value_ = new_value
        member._name_ = name
        member.__objclass__ = cls
        if init is not None and init is not object.__init__ and getattr(
                init, "__qualname__", "").split(".")[0] not in ("Enum", "object"):
            init(member, *args)
        cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[new_value] = member
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            raise TypeError("specloop: the functional Enum API is not supported")
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % name)
        type.__setattr__(cls, name, value)


EnumMeta = EnumType

# Flag, once defined (the metaclass needs it for IntFlag's repr).
_FLAG = []


def _member_type(bases):
    for base in bases:
        for klass in base.__mro__:
            if klass in (int, str, float):
                return klass
    return object


class Enum(metaclass=EnumType):
    """Base class of enumerations."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Enums whose str() and format() are their value's."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Enum whose members combine with `|`, `&`, `^` and `~`."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length() if high else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        member = object.__new__(cls) if not issubclass(cls, int) else int.__new__(cls, value)
        member._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        member._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = member
        return member

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__:
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)


_FLAG.append(Flag)


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are ints."""


def unique(enumeration):
    """Class decorator: raises ValueError if any value has two names."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
