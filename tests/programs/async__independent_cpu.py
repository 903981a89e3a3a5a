import asyncio


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        d = 2
        prime = True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
    return count


def collatz_max(limit):
    best = 0
    best_n = 0
    for n in range(1, limit):
        steps = 0
        m = n
        while m != 1:
            m = m // 2 if m % 2 == 0 else 3 * m + 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
    return best_n, best


async def job(kind, arg):
    if kind == "fib":
        return kind, arg, fib(arg)
    if kind == "primes":
        return kind, arg, count_primes(arg)
    return kind, arg, collatz_max(arg)


async def main():
    specs = [("fib", 15), ("primes", 2000), ("collatz", 1500), ("fib", 12), ("primes", 500), ("collatz", 300), ("fib", 16), ("primes", 1200)]
    results = await asyncio.gather(*[job(k, a) for k, a in specs])
    for r in results:
        print(r)
    tasks = [asyncio.create_task(job("fib", n)) for n in range(10)]
    print([(await t)[2] for t in tasks])


asyncio.run(main())
