# Type introspection: type(), __class__, __mro__, __bases__, __name__, __qualname__,
# isinstance/issubclass with tuples and metaclasses, callable(), class identity.


class Meta(type):
    pass


class A:
    class Inner:
        def method(self):
            pass


class B(A):
    pass


class C(A, metaclass=Meta):
    pass


class D(B, C):
    pass


for cls in (A, B, C, D, A.Inner):
    print(cls.__name__, cls.__qualname__, [k.__name__ for k in cls.__mro__],
          [k.__name__ for k in cls.__bases__], type(cls).__name__)
d = D()
print(type(d) is D, d.__class__ is D, isinstance(d, (int, C)), issubclass(D, (B, str)))
print(isinstance(D, Meta), isinstance(A, Meta), issubclass(Meta, type), isinstance(Meta, type))
print(type(type(d)) is Meta, type(A.Inner.method).__name__, A.Inner.method.__qualname__)
print(callable(D), callable(d), callable(len), callable(A.Inner().method), callable(3))
print(type(1) is int, type(True) is bool, type(None).__name__, type(print).__name__)
print(isinstance(True, int), issubclass(bool, int), isinstance([], (tuple, list)))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
X = type("X", (D,), {"v": 1})
print(X.__name__, type(X).__name__, [k.__name__ for k in X.__mro__], X().v)
