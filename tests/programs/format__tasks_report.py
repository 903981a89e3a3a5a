# Tasks update shared statistics; a reporter task formats them with str.format, format()
# and f-strings while they run.
import asyncio

stats = {"requests": 0, "bytes": 0, "latency": 0.0, "errors": 0}
rows = []


class Rate:
    def __init__(self, num, den):
        self.num = num
        self.den = den

    def __format__(self, spec):
        value = self.num / self.den if self.den else 0.0
        return format(value, spec or ".3f")


async def client(cid, sizes):
    for i, size in enumerate(sizes):
        stats["requests"] += 1
        stats["bytes"] += size
        stats["latency"] += size / 1000 + cid * 0.125
        if size % 7 == 0:
            stats["errors"] += 1
        await asyncio.sleep(0)


async def reporter(ticks):
    header = "{:>4} | {:>8} | {:>12} | {:>9} | {:>7}".format("tick", "requests", "bytes", "avg ms", "err%")
    rows.append(header)
    rows.append("-" * len(header))
    for t in range(ticks):
        n = stats["requests"]
        rows.append(
            "{tick:>4} | {n:>8,} | {b:>12_} | {avg:>9} | {err:>7.1%}".format(
                tick=t,
                n=n,
                b=stats["bytes"],
                avg=format(Rate(stats["latency"], n), ".4f"),
                err=stats["errors"] / n if n else 0,
            )
        )
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(
        client(1, [100, 2048, 14, 777]),
        client(2, [49, 4096, 1, 2, 3]),
        client(3, [70000, 21]),
        reporter(7),
    )
    for r in rows:
        print(r)
    total = stats["requests"]
    print(f"{'total':*^20}")
    print(f"{total=} {stats['bytes']=:,} {Rate(stats['errors'], total):.2%}")
    print("{0[requests]:#x} {0[bytes]:#o} {0[errors]:#b}".format(stats))
    print("{:e} | {:G} | {:+.3g}".format(stats["latency"], stats["latency"] * 1e6, -stats["latency"]))


asyncio.run(main())
