f = lambda: 1
g = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw)
print(f(), g(1), g(1, 5, 6, k=0, z=9))
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
print((lambda *a: sum(a))(1, 2, 3), (lambda: (yield))().__class__.__name__)
