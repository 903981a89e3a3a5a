from .base import Shape, double
from . import base


class Square(Shape):
    sides = 4


class Triangle(Shape):
    sides = 3


def total_sides(shapes):
    return sum(s.sides for s in shapes) + double(0) + base.LIMIT - 10
