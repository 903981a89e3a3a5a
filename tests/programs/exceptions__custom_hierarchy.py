# Custom exception classes, hierarchy matching, attributes, str/repr, re-raise, finally order.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    def __str__(self):
        return "invalid[%d]: %s" % (self.code, self.args[0])


def risky(kind):
    try:
        if kind == 1:
            raise NotFound(404, "no such thing")
        if kind == 2:
            raise Invalid(422, "bad input")
        if kind == 3:
            return {}["k"]
        return "fine"
    finally:
        print("cleanup", kind)


for k in range(4):
    try:
        print("result", risky(k))
    except NotFound as e:
        print("not found", e.code, e, repr(e), e.args)
    except AppError as e:
        print("app error", e.code, str(e), type(e).__name__)
    except LookupError as e:
        print("lookup", type(e).__name__, repr(e))
    else:
        print("no error")


def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            print("handling inner")
            raise
    except Exception as e:
        print("outer caught", repr(e))
        return "done"
    finally:
        print("finally runs")


print(nested())
print(issubclass(NotFound, AppError), isinstance(Invalid(1, "x"), Exception), NotFound.__mro__[1].__name__)
try:
    raise NotFound(1, "gone") from KeyError("k")
except AppError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
