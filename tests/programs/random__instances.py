import random

a = random.Random(42)
b = random.Random(42)
c = random.Random("forty-two")
print([a.random() for _ in range(3)])
print([b.random() for _ in range(3)])
print(c.randint(1, 100), c.gauss(), c.gauss(), c.choice("hello"))
random.seed(42)
print(random.random(), a.random(), random.Random.random(b), random.Random.randrange(b, 10))
print(type(a).__name__, isinstance(a, random.Random), type(a) is random.Random)
gens = [random.Random(i) for i in range(5)]
for step in range(4):
    print(step, [g.randrange(1000) for g in gens])
a.seed(7)
st = a.getstate()
x = [a.random() for _ in range(4)]
b.setstate(st)
y = [b.random() for _ in range(4)]
print(x == y, x)
d = random.Random()
d.seed(11)
e = random.Random(11)
print(d.random() == e.random(), d.getrandbits(90) == e.getrandbits(90))
f = random.Random(3.14)
print(f.random(), f.sample(range(50), 4), f.choices("abc", [5, 1, 1], k=5))
deck = list("abcdefghij")
random.Random(1).shuffle(deck)
print("".join(deck))
items = [random.Random(s).normalvariate(10, 3) for s in range(6)]
print(items)
print(random.Random(0).expovariate(0.5), random.Random(0).uniform(3, 4), random.Random(0).triangular(1, 5, 4))


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


g = random.Random(8)
print(g.randrange(Index(10)), g.randint(Index(1), 6), g.getrandbits(Index(12)))
