import math
import random

random.seed(1)
print(random.randrange(1), random.random(), random.randint(5, 5), random.random())
print(random.choice([42]), random.sample([1], 1), random.choices([7], k=3), random.random())
print(math.comb(2 ** 64 - 1, 0), math.perm(2 ** 64 - 1, 0), math.comb(2 ** 64 - 1, 2 ** 64 - 1), math.perm(3, 0))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(63), random.getrandbits(64))
x = []
random.shuffle(x)
y = [1]
random.shuffle(y)
print(x, y, random.random())
print(random.sample(range(5), 5), random.sample(range(22), 22)[:3], random.sample(range(100), 6))
print(random.uniform(10, 1), random.triangular(5, 1), random.choices(range(3), cum_weights=[1, 1, 2], k=4))
print(random.randrange(10 ** 30, 10 ** 30 + 3), random.randrange(-(10 ** 25), 0, 10 ** 24))
try:
    random.getrandbits(2 ** 31)
except OverflowError as e:
    print("OverflowError", e)
