# __getattr__ as a fallback (not for found attributes), __getattribute__ overrides,
# getattr with defaults, hasattr swallowing only AttributeError, and delegation wrappers.


class Lazy:
    def __init__(self):
        self.loaded = []

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self.loaded.append(name)
        value = len(name)
        setattr(self, name, value)
        return value


z = Lazy()
print(z.alpha, z.alpha, z.be, z.loaded, hasattr(z, "_hidden"), getattr(z, "_x", "dflt"))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_reads", 0)

    def __getattribute__(self, name):
        if name in ("_target", "_reads", "reads"):
            return object.__getattribute__(self, name)
        object.__setattr__(self, "_reads", object.__getattribute__(self, "_reads") + 1)
        return getattr(object.__getattribute__(self, "_target"), name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)

    @property
    def reads(self):
        return self._reads


class Target:
    def __init__(self):
        self.x = 1

    def double(self):
        return self.x * 2


t = Target()
p = Proxy(t)
p.x = 21
print(p.x, p.double(), t.x, p.reads)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(p.reads)


class Boom:
    @property
    def bad(self):
        raise KeyError("inside")

    def __getattr__(self, name):
        return "fallback:" + name


b = Boom()
print(b.anything)
try:
    print(b.bad)
except KeyError as e:
    print("KeyError:", e)
try:
    hasattr(Boom, "bad") and print(hasattr(Boom(), "nope"))
except KeyError as e:
    print("KeyError", e)


class Strict:
    @property
    def bad(self):
        raise KeyError("inside")


try:
    hasattr(Strict(), "bad")
except KeyError as e:
    print("KeyError:", e)
print(getattr(Strict(), "missing", None), hasattr(Strict(), "missing"))
