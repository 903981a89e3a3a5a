import sys

print("start")
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e, e.args, isinstance(e, Exception))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
print([line for line in sys.stdin])


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)


attempt("input-many", input, "a", "b")
attempt("input-kw", input, prompt="x")
attempt("stdin-write", sys.stdin.write, "x")
attempt("stdout-read", sys.stdout.readline)
attempt("stderr-read", sys.stderr.read)
attempt("readline-str", sys.stdin.readline, "x")
input(12)
