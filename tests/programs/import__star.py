from modlib.star import *
from modlib.base import *

print(public_a, _listed_private, LIMIT, double(4))
try:
    print(public_b)
except NameError as e:
    print("NameError:", e)
try:
    print(_hidden)
except NameError as e:
    print("NameError:", e)
print(Shape().describe(), loads)
