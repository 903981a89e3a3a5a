# Parameters of every kind: defaults, *args, **kwargs, keyword-only, positional-only, errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))


def g(x, y, /, z, *, w):
    return x + y + z + w


print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
for call in [
    lambda: g(1, y=2, z=3, w=4),
    lambda: g(1, 2, 3, 4),
    lambda: f(),
    lambda: f(1, 2),
    lambda: f(1, c=1, a=2),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def defaults_are_shared(x, acc=[]):
    acc.append(x)
    return acc


print(defaults_are_shared(1), defaults_are_shared(2))


def varargs_only(*args):
    return len(args), args


print(varargs_only(), varargs_only(*range(3)), varargs_only([1], (2,)))


def kwargs_only(**kw):
    return kw


print(kwargs_only(a=1, **{"b": 2}))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(f.__name__, g.__name__, (lambda: 0).__name__)
