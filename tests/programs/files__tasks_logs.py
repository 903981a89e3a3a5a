# Several asyncio tasks append to one shared log file and to their own files; the file
# operations run in sequential order, so the log reads back exactly as CPython writes it.
import asyncio
import os
import tempfile

d = tempfile.mkdtemp(prefix="specloop-tasks-")
shared = os.path.join(d, "shared.log")
totals = {"lines": 0}


async def worker(name, n):
    own = os.path.join(d, f"{name}.txt")
    with open(own, "w") as f:
        for i in range(n):
            f.write(f"{name} item {i}\n")
            with open(shared, "a") as log:
                log.write(f"{name}:{i}\n")
            totals["lines"] += 1
            await asyncio.sleep(0)
    return own


async def reader(path):
    count = 0
    with open(path) as f:
        async_lines = [line.strip() for line in f]
    for line in async_lines:
        count += len(line)
        await asyncio.sleep(0)
    return path.rsplit("/", 1)[-1], len(async_lines), count


async def main():
    open(shared, "w").close()
    paths = await asyncio.gather(worker("a", 3), worker("b", 5), worker("c", 2))
    with open(shared) as log:
        print(log.read().split())
    print("lines", totals["lines"])
    results = await asyncio.gather(*(reader(p) for p in paths + [shared]))
    for r in results:
        print(*r)

    # Tasks racing to update one counter file: each reads, awaits, then writes.
    counter = os.path.join(d, "counter.txt")
    with open(counter, "w") as f:
        f.write("0")

    async def bump(times):
        for _ in range(times):
            with open(counter) as f:
                v = int(f.read())
            await asyncio.sleep(0)
            with open(counter, "w") as f:
                f.write(str(v + 1))

    await asyncio.gather(bump(3), bump(3), bump(2))
    with open(counter) as f:
        print("counter", f.read(), "(lost updates are part of the sequential story)")


try:
    asyncio.run(main())
finally:
    for name in sorted(os.listdir(d)):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
print("clean", not os.path.exists(d))
