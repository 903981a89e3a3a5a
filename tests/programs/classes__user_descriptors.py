class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor " + self.name
        return obj.__dict_store[self.name] if False else getattr(obj, "_" + self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + " must be " + self.kind.__name__)
        setattr(obj, "_" + self.name, value)


class Upper:
    def __get__(self, obj, objtype=None):
        return objtype.__name__.upper()


class Point:
    x = Typed("x", int)
    y = Typed("y", int)
    tag = Upper()

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, p.tag, Point.tag, Point.x)
p.x = 10
print(p.x + p.y)
try:
    p.y = "no"
except TypeError as e:
    print("TypeError:", e)
print(p._x, p._y)
