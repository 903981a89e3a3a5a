# Metaclasses: __call__ overriding instantiation (singletons, counting), __new__ adding
# attributes, class keywords handled in __new__/__init__, metaclass methods and properties,
# and isinstance of classes against their metaclass.


class Singleton(type):
    def __call__(cls, *args, **kw):
        if "_instance" not in cls.__dict__:
            cls._instance = super().__call__(*args, **kw)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, type(Config).__name__, isinstance(Config, Singleton))


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, tag=None, **kw):
        ns["tag"] = tag or name.lower()
        cls = super().__new__(mcls, name, bases, ns, **kw)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.fields = sorted(k for k in ns if not k.startswith("_"))

    def describe(cls):
        return f"{cls.__name__}<{cls.tag}> fields={cls.fields}"

    @property
    def upper_tag(cls):
        return cls.tag.upper()


class Model(metaclass=Registry):
    pass


class User(Model, tag="person"):
    name = "?"

    def greet(self):
        return "hi " + self.name


class Admin(User):
    level = 9


print(Registry.classes, User.tag, Admin.tag, Model.tag)
print(User.describe(), Admin.describe(), User.upper_tag)
print(type(Admin) is Registry, isinstance(Admin(), User), Admin().greet())
try:
    Admin().describe()
except AttributeError as e:
    print("AttributeError:", e)


class Counting(type):
    def __call__(cls, *args, **kw):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*args, **kw)


class Thing(metaclass=Counting):
    def __init__(self, v):
        self.v = v


things = [Thing(i) for i in range(5)]
print(Thing.count, [t.v for t in things], type(things[0]).__name__)


def make(name):
    return Registry(name, (Model,), {"x": 1, "__doc__": "made"}, tag="dyn")


Dyn = make("Dyn")
print(Dyn.tag, Dyn.fields, Dyn.__doc__, Registry.classes[-1], issubclass(Dyn, Model))
print(type("Plain", (), {"a": 1})().a, type(type), type(Singleton))
