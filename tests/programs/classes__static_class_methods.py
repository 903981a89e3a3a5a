class Counter:
    created = 0

    def __init__(self):
        Counter.created += 1

    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]

    @staticmethod
    def describe(n):
        return "counter x" + str(n)

    @classmethod
    def total(cls):
        return cls.__name__ + " made " + str(cls.created)


class Sub(Counter):
    pass


Counter.make(2)
Sub.make(3)
print(Counter.total(), Sub.total(), Sub().total())
print(Counter.describe(4), Sub().describe(5))
f = Sub.make
print(len(f(1)), Counter.created)
print(type(Counter.__dict__ if False else Counter.describe).__name__)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)


class Holder:
    length = sm
    who = cm


print(Holder.length("abc"), Holder().length([1]), Holder.who(), Holder().who())
