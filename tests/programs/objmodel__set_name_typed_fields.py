# Descriptors using __set_name__ to learn their attribute name: typed and bounded fields
# with validation, defaults, per-class field registries built by __init_subclass__.


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name
        owner.__dict__.get("_fields", [])
        owner._declared = getattr(owner, "_declared", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.slot, value)


class Bounded(Field):
    def __init__(self, lo, hi, default=None):
        super().__init__(int, default)
        self.lo, self.hi = lo, hi

    def __set__(self, obj, value):
        super().__set__(obj, value)
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.name}={value} not in [{self.lo}, {self.hi}]")


class Record:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.fields = [k for k, v in cls.__dict__.items() if isinstance(v, Field)]

    def __init__(self, **values):
        for k, v in values.items():
            setattr(self, k, v)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"


class Person(Record):
    name = Field(str, "anon")
    age = Bounded(0, 150, 0)


class Employee(Person):
    salary = Bounded(0, 10**6)
    team = Field(str)


p = Person(name="Ada", age=36)
print(p, Person.fields, Employee.fields, Person._declared, Employee._declared)
print(Person(), Person.name.name, Person.age.slot, type(Person.__dict__["age"]).__name__)
e = Employee(name="Bob", salary=5000, team="core")
print(e, e.age, e.name)
for bad in ({"age": 200}, {"age": "old"}, {"name": 5}, {"salary": -1}):
    try:
        Employee(**bad)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
e.age = 41
print(e.age, e._age, vars(e) == {"_name": "Bob", "_salary": 5000, "_team": "core", "_age": 41})
