counter = 0
history = []
settings = {"level": 1}
name = "start"


def bump(by=1):
    global counter
    counter += by
    history.append(counter)


def rename(new):
    global name
    old = name
    name = new
    return old


def replace_settings():
    global settings
    settings = {"level": settings["level"] + 10}


def shadow():
    counter = -1
    return counter


for i in range(5):
    bump(i)
print(counter, history, shadow(), counter)
print(rename("middle"), rename("end"), name)
alias = settings
replace_settings()
settings["extra"] = True
print(settings, alias, alias is settings)


def uses_later_global():
    return later * 2


later = 21
print(uses_later_global())
later = "ab"
print(uses_later_global())
total = 0
for v in range(10):
    total = total + v
print(total)


def accumulate(values):
    global total
    for v in values:
        total += v
    return total


print(accumulate([1, 2, 3]), total)
cache = {}


def cached_square(n):
    if n not in cache:
        cache[n] = n * n
    return cache[n]


print([cached_square(n) for n in [3, 4, 3, 5, 4]], cache)
