import math
import random

random.seed(4)
vals = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 1e-300, 3e-9, 2.0 ** 28, 2.0 ** 28 + 1, 1e300, math.inf, -math.inf,
        math.nan, 0.9999999999999999, 1.0000000000000002, 2.0000000000000004]
for i in range(200):
    vals.append([random.uniform(-1, 1), random.uniform(-3, 3), random.gauss(0, 1e9),
                 math.ldexp(random.random(), random.randint(-60, 60)), 1 + random.random() * 2][i % 5])
for name in ["asinh", "acosh", "atanh", "sinh", "cosh", "tanh"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
