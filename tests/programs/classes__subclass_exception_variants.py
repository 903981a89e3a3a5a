# Subclasses of exception types: custom __init__ and __str__, extra attributes, args,
# KeyError subclasses, catching by base class, repr and str of instances.


class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NotFound(AppError, LookupError):
    pass


class MissingKey(KeyError):
    pass


class Quiet(ValueError):
    def __init__(self):
        pass


for exc in [AppError(500, "boom"), NotFound(404, "nope"), MissingKey("k"), Quiet(), ValueError()]:
    print(type(exc).__name__, repr(str(exc)), exc.args, isinstance(exc, LookupError))
try:
    raise NotFound(404, "page")
except LookupError as e:
    print("caught as LookupError:", e, e.code, [c.__name__ for c in type(e).__mro__])
try:
    raise MissingKey("user")
except KeyError as e:
    print("KeyError subclass:", e, repr(e))
print(repr(AppError(1, "x")), repr(Quiet()), repr(NotFound(2, "y")))


class Retry(Exception):
    count = 0

    def __new__(cls, *args):
        cls.count += 1
        return super().__new__(cls, *args)


for i in range(3):
    try:
        raise Retry(i)
    except Retry as e:
        print("retry", e.args, Retry.count)


class WithSlots(Exception):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra


w = WithSlots(1, 2, extra="e")
print(w.args, w.extra, str(w), vars(w))
raise AppError(418, "teapot")
