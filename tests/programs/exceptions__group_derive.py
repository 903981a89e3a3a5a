# User subclasses of the group types: __new__ and __init__ with other signatures, derive
# overrides that keep the subclass and its fields, and what split builds without one.


class NoDerive(ExceptionGroup):
    pass


g = NoDerive("plain", [ValueError(1), TypeError(2)])
m, r = g.split(ValueError)
print(type(g).__name__, type(m).__name__, type(r).__name__, repr(m))


class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code):
        super().__init__(message, excs)
        print("init", repr(message), code)

    def derive(self, excs):
        return Coded(self.message, excs, self.code)

    def __str__(self):
        return f"[{self.code}] {super().__str__()}"


c = Coded("coded", [ValueError(1), TypeError(2), ValueError(3)], 42)
print(repr(c), str(c), c.args, c.code)
m, r = c.split(ValueError)
print(type(m).__name__, m.code, str(m), repr(r), r.code)
print(repr(c.subgroup(TypeError)))


class Wrapper(BaseExceptionGroup):
    def __new__(cls, *excs):
        return super().__new__(cls, "wrapped", excs)

    def __init__(self, *excs):
        super().__init__("wrapped", excs)

    def derive(self, excs):
        return Wrapper(*excs)


w = Wrapper(ValueError(1), KeyboardInterrupt())
print(repr(w), w.args, str(w))
m, r = w.split(ValueError)
print(repr(m), repr(r))


class Plain(BaseExceptionGroup):
    pass


p = Plain("p", [ValueError(1)])
print(type(p).__name__, isinstance(p, Exception), repr(p))
try:
    class Strict(ExceptionGroup):
        pass
    Strict("s", [SystemExit(1)])
except TypeError as e:
    print(e)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("bad derive:", e)


class Counting(ExceptionGroup):
    calls = 0

    def derive(self, excs):
        Counting.calls += 1
        return Counting(self.message + "'", excs)


nested = Counting("n", [ValueError(1), Counting("m", [TypeError(2), ValueError(3)])])
m, r = nested.split(ValueError)
print(repr(m), repr(r), Counting.calls)

# The default derive makes a plain (Base)ExceptionGroup from the message.
base = ExceptionGroup("base", [ValueError(1)])
d = base.derive([TypeError(9)])
print(type(d).__name__, repr(d), d.message)
d = base.derive([KeyboardInterrupt()])
print(type(d).__name__, repr(d))
try:
    base.derive([])
except ValueError as e:
    print("empty derive:", e)
