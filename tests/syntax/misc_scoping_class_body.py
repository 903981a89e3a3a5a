x = 'global'
class C:
    x = 'class'
    def f(self): return x
    y = [x for _ in range(1)]
print(C().f(), C.y)
