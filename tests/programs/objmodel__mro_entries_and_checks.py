class Base:
    pass


class Alias:
    def __mro_entries__(self, bases):
        print("entries for", [getattr(b, "__name__", "alias") for b in bases])
        return (Base,)


class C(Alias(), int):
    pass


print(C.__mro__, [getattr(b, "__name__", "alias") for b in C.__orig_bases__], C.__bases__)


def factory():
    pass


factory.__mro_entries__ = lambda bases: (dict,)


class D(factory):
    pass


print(D.__mro__, D(a=1))


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class E(Bad()):
        pass
except TypeError as e:
    print("TypeError", e)


class Meta(type):
    __call__ = list

    def __instancecheck__(cls, obj):
        return obj == "yes"

    def __subclasscheck__(cls, sub):
        return sub is int


class Odd(metaclass=Meta):
    pass


print(Odd("ab"), type(Odd()), isinstance("yes", Odd), isinstance("no", Odd), isinstance(1, (str, Odd)))
print(issubclass(int, Odd), issubclass(str, Odd), isinstance(Odd, Meta))
