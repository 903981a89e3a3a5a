def f[T](x: T) -> T: return x
print(f(1))
