# User __new__: caching, returning other objects (then __init__ is skipped), immutables.


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        inst = super().__new__(cls)
        cls._cache[key] = inst
        return inst

    def __init__(self, key):
        print("init", key)
        self.key = key


print(Cached("a") is Cached("a"), Cached("a") is Cached("b"), Cached("b").key)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(NotMine())


class Sub(Cached):
    pass


s = Sub("z")
print(type(s).__name__, s.key, isinstance(s, Cached))


class Pair:
    __slots__ = ("a", "b")

    def __new__(cls, a, b):
        self = object.__new__(cls)
        self.a, self.b = a, b
        return self

    def __repr__(self):
        return f"Pair({self.a}, {self.b})"


print(Pair(1, 2), [Pair(i, i * i) for i in range(3)])


class Enumish:
    members = {}

    def __new__(cls, value):
        if value in cls.members:
            return cls.members[value]
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")


for name, v in [("RED", 1), ("GREEN", 2)]:
    inst = object.__new__(Enumish)
    inst.name = name
    Enumish.members[v] = inst
print(Enumish(1).name, Enumish(2).name)
try:
    Enumish(3)
except ValueError as e:
    print("ValueError:", e)


class Plain:
    pass


try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)


class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)


print(type(OnlyNew(1, 2)).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
