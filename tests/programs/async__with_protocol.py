# async with: __aenter__/__aexit__ awaited, exceptions offered to __aexit__, early exits.
import asyncio

events = []


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        events.append(f"enter {self.name}")
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        kind = exc_type.__name__ if exc_type else None
        events.append(f"exit {self.name} {kind} {exc!r}")
        return self.suppress


class FailingEnter:
    async def __aenter__(self):
        raise RuntimeError("enter failed")

    async def __aexit__(self, *args):
        events.append("never called")


def flush(label):
    print(label, events)
    events.clear()


async def plain():
    async with Resource("a") as a:
        events.append(f"body {a}")
    flush("plain")


async def nested():
    async with Resource("outer") as o, Resource("inner") as i:
        events.append(f"body {o} {i}")
    async with (
        Resource("p1") as p1,
        Resource("p2"),
    ):
        events.append(f"paren {p1}")
    flush("nested")


async def suppressed():
    async with Resource("s", suppress=True):
        raise ValueError("swallowed")
    events.append("after suppressed")
    try:
        async with Resource("n"):
            raise KeyError("kept")
    except KeyError as e:
        events.append(f"caught {e!r}")
    flush("suppressed")


async def early_exits():
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    flush("break/continue")

    async def returns():
        async with Resource("r") as r:
            return f"returned {r}"

    events.append(await returns())
    flush("return")


async def enter_fails():
    try:
        async with FailingEnter():
            events.append("body never runs")
    except RuntimeError as e:
        events.append(f"caught {e}")
    flush("enter fails")


async def not_a_manager():
    for obj in (42, Resource):
        try:
            async with obj:
                pass
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)


async def main():
    await plain()
    await nested()
    await suppressed()
    await early_exits()
    await enter_fails()
    await not_a_manager()


asyncio.run(main())
