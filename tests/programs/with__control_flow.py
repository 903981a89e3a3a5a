# with inside loops, try/finally, generators and nested withs: __exit__ runs once on every way out.
class CM:
    def __init__(self, n, s=False): self.n = n; self.s = s
    def __enter__(self):
        print("enter", self.n); return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return self.s

def f1():
    for i in range(3):
        try:
            with CM("a%d" % i):
                try:
                    with CM("b%d" % i, True):
                        if i == 1:
                            raise ValueError
                        if i == 2:
                            continue
                        print("body", i)
                finally:
                    print("fin", i)
                if i == 2:
                    break
        except ValueError:
            print("caught")
    else:
        print("else")
    return "f1"
print(f1())

def f2():
    with CM("x") as x:
        for j in range(5):
            with CM("y%d" % j) as y:
                if j == 2:
                    return x + y
    return None
print(f2())

def f3():
    try:
        with CM("z"):
            with CM("w", True):
                raise KeyError("k")
            raise IndexError("i")
    except IndexError as e:
        print("outer got", repr(e))
    with CM("q", True):
        with CM("r"):
            1 / 0
    print("after q")
f3()

def f4():
    while True:
        with CM("loop"):
            try:
                return "ret"
            finally:
                print("finally before exit")
print(f4())

def g():
    with CM("gen"):
        x = yield 1
        print("sent", x)
        yield x * 2
it = g()
print(next(it), it.send(21))
try:
    next(it)
except StopIteration:
    print("stop")

def f5():
    with CM("e") as a, CM("f") as b, CM("g", True) as c:
        raise RuntimeError(a + b + c)
    return "suppressed"
print(f5())
