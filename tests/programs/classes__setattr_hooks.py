# __setattr__, __delattr__ and __getattr__ hooks; object.__setattr__ and super() bypass;
# frozen objects; attribute auditing.


class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")


f = Frozen(a=1, b=2)
print(f.a, f.b)
for action in (lambda: setattr(f, "a", 5), lambda: delattr(f, "b")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


class Audited:
    def __init__(self):
        self.history = []
        self.x = 0

    def __setattr__(self, name, value):
        if name != "history":
            self.history.append((name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.history.append(("del", name))
        object.__delattr__(self, name)


a = Audited()
a.x += 5
a.y = "new"
del a.y
print(a.history, a.x, hasattr(a, "y"))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Box:
    pass


b = Box()
p = Proxy(b)
p.content = [1, 2]
print(b.content, p.content, p._target is b)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(p, "missing", "default"), hasattr(p, "content"))
