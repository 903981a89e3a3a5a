import asyncio
import sys

print(sys.maxsize, sys.maxsize == 2**63 - 1, type(sys.maxsize).__name__)
print(sys.version.startswith("3.11"), type(sys.version).__name__)
print(sys.platform, sys.byteorder)
fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.radix, fi.rounds)
print(fi[0] == fi.max, fi[-1], len(fi), isinstance(fi, tuple), fi[6:8], type(fi).__name__)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major)
print(isinstance(sys.implementation.name, str), sys.implementation.version[:2])
print(type(sys.stdin).__name__, sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__)

import math
print("math" in sys.modules, sys.modules["math"].sqrt(9.0), isinstance(sys.modules, dict))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
try:
    import no_such_module_for_sys
except ImportError as e:
    print(type(e).__name__, "no_such_module_for_sys" in sys.modules)


def current():
    t, v, tb = sys.exc_info()
    return t.__name__ if t else None, v


print(sys.exc_info())
try:
    {}["k"]
except KeyError as e:
    print(current(), sys.exc_info()[1] is e)
    try:
        int("x")
    except ValueError:
        print(current())
    print(current())
    try:
        pass
    finally:
        print("finally", current()[0])
print(current())


def gen():
    try:
        raise IndexError("in gen")
    except IndexError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


print(list(gen()))


async def task(name):
    try:
        raise RuntimeError(name)
    except RuntimeError:
        await asyncio.sleep(0)
        return name, str(sys.exc_info()[1])


async def main():
    print(await asyncio.gather(task("a"), task("b")))
    print(sys.exc_info())


asyncio.run(main())
