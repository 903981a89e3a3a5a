import random

colors = ["red", "green", "blue", "cyan", "magenta", "yellow", "black"]
for s in range(25):
    random.seed(s)
    deck = list(range(20))
    random.shuffle(deck)
    print(s, random.choice(colors), random.choice("abcdef"), random.choice(range(100, 200, 3)), random.choice((1, 2)), deck)
    print("  sample", random.sample(colors, 3), random.sample(range(1000), 5), random.sample(range(10 ** 12), 3),
          random.sample(range(30), 30)[:6], random.sample("xyz", 0), random.sample(range(100000), 12)[:4])
    print("  counts", random.sample(["a", "b", "c"], counts=[3, 1, 5], k=6))
    print("  choices", random.choices(colors, k=4), random.choices(colors, weights=[1, 0, 3, 0, 5, 2, 1], k=5),
          random.choices("ab", cum_weights=[0.25, 1.0], k=6), random.choices([1, 2, 3]))
    print("  floats", random.uniform(1, 10), random.uniform(-2.5, 2.5), random.uniform(5, 5), random.triangular(),
          random.triangular(0, 10, 2), random.triangular(3, 3, 3), random.triangular(10, 0))
    print("  normal", random.gauss(), random.gauss(100, 15), random.gauss(mu=1, sigma=0), random.normalvariate(),
          random.normalvariate(5, 2), random.lognormvariate(0, 0.5))
    print("  other", random.expovariate(1.5), random.expovariate(2), random.paretovariate(3), random.weibullvariate(1, 2),
          random.randint(-10 ** 20, 10 ** 20), random.random())
big = list(range(2000))
random.seed(2024)
random.shuffle(big)
print(sum(i * v for i, v in enumerate(big)), big[:10])
print(random.sample(big, 60)[-5:])
r = random.Random(5)
nested = [[1, 2], [3, 4], [5, 6]]
r.shuffle(nested)
print(nested, r.choice(nested))
