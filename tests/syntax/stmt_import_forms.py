import math
import math as m, time
from math import floor, ceil as c
from math import (
    sqrt,
    pi,
)
print(math.floor(2.5), m.floor(1.5), floor(3.5), c(1.2), sqrt(16), round(pi, 2))
def f():
    import random
    return random.__name__
print(f())
