# Awaiting what cannot be awaited: CPython's TypeError and RuntimeError messages, and the
# program goes on.
import asyncio


class NonIterator:
    def __await__(self):
        return 5


made = []


class ReturnsCoroutine:
    def __await__(self):
        c = helper()
        made.append(c)
        return c


class Good:
    def __await__(self):
        return iter([])


async def helper():
    return "helper"


def plain_generator():
    yield 1


async def main():
    for what in [3, None, "text", [1], plain_generator(), asyncio.sleep]:
        try:
            await what
        except TypeError as e:
            print("TypeError:", e)
    try:
        await NonIterator()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await ReturnsCoroutine()
    except TypeError as e:
        print("TypeError:", e)
    made[0].close()  # never started: closing it silences "never awaited"
    print("good:", await Good())
    c = helper()
    print("first:", await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.ensure_future(helper())
    print("task:", await t, "again:", await t)
    try:
        asyncio.ensure_future(3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(3)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
for bad in [3, None, "main"]:
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
print("done")
