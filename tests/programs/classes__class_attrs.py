class Counter:
    instances = 0
    registry = []
    step = 1

    def __init__(self, label):
        self.label = label
        self.value = 0
        Counter.instances += 1
        Counter.registry.append(label)

    def tick(self):
        self.value += self.step
        return self.value


class FastCounter(Counter):
    step = 5


a = Counter("a")
b = FastCounter("b")
c = FastCounter("c")
for _ in range(3):
    a.tick()
    b.tick()
c.tick()
print(a.value, b.value, c.value, Counter.instances, FastCounter.instances)
print(Counter.registry, FastCounter.registry is Counter.registry)
FastCounter.instances += 100
print(Counter.instances, FastCounter.instances, a.instances, b.instances)
Counter.step = 2
print(a.tick(), b.tick(), c.step, a.step)
c.step = 0
print(c.tick(), c.tick(), b.step, FastCounter.step)


class Config:
    WIDTH = 80
    HEIGHT = 24
    NAMES = ["x", "y"]
    TABLE = {"x": 1, "y": 2}

    def area(self):
        return self.WIDTH * self.HEIGHT


cfg = Config()
print(cfg.area(), Config.WIDTH, Config.NAMES[1], Config.TABLE["y"])
Config.WIDTH = 100
print(cfg.area(), cfg.WIDTH)
cfg.HEIGHT = 1
print(cfg.area(), Config().area(), Config.HEIGHT)
Config.TABLE["z"] = 3
print(cfg.TABLE, Config().TABLE)


class Temperature:
    unit = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    def to_f(self):
        return self.degrees * 9 / 5 + 32

    def warmer(self, other):
        return self.degrees > other.degrees


temps = [Temperature(d) for d in [21.5, -3, 37, 0]]
print([t.to_f() for t in temps], temps[0].warmer(temps[1]), temps[1].warmer(temps[2]))
hottest = max(temps, key=lambda t: t.degrees)
print(hottest.degrees, hottest.unit, [t.degrees for t in sorted(temps, key=lambda t: t.to_f())])
