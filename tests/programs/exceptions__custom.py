class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing key " + str(key))
        self.key = key


class Invalid(AppError):
    def __init__(self, field, value):
        super().__init__(field + "=" + repr(value))
        self.field = field
        self.value = value


def lookup(db, key):
    if key not in db:
        raise NotFound(key)
    value = db[key]
    if value < 0:
        raise Invalid(key, value)
    return value


db = {"a": 1, "b": -5, "c": 3}
for key in ["a", "b", "zz", "c"]:
    try:
        print("found", key, lookup(db, key))
    except NotFound as e:
        print("NotFound", str(e), e.key, isinstance(e, AppError))
    except AppError as e:
        print(type(e).__name__, str(e), e.field, e.value)
    finally:
        print("checked", key)


def with_finally(n):
    log = []
    try:
        log.append("try")
        if n == 0:
            return log
        if n == 1:
            raise AppError("one")
        log.append("after")
    except AppError as e:
        log.append("except " + str(e))
    finally:
        log.append("finally")
    log.append("end")
    return log


print(with_finally(0))
print(with_finally(1))
print(with_finally(2))


def finally_return_order():
    try:
        return "from try"
    finally:
        print("finally runs before return value is used")


print(finally_return_order())


def loop_with_break():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out


print(loop_with_break())


def deep(n):
    if n == 0:
        raise Invalid("depth", n)
    return deep(n - 1)


try:
    deep(20)
except Exception as e:
    print("deep", type(e).__name__, str(e))
errors = []
for i in range(6):
    try:
        if i % 3 == 0:
            raise NotFound(i)
        elif i % 3 == 1:
            raise Invalid("i", i)
        errors.append("none")
    except NotFound as e:
        errors.append("nf" + str(e.key))
    except Invalid as e:
        errors.append("inv" + str(e.value))
print(errors)
