import functools

calls = []


@functools.lru_cache(maxsize=3)
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    print(n, slow_square(n), slow_square.cache_info())
print(calls)
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square(2), slow_square.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib.__name__, fib.__wrapped__(10), fib.cache_parameters())


@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)


print(count_paths(12, 12), count_paths.cache_info().currsize)


@functools.lru_cache
def kw(a, b=1):
    calls.append((a, b))
    return a + b


print(kw(1), kw(1), kw(1, b=2), kw(1, b=2), kw(a=1, b=2), kw.cache_info())
info = kw.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
try:
    kw([1])
except TypeError as e:
    print("TypeError", e)
