# The name `complex`: the built-in type, found through builtins, shadowable, and literals that
# do not depend on the name.
import builtins

print(builtins.complex is complex, type(1j) is complex, complex.__name__, complex.__module__)
print(hasattr(builtins, "complex"), getattr(builtins, "complex")(1, 1), isinstance(2j, (int, complex)))
print(issubclass(complex, object), issubclass(bool, complex), complex.__mro__)


class Sub(complex):
    def describe(self):
        return "Sub(%r, %r)" % (self.real, self.imag)


s = Sub(1, 2)
print(type(s).__name__, s.describe(), s + 1, type(s + 1).__name__, isinstance(s, complex), s == 1 + 2j)


def shadowed():
    complex = "not the type"
    return complex, 3j, type(3j).__name__


print(shadowed())
complex = int
print(complex("5"), 4j, type(4j).__name__)
del complex
print(complex(6))
