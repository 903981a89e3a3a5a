"""String constants, `capwords` and `Template` (CPython's `string`; `Formatter` is not provided)."""

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits on sep, capitalizes each word, joins with sep (or one space)."""
    return (sep or " ").join(x.capitalize() for x in s.split(sep))


def _is_ident_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_ident_char(c):
    return _is_ident_start(c) or ("0" <= c <= "9")


class Template:
    """`$name` / `${name}` substitution; `$$` is a literal `$`."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (literal, kind, name, position) pieces: kind is None (text only), 'named',
        'escaped' or 'invalid'."""
        t = self.template
        d = self.delimiter
        n = len(t)
        i = 0
        start = 0
        while i < n:
            if t[i:i + len(d)] == d:
                lit = t[start:i]
                j = i + len(d)
                if t[j:j + len(d)] == d:
                    yield lit, "escaped", None, i
                    i = j + len(d)
                elif j < n and t[j] == "{":
                    k = j + 1
                    if k < n and _is_ident_start(t[k]):
                        m = k + 1
                        while m < n and _is_ident_char(t[m]):
                            m += 1
                        if m < n and t[m] == "}":
                            yield lit, "named", t[k:m], i
                            i = m + 1
                            start = i
                            continue
                    yield lit, "invalid", None, i
                    i = j
                elif j < n and _is_ident_start(t[j]):
                    m = j + 1
                    while m < n and _is_ident_char(t[m]):
                        m += 1
                    yield lit, "named", t[j:m], i
                    i = m
                else:
                    yield lit, "invalid", None, i
                    i = j
                start = i
            else:
                i += 1
        yield t[start:], None, None, n

    def _invalid(self, pos):
        pos += len(self.delimiter)
        lines = self.template[:pos].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        values = _merge(mapping, kws)
        out = []
        for lit, kind, name, pos in self._scan():
            out.append(lit)
            if kind == "named":
                out.append(str(values[name]))
            elif kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                self._invalid(pos)
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        values = _merge(mapping, kws)
        out = []
        t = self.template
        for lit, kind, name, pos in self._scan():
            out.append(lit)
            if kind == "named":
                try:
                    out.append(str(values[name]))
                except KeyError:
                    end = pos + len(self.delimiter) + len(name)
                    if t[pos + len(self.delimiter):pos + len(self.delimiter) + 1] == "{":
                        end += 2
                    out.append(t[pos:end])
            elif kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                out.append(self.delimiter)
        return "".join(out)

    def get_identifiers(self):
        ids = []
        for lit, kind, name, pos in self._scan():
            if kind == "named" and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        for lit, kind, name, pos in self._scan():
            if kind == "invalid":
                return False
        return True


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = {}
    for k in mapping:
        merged[k] = mapping[k]
    merged.update(kws)
    return merged
