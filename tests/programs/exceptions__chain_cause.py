# raise ... from ...: __cause__, __context__, __suppress_context__, from None, bad causes;
# ends with an uncaught chained exception.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad input {s!r}") from e

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return parse(k)

for args in [({'a': 1}, 'a'), ({}, '5')]:
    print(lookup(*args))
try:
    lookup({}, 'x')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__, e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('k') from None
except KeyError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        [][1]
    except IndexError:
        {}['q']
except KeyError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError('plain')
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as t:
    print(t)

class AppError(Exception):
    pass

def handler():
    try:
        {}['missing']
    except KeyError as exc:
        try:
            int('zz')
        except ValueError:
            raise AppError("nested failure") from exc

handler()
