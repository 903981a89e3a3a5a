class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v)
    def __rmatmul__(self, o): return M(o * self.v)
    def __imatmul__(self, o): self.v += o.v; return self
m = M(3) @ M(4)
print(m.v)
m @= M(2)
print(m.v, (5 @ M(2)).v)
