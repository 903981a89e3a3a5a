def deco(tag):
    def wrap(f):
        def inner(*a, **k): return (tag, f(*a, **k))
        return inner
    return wrap
@deco('outer')
@deco('inner')
def f(x): return x * 2
print(f(4))
def cls_deco(c):
    c.added = True
    return c
@cls_deco
class C: pass
print(C.added)
class D:
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self): return 'p'
print(D.s(), D.c(), D().p)
@(lambda f: f)
def g(): return 'any expression'
print(g())
