# vars(), __dict__ (write-through), dir(), delattr(), globals() and module-level locals().
class A:
    cls_attr = 1
    def __init__(self):
        self.b = 2
        self.a = 1
    def meth(self): pass

a = A()
print(sorted(vars(a).items()), sorted(a.__dict__), [n for n in dir(a) if not n.startswith('_')])
a.__dict__['c'] = 3
print(a.c, sorted(vars(a).items()))
del a.__dict__['b']
print(hasattr(a, 'b'), sorted(vars(a).items()), len(vars(a)))
vars(a).update(z=9, y=8)
print(a.z, a.y, sorted(vars(a)))
delattr(a, 'z')
print(sorted(vars(a).items()), vars(a) == {'a': 1, 'c': 3, 'y': 8})
x = 10
g = globals()
g['newname'] = 5
print(newname, 'x' in g, g['x'], 'A' in dir())
print([n for n in dir(A) if not n.startswith('_')], 'cls_attr' in A.__dict__)
print([n for n in dir([]) if not n.startswith('_')])
print(len(vars()) > 3, locals() is not None)
import sys
print(type(vars(sys)).__name__, 'argv' in dir(sys))
try:
    vars(1)
except TypeError as e:
    print(e)
class S:
    __slots__ = ('p',)
try:
    vars(S())
except TypeError as e:
    print(e)
class WithDir:
    def __dir__(self):
        return ['zeta', 'alpha']
print(dir(WithDir()))
