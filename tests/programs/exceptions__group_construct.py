# BaseExceptionGroup / ExceptionGroup construction: validation messages, the promotion of
# BaseExceptionGroup to ExceptionGroup, str/repr, message/exceptions/args, read-only fields.


def attempt(label, make):
    try:
        r = make()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", type(r).__name__, repr(r))


attempt("one arg", lambda: ExceptionGroup("m"))
attempt("no args", lambda: ExceptionGroup())
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("base one arg", lambda: BaseExceptionGroup("m"))
attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", 5))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("an iterator", lambda: ExceptionGroup("m", iter([ValueError()])))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: BaseExceptionGroup("m", ()))
attempt("item 0", lambda: ExceptionGroup("m", [1]))
attempt("item 2", lambda: ExceptionGroup("m", [ValueError(), TypeError(), "x"]))
attempt("a class", lambda: ExceptionGroup("m", [ValueError]))
attempt("nest base", lambda: ExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
attempt("keywords", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("keyword names", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("base of exceptions", lambda: BaseExceptionGroup("m", [ValueError(1), TypeError(2)]))
attempt("base of base", lambda: BaseExceptionGroup("m", [ValueError(1), SystemExit(2)]))
attempt("tuple", lambda: ExceptionGroup("m", (ValueError(1),)))
attempt("nested", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [OSError(3)])]))

eg = ExceptionGroup("two", [ValueError(1), TypeError("x")])
print(str(eg))
print(repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__, len(eg.exceptions))
one = ExceptionGroup("one", [ValueError(1)])
print(str(one), "|", repr(one))
print(str(ExceptionGroup("", [ValueError()])))

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(ExceptionGroup.__name__, ExceptionGroup.__module__, BaseExceptionGroup.__qualname__)

for field in ["message", "exceptions"]:
    try:
        setattr(eg, field, "new")
    except AttributeError as e:
        print("set", field, "->", e)
print(eg.message, eg.exceptions)

# The list given is copied into a tuple: changing it later changes nothing.
items = [ValueError(1)]
g = ExceptionGroup("copied", items)
items.append(TypeError(2))
print(g.exceptions, g.args)

# A group is an ordinary exception otherwise.
try:
    raise eg
except ExceptionGroup as caught:
    print("caught", caught is eg, caught.exceptions[1].args)
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseException as e:
    print("base caught", type(e).__name__, repr(e))

# The message and the exceptions are not instance attributes.
eg.note = "an attribute"
print(vars(eg), eg.__dict__)
