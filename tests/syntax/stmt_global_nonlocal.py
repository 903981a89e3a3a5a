g = 0
def inc():
    global g
    g += 1
def make():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
inc(); inc()
b = make(); b(); print(g, b())
class K:
    global gk
    gk = 'set from class'
print(gk)
