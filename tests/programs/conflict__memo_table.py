# A memo table shared by tasks computing overlapping values: whoever runs first fills it,
# later readers hit it. The hit/miss log must be the single-core one.
import asyncio

memo = {0: 0, 1: 1}
log = []


def fib(n):
    if n in memo:
        log.append(("hit", n))
        return memo[n]
    value = fib(n - 1) + fib(n - 2)
    memo[n] = value
    log.append(("miss", n))
    return value


async def ask(name, ns):
    for n in ns:
        print(name, n, fib(n))
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(ask("a", [10, 20, 5]), ask("b", [15, 21, 3]), ask("c", [25, 2]))
    print(len(memo), sum(1 for kind, _ in log if kind == "miss"), len(log))


asyncio.run(main())
