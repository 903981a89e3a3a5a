# Deterministic Future reprs: pending, cancelled, finished with results of many types (long
# strings, lists and dicts are shortened as reprlib does), finished with an exception.
import asyncio


class Thing:
    def __repr__(self):
        return 'Thing(' + 'x' * 40 + ')'


async def main():
    loop = asyncio.get_running_loop()
    values = [None, 0, -7, 3.5, 'short', 'a' * 50, list(range(10)), (1,), (1, 2, 3, 4, 5, 6, 7),
              {'a': 1, 'b': [1, [2, [3, [4, [5, [6, [7]]]]]]]}, {1, 2, 3}, set(), {}, b'bytes',
              10 ** 50, Thing(), True, frozenset({4, 5}), [[[[[[[[1]]]]]]]]]
    for v in values:
        f = loop.create_future()
        f.set_result(v)
        print(repr(f))
    f = loop.create_future()
    print(repr(f))
    f.cancel()
    print(repr(f))
    f = loop.create_future()
    f.set_exception(ValueError('bad ' * 20))
    print(repr(f))
    f.exception()
    print(str(f) == repr(f))


asyncio.run(main())
