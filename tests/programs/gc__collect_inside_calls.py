# Temporaries that only an operator, an instance call or next() holds stay alive while the
# Python code they run allocates (the collector may run inside those calls).


class V:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, other):
        junk = [[i] * 3 for i in range(50)]
        if not isinstance(other, V):
            return NotImplemented
        return V(*[a + b for a, b in zip(self.xs, other.xs)]) if junk else None

    def __radd__(self, other):
        junk = {i: str(i) for i in range(50)}
        return V(*[x + other for x in self.xs]) if junk else None

    def __mul__(self, k):
        return V(*[x * k for x in self.xs])

    def __repr__(self):
        return "V(%s)" % ", ".join(map(str, self.xs))


class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        junk = [str(i) * 2 for i in range(60)]
        return (self.n + x + sum(rest)) * scale + len(junk) * 0


class Chain:
    def __call__(self, f):
        return lambda *a: f(*a) * 2


def numbers(n):
    for i in range(n):
        junk = [(i, j) for j in range(20)]
        yield i * len(junk)


total = V(0, 0, 0)
for i in range(300):
    total = total + (V(i, i + 1, i + 2) + V(1, 1, 1)) * 2
    total = 1 + total
print(total)

acc = 0
for i in range(300):
    acc += Adder(i)(i, 1, 2, scale=2)
    acc += Chain()(Adder(1))(i)
print(acc)

g = numbers(400)
seen = []
while True:
    x = next(g, None)
    if x is None:
        break
    seen.append(x)
print(len(seen), sum(seen), next(numbers(3)), next(iter([]), "empty"))

a = Adder(5)
for i in range(200):
    a(i)
print(a.calls, a.n)


class Rebind:
    """A __call__ that replaces its own class attribute while it runs."""

    def __call__(self):
        Rebind.__call__ = lambda self: "replaced"
        junk = [list(range(10)) for _ in range(100)]
        return "first %d" % len(junk)


r = Rebind()
print(r(), r(), r())
