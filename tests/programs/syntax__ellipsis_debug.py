# Ellipsis, __debug__, lambda generators, compile-time constant behaviour.
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...), str(...))


def stub():
    ...


print(stub())


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[...], g[..., 0], g[1:2, ...])
print(__debug__, not __debug__)
gen = (lambda: (yield 1))()
print(type(gen).__name__, next(gen))
squares = (lambda n: (yield from (i * i for i in range(n))))(4)
print(list(squares))
d = {...: "ellipsis key"}
print(d[...], [..., ...].count(...))
