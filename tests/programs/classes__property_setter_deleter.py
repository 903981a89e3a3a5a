# Properties with getters, setters and deleters; read-only and write-only errors; property()
# called directly; inheritance and overriding accessors.


class Temperature:
    def __init__(self, c):
        self._c = c
        self.log = []

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self.log.append(("set", v))
        self._c = v

    @celsius.deleter
    def celsius(self):
        self.log.append(("del", self._c))
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(20)
t.celsius = 25
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.log, hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)


class Account:
    def _get(self):
        return self.__dict__.get("_bal", 0)

    def _set(self, v):
        self.__dict__["_bal"] = round(v, 2)

    def _del(self):
        self.__dict__.pop("_bal", None)

    balance = property(_get, _set, _del, "the balance")


a = Account()
a.balance = 10.456
print(a.balance, Account.balance.__doc__, type(Account.balance).__name__)
del a.balance
print(a.balance)


class Base:
    @property
    def name(self):
        return "base"


class Derived(Base):
    @Base.name.getter
    def name(self):
        return "derived:" + super().name


print(Derived().name, Base().name)
p = property(lambda self: 42)
print(p.fget(None), p.fset, p.fdel)
