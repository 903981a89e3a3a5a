# Descriptor kinds: non-data descriptors (instance attributes shadow them), data descriptors,
# __get__ with no instance, classmethod/staticmethod through instances and classes,
# methods defined on a metaclass.


class NonData:
    def __get__(self, obj, owner):
        return f"nondata({None if obj is None else type(obj).__name__}, {owner.__name__})"


class Data:
    def __init__(self):
        self.store = {}

    def __get__(self, obj, owner):
        if obj is None:
            return "class access"
        return self.store.get(id(obj), "unset")

    def __set__(self, obj, value):
        self.store[id(obj)] = value


class Meta(type):
    def build(cls, n):
        return [cls() for _ in range(n)]

    @property
    def label(cls):
        return cls.__name__.upper()


class Thing(metaclass=Meta):
    nd = NonData()
    d = Data()

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper(x):
        return x * 2


t = Thing()
print(t.nd, Thing.nd, t.d, Thing.d)
t.nd = "shadowed"
t.d = "stored"
print(t.nd, t.d, Thing.d)
print(type(Thing.make()).__name__, type(t.make()).__name__, Thing.helper(3), t.helper(4))
print(len(Thing.build(3)), Thing.label, hasattr(t, "build"))


class Sub(Thing):
    pass


print(Sub.label, type(Sub.make()).__name__, Sub.nd, len(Sub.build(2)))
