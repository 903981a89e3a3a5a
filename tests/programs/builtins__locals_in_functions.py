# locals() and vars() inside functions, closures, methods and class bodies; string formatting
# with % locals(); module-level locals() is globals().


def f(a, b=2, *args, **kw):
    c = a + b
    print(sorted(locals().items()))
    return "%(a)s+%(b)s=%(c)s" % locals()


print(f(1), f(3, 4, 5, x=6))


def outer(x):
    y = x * 2

    def inner(z):
        total = x + z
        return sorted(locals())

    unbound_later = None
    return inner(1), sorted(vars())


print(outer(10))


class K:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))

    def method(self, q):
        r = q * 2
        return locals()


print(K.names, sorted(K().method(3)), K().method(4)["r"])


def partial_locals(flag):
    if flag:
        x = 1
    snapshot = dict(locals())
    y = 2
    return snapshot


print(partial_locals(True), partial_locals(False))
print("f" in locals(), locals()["K"] is K, sorted(globals()) == sorted(locals()))
