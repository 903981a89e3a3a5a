# Metaclasses: __new__/__init__/__call__ overrides, class keywords, methods on the metaclass,
# type(name, bases, ns), metaclass functions and conflicts.


class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialized = True

    def describe(cls):
        return f"<{cls.__name__} tag={cls.tag}>"


class Base(metaclass=Registry):
    pass


class Child(Base, tag="kid"):
    def hello(self):
        return "hi"


print(Registry.classes, Base.tag, Child.tag, Child.initialized, Child.describe())
print(type(Child).__name__, isinstance(Child, Registry), isinstance(Child, type), Child().hello())
print(type(Child) is Registry, type(Base()) is Base, issubclass(Registry, type))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        print("init", value)
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, type(a).__name__)


class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.made = getattr(cls, "made", 0) + 1
        return super().__call__(*args, **kwargs)


class Widget(metaclass=Counted):
    def __init__(self, n=0):
        self.n = n


ws = [Widget(i) for i in range(5)]
print(Widget.made, [w.n for w in ws])

Dyn = type("Dyn", (Base,), {"v": 3, "get": lambda self: self.v * 2})
print(Dyn.__name__, Dyn().get(), Dyn.tag, Registry.classes)
Plain = type("Plain", (), {"x": 1})
print(Plain.__name__, Plain.x, Plain.__bases__ == (object,), type(3), type("x") is str, type(type))

try:
    type("Bad", 1, {})
except TypeError as e:
    print("TypeError", e)


def meta_func(name, bases, ns):
    ns["made_by"] = "func"
    return type(name, bases, ns)


class F(metaclass=meta_func):
    pass


print(F.made_by, type(F).__name__)


class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:

    class Both(A1, A2):
        pass

except TypeError as e:
    print("TypeError", e)


class Sub1(M1):
    pass


class B1(A1, metaclass=Sub1):
    pass


print(type(B1).__name__, type(A1).__name__)
