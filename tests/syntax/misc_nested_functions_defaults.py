def outer(a, b=[]):
    b.append(a)
    def inner(c=len(b)): return c
    return inner()
print(outer(1), outer(2), outer(3, []))
