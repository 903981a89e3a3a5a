# del in every form: names, attributes, subscripts, slices, target lists.
g = 1
h = 2


def drop_global():
    global g
    del g


drop_global()
print("g" in globals() if False else "dropped")
try:
    print(g)
except NameError as e:
    print("NameError:", e)


def local_forms():
    x = 1
    y = [10, 20, 30, 40, 50]
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        del x
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    del y[0]
    print(y)
    del y[-1]
    print(y)
    del y[0:1]
    print(y)
    y.extend([1, 2, 3, 4])
    del y[::2]
    print(y)
    a, b = 1, [1, 2, 3]
    del a, b[0]
    print(b)
    c, d = 5, 6
    del (c, d)
    del [b]
    try:
        print(c)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


local_forms()


def cells():
    v = 1

    def read():
        return v

    print(read())
    del v
    try:
        read()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    try:
        del v
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


cells()

d = {"a": 1, "b": 2, 3: "c"}
del d["a"]
del d[3]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class P:
    kind = "p"

    def __init__(self):
        self.x = 1
        self.y = 2


p = P()
del p.x
print(hasattr(p, "x"), p.y)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
del P.kind
try:
    del P.kind
except AttributeError as e:
    print("AttributeError:", e)


class Body:
    tmp = 3
    keep = tmp + 1
    del tmp


print(hasattr(Body, "tmp"), Body.keep)

for bad in [(1, 2), "ab", 5]:
    try:
        del bad[0]
    except TypeError as e:
        print("TypeError:", e)

del h
try:
    del h
except NameError as e:
    print("NameError:", e)

try:
    del [].append
except AttributeError as e:
    print("AttributeError:", e)
try:
    del "text".missing
except AttributeError as e:
    print("AttributeError:", e)


def outer():
    x = 1

    def inner():
        nonlocal x
        del x

    inner()
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(outer())
