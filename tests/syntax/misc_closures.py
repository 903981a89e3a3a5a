def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get(): return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
