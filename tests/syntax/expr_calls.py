def f(*a, **k): return a, k
print(f(), f(1, *[2, 3], 4, *(), x=1, **{'y': 2}, z=3, **{}))
print(f(*'ab', *range(2)))
print(max([3, 1, 2], key=lambda v: -v), sorted('bca', reverse=True))
