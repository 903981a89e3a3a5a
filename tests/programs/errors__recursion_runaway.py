# Unbounded recursion: RecursionError with CPython's traceback tail, exit 1, and what was
# printed before it is kept.
print("before the recursion")


def countdown(n):
    return countdown(n + 1) + 1


countdown(0)
