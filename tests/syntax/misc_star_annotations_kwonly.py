def f(*args: int, sep: str = ' ', **kw: object) -> str:
    return sep.join(map(str, args)) + str(sorted(kw))
print(f(1, 2, 3, sep='-', z=1, a=2))
