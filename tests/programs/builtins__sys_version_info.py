# sys.version_info: a tuple with named fields; comparisons, slicing, unpacking, repr.
import sys

vi = sys.version_info
print(vi >= (3, 8), vi[:2], vi.major, vi.minor, vi < (4,), vi > (3,), vi == tuple(vi))
print(isinstance(vi, tuple), len(vi), vi[0] == 3, vi[-1], vi.serial, vi.releaselevel)
major, minor, *rest = vi
print(major, minor, rest[1:], type(vi).__name__, list(vi)[:2])
if sys.version_info >= (3, 10):
    print("match statements available")
if sys.version_info < (3, 0):
    print("python 2?")
print(tuple(vi)[:2], vi[:2] == (3, 11), vi.major * 100 + vi.minor, "%d.%d" % vi[:2])
print(max(vi[:3]), sorted(vi[:3]), (3, 11) in {vi[:2]}, f"{vi.major}.{vi.minor}")
