def f(): pass
class C: pass
x = 1; del x
a = [1, 2, 3, 4]; del a[0], a[-1]
d = {1: 2, 3: 4}; del d[1]
c = C(); c.v = 1; del c.v
y, z = 1, 2
del (y, z)
print(a, d, hasattr(c, 'v'))
