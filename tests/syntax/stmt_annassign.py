x: int = 5
y: 'list[int]'
class C:
    a: int = 1
    b: str
def f():
    z: float = 2.5
    w: int
    return z
print(x, C.a, f())
