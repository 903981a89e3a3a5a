"""String constants, `capwords`, `Template` and `Formatter` (CPython's `string`)."""

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


# `_string.formatter_parser` and `_string.formatter_field_name_split`, ported from CPython's
# `Objects/stringlib/unicode_format.h` (the same splitting and the same ValueErrors).

def _formatter_parser(s):
    """Yields `(literal_text, field_name, format_spec, conversion)` for each piece of `s`."""
    end = len(s)
    pos = 0
    while pos < end:
        start = pos
        c = ""
        markup = False
        while pos < end:
            c = s[pos]
            pos += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = pos >= end
        length = pos - start
        if c == "}" and (at_end or s[pos] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{":
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[pos] == c:
                pos += 1
                markup = False
            else:
                length -= 1
        if not markup:
            yield (s[start:start + length], None, None, None)
            continue
        name, spec, conversion, pos = _parse_field(s, pos)
        yield (s[start:start + length], name, spec, conversion)


def _parse_field(s, pos):
    """The field starting at `s[pos]` (after its `{`): name, spec, conversion, next position."""
    end = len(s)
    name_start = pos
    c = ""
    while pos < end:
        c = s[pos]
        pos += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while pos < end and s[pos] != "]":
                pos += 1
            continue
        if c in "}:!":
            break
    name = s[name_start:pos - 1]
    conversion = None
    if c == "!" or c == ":":
        if c == "!":
            if pos >= end:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[pos]
            pos += 1
            if pos < end:
                c = s[pos]
                pos += 1
                if c == "}":
                    return name, "", conversion, pos
                if c != ":":
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        count = 1
        while pos < end:
            c = s[pos]
            pos += 1
            if c == "{":
                count += 1
            elif c == "}":
                count -= 1
                if count == 0:
                    return name, s[spec_start:pos - 1], conversion, pos
        raise ValueError("unmatched '{' in format spec")
    if c != "}":
        raise ValueError("expected '}' before end of string")
    return name, "", conversion, pos


def _index_or_str(text):
    return int(text) if text and all("0" <= ch <= "9" for ch in text) else text


def _field_name_split(name):
    """`(first, rest)`: the field's first name (an int when all digits) and an iterator of
    `(is_attribute, key)` for its `.attr` and `[key]` parts."""
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    return _index_or_str(name[:i]), _field_name_rest(name, i)


def _field_name_rest(name, i):
    end = len(name)
    while i < end:
        c = name[i]
        i += 1
        if c == ".":
            start = i
            while i < end and name[i] not in ".[":
                i += 1
            part, is_attr = name[start:i], True
        elif c == "[":
            start = i
            while i < end and name[i] != "]":
                i += 1
            if i >= end:
                raise ValueError("Missing ']' in format string")
            part, is_attr = name[start:i], False
            i += 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not part:
            raise ValueError("Empty attribute in format string")
        yield (is_attr, part if is_attr else _index_or_str(part))


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index


    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]


    def check_unused_args(self, used_args, args, kwargs):
        pass


    def format_field(self, value, format_spec):
        return format(value, format_spec)


    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))


    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _formatter_parser(format_string)


    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
