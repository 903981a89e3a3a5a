def fail(n):
    if n > 2:
        raise ValueError("boom " + str(n))
    return fail(n + 1)


print("before")
fail(0)
print("after")
