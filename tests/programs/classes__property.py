class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    def _get_kelvin(self):
        return self._c + 273.15

    kelvin = property(_get_kelvin, doc="in kelvin")


t = Temperature(20)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.kelvin.__doc__)
print(Temperature.celsius.fget(t), isinstance(Temperature.fahrenheit, property))


class Base:
    @property
    def name(self):
        return "base:" + type(self).__name__


class Child(Base):
    @property
    def name(self):
        return "child/" + super().name


print(Base().name, Child().name)
t.fahrenheit = 5
