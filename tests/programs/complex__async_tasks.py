# Tasks that first meet `complex` (and complex literals) in speculative steps: the lazy
# loading of the type waits for the oldest step, and results are CPython's.
import asyncio

totals = {"sum": 0j}


async def rotate(k, n):
    z = complex(1, 0)
    step = complex(0.6, 0.8) if k % 2 else 0.8 + 0.6j
    for _ in range(n):
        z *= step
        totals["sum"] += z
        await asyncio.sleep(0)
    return k, round(z.real, 12), round(z.imag, 12), isinstance(z, complex)


async def main():
    results = await asyncio.gather(*(rotate(k, 25) for k in range(6)))
    for r in results:
        print(r)
    s = totals["sum"]
    print(round(s.real, 9), round(s.imag, 9), type(s).__name__)


asyncio.run(main())
