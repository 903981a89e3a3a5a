"""Typed arrays of numbers (CPython's `array`): items are checked and converted on the way in
as CPython does (same OverflowError and TypeError messages) and kept in a list, so tasks
sharing an array conflict on it as on a shared list."""

import math as _math

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
          "q": 8, "Q": 8, "f": 4, "d": 8}

# The ranges of the integer typecodes, for the fast path of item assignment.
_RANGES = {"b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535),
           "i": (-(1 << 31), (1 << 31) - 1), "I": (0, (1 << 32) - 1),
           "l": (-(1 << 63), (1 << 63) - 1), "L": (0, (1 << 64) - 1),
           "q": (-(1 << 63), (1 << 63) - 1), "Q": (0, (1 << 64) - 1)}

_FLOAT32_MANTISSA = 24
_FLOAT32_MIN_EXP = -125
_FLOAT32_SUBNORMAL_QUANTUM = 149

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1


def _signed(v, lo, hi, what):
    if v > hi:
        raise OverflowError("%s is greater than maximum" % what)
    if v < lo:
        raise OverflowError("%s is less than minimum" % what)


def _long(v):
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")


def _int_item(code, v):
    if not isinstance(v, int):
        index = getattr(type(v), "__index__", None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
        v = index(v)
    v = int(v)
    if code == "b":
        _long(v)
        _signed(v, -32768, 32767, "signed short integer")
        _signed(v, -128, 127, "signed char")
    elif code == "B":
        _long(v)
        _signed(v, 0, 255, "unsigned byte integer")
    elif code == "h":
        _long(v)
        _signed(v, -32768, 32767, "signed short integer")
    elif code == "H":
        _long(v)
        _signed(v, -(1 << 31), (1 << 31) - 1, "signed integer")
        _signed(v, 0, 65535, "unsigned short")
    elif code == "i":
        _long(v)
        _signed(v, -(1 << 31), (1 << 31) - 1, "signed integer")
    elif code in "IL":
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v >= 1 << 64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if code == "I" and v >= 1 << 32:
            raise OverflowError("unsigned int is greater than maximum")
    elif code == "l":
        _long(v)
    elif code == "q":
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError("int too big to convert")
    elif code == "Q":
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v >= 1 << 64:
            raise OverflowError("int too big to convert")
    return v


def _float32(v):
    """v rounded to the nearest single-precision float (ties to even), as C's `(float)v`."""
    if v != v or not _math.isfinite(v) or v == 0.0:
        return v
    m, e = _math.frexp(v)
    if e >= _FLOAT32_MIN_EXP:
        r = _math.ldexp(round(_math.ldexp(m, _FLOAT32_MANTISSA)), e - _FLOAT32_MANTISSA)
    else:
        r = _math.ldexp(round(_math.ldexp(v, _FLOAT32_SUBNORMAL_QUANTUM)),
                        -_FLOAT32_SUBNORMAL_QUANTUM)
    if abs(r) >= 2.0 ** 128:
        return _math.copysign(_math.inf, v)
    return _math.copysign(r, v) if r == 0.0 else r


def _item(code, v):
    if code in "fd":
        if isinstance(v, float):
            pass
        elif isinstance(v, int):
            v = float(v)
        else:
            f = getattr(type(v), "__float__", None)
            if f is None:
                raise TypeError("must be real number, not %s" % type(v).__name__)
            v = f(v)
        return _float32(v) if code == "f" else v
    if code == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    return _int_item(code, v)


class array:
    """`array(typecode[, initializer])`: a mutable sequence of one numeric type."""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._code = typecode
        self._items = []
        self._range = _RANGES.get(typecode)
        if initializer is not None:
            if isinstance(initializer, str) and typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            if isinstance(initializer, array) and initializer._code != typecode:
                if initializer._code == "u":
                    raise TypeError("cannot use a unicode array to initialize an array with "
                                    "typecode '%s'" % typecode)
                initializer = initializer._items
            self.extend(initializer)

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _SIZES[self._code]

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError("can only %s array (not \"%s\") to array"
                            % (what, type(other).__name__))
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")

    def append(self, x):
        self._items.append(_item(self._code, x))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        code = self._code
        self._items.extend([_item(code, x) for x in iterable])

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self.extend(items)

    def tolist(self):
        return list(self._items)

    def tobytes(self):
        if self._code != "B":
            raise NotImplementedError("specloop: array.tobytes() supports typecode 'B' only")
        return bytes(self._items)

    def insert(self, i, x):
        self._items.insert(i, _item(self._code, x))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def remove(self, x):
        for i, v in enumerate(self._items):
            if v == x:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, x, start=0, stop=None):
        items = self._items
        n = len(items)
        stop = n if stop is None else stop
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for i in range(start, min(stop, n)):
            if items[i] == x:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, x):
        return sum(1 for v in self._items if v == x)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        """Reverses the bytes of each item (integer typecodes only here)."""
        code = self._code
        lo_hi = _RANGES.get(code)
        if lo_hi is None:
            raise NotImplementedError(
                "specloop: array.byteswap() supports integer typecodes only")
        size = _SIZES[code]
        signed = lo_hi[0] < 0
        out = []
        for v in self._items:
            u = v & ((1 << (8 * size)) - 1)
            w = 0
            for _ in range(size):
                w = (w << 8) | (u & 0xFF)
                u >>= 8
            if signed and w > lo_hi[1]:
                w -= 1 << (8 * size)
            out.append(w)
        self._items = out

    def tounicode(self):
        if self._code != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        if self._code != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            a = array(self._code)
            a._items = self._items[i]
            return a
        if type(i) is int:
            items = self._items
            if -len(items) <= i < len(items):
                return items[i]
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, x):
        r = self._range
        if r is not None and type(x) is int and r[0] <= x <= r[1] and type(i) is int:
            try:
                self._items[i] = x
            except IndexError:
                raise IndexError("array assignment index out of range") from None
            return
        if isinstance(i, slice):
            self._same(x, "assign")
            self._items[i] = x._items
            return
        v = _item(self._code, x)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        self._same(other, "append")
        a = array(self._code)
        a._items = self._items + other._items
        return a

    def __iadd__(self, other):
        self._same(other, "extend")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        a = array(self._code)
        a._items = self._items * n
        return a

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    def __copy__(self):
        a = array(self._code)
        a._items = list(self._items)
        return a

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._code
        if self._code == "u":
            return "array('u', %r)" % "".join(self._items)
        return "array('%s', %r)" % (self._code, self._items)


ArrayType = array
