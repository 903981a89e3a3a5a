import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b=0):
    return a + b


print(add(2, b=3), add.__name__, add.__qualname__, add.__wrapped__(1, 1))
print(add.__module__)


def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return functools.update_wrapper(wrapper, func)


@counted
def mul(a, b):
    return a * b


print(mul(3, 4), mul(5, 6), mul.calls, mul.__name__)


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), min(vs))
a, b = Version(1, 2), Version(1, 3)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= a, a <= Version(1, 2))


@functools.total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


print(Rev(1) < Rev(2), Rev(3) <= Rev(3), Rev(1) >= Rev(2))
try:
    functools.total_ordering(type("X", (), {}) if False else object)
except ValueError as e:
    print("ValueError", e)
