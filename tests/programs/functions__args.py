def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


print(total(), total(1), total(1, 2, 3), total(*[4, 5, 6]), total(1, *(2, 3), 4))


def describe(first, *rest):
    return str(first) + " then " + str(rest) + " (" + str(len(rest)) + ")"


print(describe(1), describe(1, 2, 3), describe(*"abc"))


def mixed(a, b=2, *args):
    return [a, b, args]


print(mixed(1), mixed(1, 5), mixed(1, 5, 6, 7), mixed(*range(5)))


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


def default_none(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


print(default_none(1), default_none(2))


def swap(a, b):
    return b, a


x, y = swap(1, 2)
print(x, y, swap("p", "q"), swap(*swap(3, 4)))


def recurse(n):
    if n == 0:
        return [0]
    return recurse(n - 1) + [n]


print(recurse(10))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(2, 10))


def noreturn():
    pass


def early(v):
    if v > 0:
        return "pos"
    return


print(noreturn(), early(1), early(-1))


def apply(f, *args):
    return f(*args)


print(apply(max, 3, 9, 2), apply(greet, "Ed"), apply(lambda *a: len(a), 1, 2, 3, 4))
print(sorted(["b", "A", "c"], key=lambda s: s.lower()), sorted(["b", "A", "c"]))
print(print("inner") is None)
