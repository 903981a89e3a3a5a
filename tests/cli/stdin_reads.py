import asyncio
import sys


async def reader(tag, n):
    got = []
    for _ in range(n):
        got.append(input(f"[{tag}] "))
        await asyncio.sleep(0)
    return tag, got


async def main():
    results = await asyncio.gather(reader("a", 2), reader("b", 2))
    print()
    print(results)
    print(repr(sys.stdin.readline()))
    print([line for line in sys.stdin])
    try:
        input("last? ")
    except EOFError as e:
        print("EOFError:", e)


asyncio.run(main())
