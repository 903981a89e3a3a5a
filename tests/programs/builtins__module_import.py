import builtins
import sys

print(builtins.print is print, builtins.len is len, builtins.ValueError is ValueError)
print(builtins.__name__, type(builtins).__name__)
print(sorted(n for n in ("input", "exit", "quit", "__import__") if hasattr(builtins, n)))
m = __import__("math")
print(m.__name__, m.sqrt(16.0))
print(__import__("collections.abc").__name__)
print(__import__("collections.abc", fromlist=["Mapping"]).__name__)
print(__import__("collections.abc", None, None, ("x",), 0).__name__)
print("math" in sys.modules, sys.modules["math"] is m, "no_such_module" in sys.modules)
print(sys.modules["builtins"] is builtins, sys.modules["sys"] is sys)


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except BaseException as e:
        print(label, type(e).__name__, e, e.args)
    else:
        print(label, "ok", r)


attempt("import-int", __import__, 5)
attempt("import-none", __import__)
attempt("import-empty", __import__, "")
attempt("import-neg-level", __import__, "math", None, None, (), -1)
attempt("import-missing", __import__, "no_such_module_xyz")
attempt("import-bad-kw", __import__, "math", foo=1)
attempt("import-twice", __import__, "math", name="math")
print("no_such_module_xyz" in sys.modules)

attempt("exit-none", exit)
attempt("exit-code", exit, 3)
attempt("exit-msg", quit, "bye")
attempt("exit-kw", exit, code=4)
attempt("exit-two", exit, 1, code=2)
attempt("exit-many", exit, 1, 2)
attempt("exit-bad-kw", quit, c=2)
try:
    quit(7)
except SystemExit as e:
    print("code", e.code)
