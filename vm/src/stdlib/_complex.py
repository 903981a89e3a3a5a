"""The built-in `complex` type, written in Python: CPython 3.11's `Objects/complexobject.c`
ported operation by operation (the same float arithmetic, division, powers, hash, repr and
error messages). Installed into `builtins` on first use of the name; complex literals (`2j`)
are built by calling it."""

import math as _math

_HASH_IMAG = 1000003


def _coerce(other):
    """`other` as (real, imag), or None when it is not a number complex arithmetic accepts."""
    if isinstance(other, complex):
        return other._re, other._im
    if isinstance(other, (int, float)):
        return float(other), 0.0
    return None


def _quot(ar, ai, br, bi):
    """CPython's `_Py_c_quot` (Smith's method)."""
    abs_br = abs(br)
    abs_bi = abs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise ZeroDivisionError("complex division by zero")
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    return _math.nan, _math.nan


def _prod(ar, ai, br, bi):
    return ar * br - ai * bi, ar * bi + ai * br


def _pow(ar, ai, br, bi):
    """CPython's `_Py_c_pow`."""
    if br == 0.0 and bi == 0.0:
        return 1.0, 0.0
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise ZeroDivisionError("0.0 to a negative or complex power")
        return 0.0, 0.0
    vabs = _math.hypot(ar, ai)
    length = _c_pow(vabs, br)
    at = _math.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length /= _c_exp(at * bi)
        phase += bi * _math.log(vabs)
    return length * _math.cos(phase), length * _math.sin(phase)


def _c_pow(x, y):
    """C's `pow` for x >= 0: infinity where Python's `**` raises OverflowError."""
    try:
        return x ** y
    except OverflowError:
        return _math.inf


def _c_exp(x):
    """C's `exp`: infinity where `math.exp` raises OverflowError."""
    try:
        return _math.exp(x)
    except OverflowError:
        return _math.inf


def _powu(ar, ai, n):
    """CPython's `c_powu`: binary exponentiation by a positive int."""
    rr, ri = 1.0, 0.0
    pr, pi = ar, ai
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = _prod(rr, ri, pr, pi)
        mask <<= 1
        pr, pi = _prod(pr, pi, pr, pi)
    return rr, ri


def _power(ar, ai, br, bi):
    """`complex_pow`: small integral exponents by repeated multiplication, as CPython."""
    try:
        if bi == 0.0 and br == int(br) and abs(br) <= 100.0:
            n = int(br)
            if n > 0:
                r = _powu(ar, ai, n)
            else:
                pr, pi = _powu(ar, ai, -n)
                r = _quot(1.0, 0.0, pr, pi)
        else:
            r = _pow(ar, ai, br, bi)
    except (ZeroDivisionError, ValueError):
        # C's EDOM: a zero divisor, or cos/sin of an infinite phase.
        raise ZeroDivisionError("0.0 to a negative or complex power") from None
    if _math.isinf(r[0]) or _math.isinf(r[1]):
        raise OverflowError("complex exponentiation")
    return r


def _float_repr(x):
    """A float as complex's repr writes it: `repr` without a trailing `.0`."""
    text = repr(x)
    return text[:-2] if text.endswith(".0") else text


def _signed_repr(x, sign):
    """`_float_repr(x)` with the format spec's `sign` ("+", " " or "") for a non-negative x."""
    text = _float_repr(x)
    if sign in ("+", " ") and (_math.copysign(1.0, x) > 0 or x != x):
        return sign + text
    return text


def _parse(text):
    """`complex(str)`: CPython's `complex_subtype_from_string` grammar."""
    error = "complex() arg is a malformed string"
    s = text.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    if not s or any(c.isspace() for c in s):
        raise ValueError(error)
    if s[-1] in "jJ":
        body = s[:-1]
        # Split the imaginary part at the last sign that is not an exponent's.
        split = -1
        for i in range(len(body) - 1, 0, -1):
            if body[i] in "+-" and body[i - 1] not in "eE":
                split = i
                break
        real_text, imag_text = (body[:split], body[split:]) if split > 0 else ("", body)
        if imag_text in ("", "+", "-"):
            imag_text += "1"
        try:
            real = float(real_text) if real_text else 0.0
            imag = float(imag_text)
        except ValueError:
            raise ValueError(error) from None
        if real_text and real_text[-1] in "+-":
            raise ValueError(error)
        return real, imag
    try:
        return float(s), 0.0
    except ValueError:
        raise ValueError(error) from None


def _format(re, im, spec):
    """`format(complex, spec)`: CPython's `format_complex_internal`."""
    fill_align, i = "", 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill_align, i = spec[:2], 2
    elif spec[0] in "<>=^":
        fill_align, i = spec[0], 1
    sign = ""
    if i < len(spec) and spec[i] in "+- ":
        sign, i = spec[i], i + 1
    flags = ""
    while i < len(spec) and spec[i] in "z#":
        flags, i = flags + spec[i], i + 1
    if i < len(spec) and spec[i] == "0":
        raise ValueError("Zero padding is not allowed in complex format specifier")
    start = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    width = spec[start:i]
    start = i
    while i < len(spec) and spec[i] in ",_":
        i += 1
    grouping = spec[start:i]
    precision = ""
    if i < len(spec) and spec[i] == ".":
        start = i
        i += 1
        while i < len(spec) and spec[i].isdigit():
            i += 1
        precision = spec[start:i]
    kind = spec[i:]
    if kind not in ("", "e", "E", "f", "F", "g", "G", "n") or fill_align[-1:] == "=":
        if fill_align[-1:] == "=":
            raise ValueError("'=' alignment flag is not allowed in complex format specifier")
        raise ValueError("Unknown format code '%s' for object of type 'complex'" % kind)
    parens = skip_re = False
    if not kind:
        if re == 0.0 and _math.copysign(1.0, re) == 1.0:
            skip_re = True
        else:
            parens = True
    number = flags + grouping + precision + ("g" if not kind and precision else kind)
    # The imaginary part always shows its sign, unless it is printed alone.
    im_sign = sign if skip_re else "+"
    if not kind and not precision:
        re_text = _signed_repr(re, sign)
        im_text = _signed_repr(im, im_sign)
    else:
        re_text = format(re, sign + number)
        im_text = format(im, im_sign + number)
    body = ("" if skip_re else re_text) + im_text + "j"
    if parens:
        body = "(" + body + ")"
    return format(body, (fill_align or ">") + width) if width else body


_MISSING = object()


def _make(re, im, cls=None):
    """A complex (of class `cls`, default `complex`) with exactly these float parts."""
    self = object.__new__(cls or complex)
    self._re = re
    self._im = im
    return self


class complex:
    """complex(real=0, imag=0): a complex number."""

    __module__ = "builtins"
    __slots__ = ("_re", "_im")

    def __new__(cls, real=0, imag=_MISSING):
        if isinstance(real, str):
            if imag is not _MISSING:
                raise TypeError("complex() can't take second arg if first is a string")
            re, im = _parse(real)
        else:
            if isinstance(imag, str):
                raise TypeError("complex() second arg can't be a string")
            if type(real) is complex and imag is _MISSING and cls is complex:
                return real
            re, im, real_is_complex = _parts(real, "first argument must be a string or a number")
            if imag is not _MISSING:
                # As CPython: only a complex part contributes its imaginary part (so the
                # signs of zeros survive `complex(0.0, -0.0)`).
                ir, ii, imag_is_complex = _parts(imag, "second argument must be a number")
                if imag_is_complex:
                    re -= ii
                im = ir + im if real_is_complex else ir
        return _make(re, im, cls)

    @property
    def real(self):
        return self._re

    @property
    def imag(self):
        return self._im

    def conjugate(self):
        return _make(self._re, -self._im)

    def __repr__(self):
        re, im = self._re, self._im
        if re == 0.0 and _math.copysign(1.0, re) == 1.0:
            return _float_repr(im) + "j"
        # The imaginary part always has a sign ("+nan" too).
        return "(%s%sj)" % (_float_repr(re), _signed_repr(im, "+"))

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return _format(self._re, self._im, spec)

    def __hash__(self):
        h = hash(self._re) + _HASH_IMAG * hash(self._im)
        h = (h + (1 << 63)) % (1 << 64) - (1 << 63)
        return -2 if h == -1 else h

    def __eq__(self, other):
        if isinstance(other, complex):
            return self._re == other._re and self._im == other._im
        if isinstance(other, (int, float)):
            return self._im == 0.0 and self._re == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return NotImplemented

    __le__ = __gt__ = __ge__ = __lt__

    def __bool__(self):
        return self._re != 0.0 or self._im != 0.0

    def __neg__(self):
        return _make(-self._re, -self._im)

    def __pos__(self):
        return _make(self._re, self._im)

    def __abs__(self):
        r = _math.hypot(self._re, self._im)
        if _math.isinf(r) and _math.isfinite(self._re) and _math.isfinite(self._im):
            raise OverflowError("absolute value too large")
        return r

    def __add__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(self._re + o[0], self._im + o[1])

    __radd__ = __add__

    def __sub__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(self._re - o[0], self._im - o[1])

    def __rsub__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(o[0] - self._re, o[1] - self._im)

    def __mul__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(*_prod(self._re, self._im, o[0], o[1]))

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(*_quot(self._re, self._im, o[0], o[1]))

    def __rtruediv__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(*_quot(o[0], o[1], self._re, self._im))

    def __pow__(self, other, mod=None):
        if mod is not None:
            raise ValueError("complex modulo")
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(*_power(self._re, self._im, o[0], o[1]))

    def __rpow__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(*_power(o[0], o[1], self._re, self._im))

    def __complex__(self):
        return _make(self._re, self._im)


def _parts(x, which):
    """A constructor argument as (real, imag, is_complex): a number, or an object with
    `__complex__`, `__float__` or `__index__`."""
    if isinstance(x, complex):
        return x._re, x._im, True
    if isinstance(x, (int, float)):
        return float(x), 0.0, False
    method = getattr(type(x), "__complex__", None)
    if method is not None:
        c = method(x)
        if not isinstance(c, complex):
            raise TypeError("__complex__ returned non-complex (type %s)" % type(c).__name__)
        return c._re, c._im, True
    if hasattr(type(x), "__float__"):
        return float(x), 0.0, False
    index = getattr(type(x), "__index__", None)
    if index is not None:
        return float(index(x)), 0.0, False
    raise TypeError("complex() %s, not '%s'" % (which, type(x).__name__))

