class Shape:
    count = 0
    sides = 0
    kind = "shape"

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return self.name + " sides=" + str(self.sides) + " area=" + str(self.area())


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    kind = "square"

    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Triangle(Shape):
    sides = 3

    def __init__(self, b, h):
        super().__init__("triangle")
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h / 2


shapes = [Rect(3, 4), Square(5), Triangle(6, 2), Shape("blob")]
for s in shapes:
    print(s.describe())
print(Shape.count, Rect.count, Square.count, shapes[0].count)
print([s.kind for s in shapes], Square.kind, Rect.kind)
print(isinstance(shapes[1], Square), isinstance(shapes[1], Rect), isinstance(shapes[1], Shape))
print(isinstance(shapes[0], Square), isinstance(shapes[2], Rect), isinstance(3, Shape))
print(shapes[1].perimeter(), Rect.perimeter(shapes[1]), Shape.describe(shapes[2]))
print(type(shapes[1]).__name__, type(shapes[2]).__name__)
sq = shapes[1]
sq.sides = 99
print(sq.sides, Square.sides, Rect.sides, shapes[0].sides)
Rect.sides = 40
print(sq.sides, Square.sides, shapes[0].sides, Triangle.sides)
total = 0
for s in shapes:
    total += s.area()
print(total, max(shapes, key=lambda s: s.area()).name, sorted([s.area() for s in shapes]))
method = shapes[0].area
shapes[0].w = 10
print(method(), shapes[0].describe())


class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def to_list(self):
        out = []
        node = self.head
        while node is not None:
            out.append(node.value)
            node = node.next
        return out


ll = LinkedList()
for v in range(5):
    ll.push(v * v)
print(ll.to_list(), ll.size, ll.head.next.value)


class Base:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b

    def show(self):
        return type(self).__name__ + ":" + str(self.total())


class Child(Base):
    def __init__(self, a, c):
        super().__init__(a, b=10)
        self.c = c

    def total(self):
        return super().total() * self.c


print(Base(1).show(), Child(1, 3).show(), Base(4, 5).total())
