# Context managers and chaining: __exit__ raising while an exception propagates, suppression
# by __exit__ returning True, nested with blocks, and finally clauses raising.


class Resource:
    def __init__(self, name, fail_exit=False, suppress=False):
        self.name = name
        self.fail_exit = fail_exit
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        if self.fail_exit:
            raise RuntimeError(f"close {self.name} failed")
        return self.suppress


def chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}: {e}")
        e = e.__cause__ or e.__context__
    return out


try:
    with Resource("a", fail_exit=True):
        raise ValueError("work failed")
except RuntimeError as e:
    print(chain(e))

with Resource("b", suppress=True):
    raise KeyError("suppressed")
print("after suppress")

try:
    with Resource("outer", fail_exit=True), Resource("inner"):
        raise TypeError("deep")
except RuntimeError as e:
    print(chain(e))

try:
    with Resource("c"):
        try:
            raise IndexError("first")
        finally:
            print("finally")
except IndexError as e:
    print(chain(e), e.__context__)


def risky():
    with Resource("d", fail_exit=True):
        return 42


try:
    risky()
except RuntimeError as e:
    print(chain(e), e.__context__)
