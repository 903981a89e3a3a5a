# Properties overridden and extended in subclasses, property() built without decorators,
# setters added in subclasses via Base.prop.setter, read-only errors, deleters and docs.


class Shape:
    def __init__(self, w, h):
        self._w, self._h = w, h

    @property
    def area(self):
        "The area."
        return self._w * self._h

    def _get_w(self):
        return self._w

    def _set_w(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v

    def _del_w(self):
        self._w = 1

    width = property(_get_w, _set_w, _del_w, "The width.")


class Square(Shape):
    def __init__(self, side):
        super().__init__(side, side)

    @Shape.area.getter
    def area(self):
        return f"square {self._w * self._h}"

    @property
    def side(self):
        return self._w

    @side.setter
    def side(self, v):
        self._w = self._h = v


s = Shape(2, 3)
print(s.area, s.width, Shape.width.__doc__)
s.width = 5
print(s.area)
del s.width
print(s.width, s.area)
try:
    s.width = -1
except ValueError as e:
    print("ValueError:", e)
try:
    s.area = 10
except AttributeError as e:
    print("AttributeError:", e)
q = Square(3)
print(q.area, q.side, isinstance(Square.area, property), Square.area is Shape.area)
q.side = 4
print(q.area, q.width)
try:
    del q.side
except AttributeError as e:
    print("AttributeError:", e)
print(Square.side.fset is not None, Square.side.fdel, Shape.width.fget.__name__)
class Blind:
    secret = property(None, lambda self, v: None)


try:
    Blind().secret
except AttributeError as e:
    print("AttributeError:", e)
Blind().secret = 5
print(type(Blind.secret).__name__, Blind.secret.fget)
