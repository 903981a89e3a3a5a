# An uncaught exception group: CPython's boxed traceback, with a nested group, a
# sub-exception with a context and one with notes.


def must_be_number(text):
    if not text.lstrip("-").isdigit():
        raise ValueError(f"not a number: {text}")


def check(text):
    try:
        must_be_number(text)
    except ValueError:
        raise KeyError(text)
    if text.startswith("-"):
        raise ValueError(f"negative: {text}")


def collect():
    errors = []
    for item in ["1", "x", "-2"]:
        try:
            check(item)
        except (KeyError, ValueError) as e:
            errors.append(e)
    noted = TypeError("not a number")
    noted.add_note("first note")
    noted.add_note("second\nnote")
    try:
        raise noted
    except TypeError as e:
        errors.append(e)
    inner = ExceptionGroup("inner", errors[1:])
    try:
        raise inner
    except ExceptionGroup as g:
        raise ExceptionGroup("outer", [errors[0], g])


print("start")
collect()
