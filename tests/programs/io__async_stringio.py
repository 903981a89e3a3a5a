import asyncio
import io

log = io.StringIO()
report = io.StringIO()


async def task(name, n):
    for i in range(n):
        print(name, "step", i, file=log)
        await asyncio.sleep(0)
    log.write("%s done\n" % name)
    return log.tell()


async def summarize():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    lines = log.getvalue().splitlines()
    report.write("lines so far: %d\n" % len(lines))
    return len(lines)


async def main():
    res = await asyncio.gather(task("a", 3), task("b", 2), summarize(), task("c", 1))
    print(res)
    print(log.getvalue(), end="")
    print(report.getvalue(), end="")
    log.seek(0)
    print([line.split()[0] for line in log])


asyncio.run(main())
