import random

seeds = [0, 1, 2, 42, -42, 7, 12345, 2 ** 32 - 1, 2 ** 32, 2 ** 64 + 5, -(3 ** 100), 10 ** 40, True, 1.0, 2.5, -0.1, 1e300, "hello", "", "sp\u00e9cloop \u2603"]
for s in seeds:
    random.seed(s)
    print(repr(s)[:30], random.random(), random.random(), random.getrandbits(7), random.getrandbits(33),
          random.getrandbits(64), random.getrandbits(65), random.getrandbits(200))
for s in range(40):
    random.seed(s)
    print(s, [random.randrange(10) for _ in range(8)], random.randint(1, 6), random.randrange(0, 2 ** 70),
          random.randrange(-50, 50, 7), random.randrange(100, 0, -3), random.getrandbits(0))
random.seed("abc", version=1)
print(random.random())
random.seed(99)
print(random.random())
random.seed(3)
st = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(st)
b = [random.random() for _ in range(5)]
print(a == b, st[0], len(st[1]), st[1][-1], st[2])
g = random.gauss()
st = random.getstate()
print(g, st[2] is not None, st[2] == random.gauss(), random.getstate()[2])
