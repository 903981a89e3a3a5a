import string

f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0}{1}{0}", "ab", "-"))
print(f.format("{name:>8}|{n:05.1f}|{n!r}|{s!s:^7}|{s!a}", name="x", n=2.5, s="é"))
print(f.format("{0[1]} {0[k]} {1.real} {x[0][1]}", {1: "one", "k": "kay"}, 4, x=[[0, 9]]))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=2), f.format("{{literal}} {}", 5))
print(f.vformat("{a}-{0}", ("pos",), {"a": "kw"}))
print(list(f.parse("a{b!r:>3}c{{d}}{}")))
print(f.get_field("0.real", (5,), {}), f.get_value("k", (), {"k": 1}), f.convert_field("x", "r"))


class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return format(value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s?>" % key
        return super().get_value(key, args, kwargs)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: %s" % sorted(unused))


print(Upper().format("{a} {0:x} {missing}", 255, a="hi"))
print(Strict().format("{a}", a=1))


def attempt(label, *args, **kwargs):
    try:
        r = f.format(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)


attempt("single-close", "x}")
attempt("single-open", "x{")
attempt("missing-kw", "{nope}")
attempt("missing-pos", "{1}", 0)
attempt("switch-auto", "{0}{}", 1, 2)
attempt("switch-manual", "{}{0}", 1, 2)
attempt("bad-conv", "{0!x}", 1)
attempt("bad-spec", "{0:q}", 1)
attempt("empty-attr", "{0.}", 1)
attempt("bad-bracket", "{0[0}", [1])
attempt("deep", "{0:{1:{2}}}", 1, 2, 3)
attempt("no-attr", "{0.nope}", 1)
try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print("strict", e)
