x: int = 5
class C:
    a: int = 1
    b: str
print(__annotations__, C.__annotations__)
def f(a: int, b: 'str' = 'x') -> bool: return b
print(f(1))
