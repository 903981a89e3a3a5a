# Augmented assignment: in-place set operators, __iadd__/__isub__ with NotImplemented fallback,
# and TypeErrors that name the augmented operator.
def t(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
def a():
    x = [1]; x -= 1
def b():
    x = {1}; x |= [2]
def c():
    x = 1; x += "s"
def d():
    x = frozenset(); x -= [1]
class V:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o; return self
    def __add__(self, o): return V(self.v + o + 1000)
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return V(self.v - o)
def e():
    v = V(1); w = v; v += 5; v -= 2; return v.v, w.v, v is w
class W:
    def __add__(self, o): return "add"
def g():
    w = W(); w += 1; return w
for f in (a, b, c, d, e, g):
    t(f)
