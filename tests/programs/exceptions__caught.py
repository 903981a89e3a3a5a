def attempt(label, f):
    try:
        result = f()
        print(label, "ok", result)
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError", str(e))
    except KeyError as e:
        print(label, "KeyError", str(e))
    except IndexError as e:
        print(label, "IndexError", str(e))
    except ValueError as e:
        print(label, "ValueError", str(e))
    except TypeError as e:
        print(label, "TypeError", str(e))
    except Exception as e:
        print(label, "other", type(e).__name__, str(e))


attempt("div", lambda: 1 / 0)
attempt("floordiv", lambda: 7 // 0)
attempt("mod", lambda: 7 % 0)
attempt("fdiv", lambda: 2.0 / 0)
attempt("key", lambda: {"a": 1}["b"])
attempt("key-int", lambda: {}[42])
attempt("list-idx", lambda: [1, 2, 3][3])
attempt("tuple-idx", lambda: (1,)[-2])
attempt("str-idx", lambda: "abc"[10])
attempt("pop-empty", lambda: [].pop())
attempt("int-parse", lambda: int("abc"))
attempt("float-parse", lambda: float("1.2.3"))
attempt("index", lambda: [1, 2].index(5))
attempt("concat", lambda: "a" + 1)
attempt("add", lambda: 1 + "a")
attempt("len", lambda: len(5))
attempt("dict-pop", lambda: {}.pop("gone"))
attempt("min-empty", lambda: min([]))
attempt("fine", lambda: 10 // 3)


def validate(x):
    assert x > 0, "x must be positive, got " + str(x)
    assert x < 100
    return x


for v in [5, -1, 500]:
    try:
        print("valid", validate(v))
    except AssertionError as e:
        print("AssertionError", "[" + str(e) + "]", type(e).__name__)
for exc in [ValueError("bad value"), KeyError("k"), TypeError(), Exception("generic", 2)]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, str(e), isinstance(e, ValueError), isinstance(e, Exception))
try:
    raise ValueError
except ValueError as e:
    print("class raised:", "[" + str(e) + "]", type(e).__name__)
try:
    try:
        {}["inner"]
    except KeyError:
        print("inner handler")
        raise
except KeyError as e:
    print("re-raised", str(e))
try:
    try:
        raise IndexError("first")
    except IndexError as e:
        raise ValueError("second from " + str(e))
except ValueError as e:
    print("converted", str(e))
try:
    int("12")
    print("no error")
except ValueError:
    print("unreachable")
finally:
    print("finally after success")
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")
