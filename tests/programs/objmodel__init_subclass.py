# __init_subclass__ with class keywords, and __set_name__ on descriptors.


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class Alpha(Plugin, name="alpha"):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, name="g"):
    pass


print(sorted(Plugin.registry), Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(Plugin.registry["g"] is Gamma, "plugin_name" in dir(Gamma))

try:

    class Bad(Plugin, bogus=1):
        pass

except TypeError as e:
    print("TypeError", e)
try:

    class Z(object, q=1):
        pass

except TypeError as e:
    print("TypeError", e)


class Validated:
    def __init_subclass__(cls, /, required=(), **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in required if not hasattr(cls, r)]
        cls.ok = not missing
        print("checked", cls.__name__, missing)


class Good(Validated, required=("run",)):
    def run(self):
        return 1


class Poor(Validated, required=("run", "stop")):
    def run(self):
        return 1


print(Good.ok, Poor.ok)


class Field:
    count = 0

    def __init__(self, default=None):
        self.default = default
        Field.count += 1

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.private, value * 2)


class Model:
    x = Field(0)
    y = Field("dflt")


m = Model()
m.x = 5
print(m.x, m.y, Model.x.name, Model.y.owner, Model.x.private, Field.count)


class Other(Model):
    z = Field()


o = Other()
o.z = 4
print(o.z, Other.z.owner, o.x)
