# Cooperative multiple inheritance: C3 linearisation, super() chains through a diamond,
# __mro__ and mro(), an inconsistent hierarchy refused, and class attribute shadowing.


class Base:
    def __init__(self, **kw):
        self.trail = ["Base"]
        self.extra = kw

    def who(self):
        return ["Base"]


class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.trail.append("Left")
        self.left = left

    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.trail.append("Right")
        self.right = right

    def who(self):
        return ["Right"] + super().who()


class Bottom(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Bottom")

    def who(self):
        return ["Bottom"] + super().who()


b = Bottom(left=1, right=2, other=3)
print(b.trail, b.left, b.right, b.extra)
print(b.who())
print([c.__name__ for c in Bottom.__mro__])
print([c.__name__ for c in Bottom.mro()])
print(super(Left, b).who(), super(Right, b).who())
print(isinstance(b, Right), issubclass(Bottom, Base), Bottom.__bases__ == (Left, Right))


class X:
    pass


class Y(X):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)


class A:
    tag = "A"

    def hello(self):
        return "A.hello " + self.tag


class B(A):
    tag = "B"


class C(A):
    def hello(self):
        return "C.hello / " + super().hello()


class D(B, C):
    pass


d = D()
print(d.hello(), D.tag, [k.__name__ for k in D.__mro__])
d.tag = "inst"
print(d.hello(), D.tag)
del d.tag
print(d.hello())
print(type(d).__mro__[2].__name__, D.__mro__[-1] is object)
