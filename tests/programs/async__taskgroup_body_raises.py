# The body of the async with raises: the children are cancelled and the body's error is
# raised in the group, after the errors of any failed children.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def failing_child():
    await asyncio.sleep(0)
    raise KeyError("child")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 1))
            raise ValueError("body")
    except ExceptionGroup as eg:
        print("1:", repr(eg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing_child())
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            raise ValueError("body after child")
    except ExceptionGroup as eg:
        print("2:", repr(eg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("b", 0))
            await asyncio.sleep(0.01)
            raise ZeroDivisionError("late body")
    except* ZeroDivisionError as eg:
        print("3:", repr(eg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c", 1))
            raise asyncio.CancelledError()
    except asyncio.CancelledError:
        print("4: CancelledError propagates as is")

    try:
        async with asyncio.TaskGroup():
            raise TypeError("empty group")
    except ExceptionGroup as eg:
        print("5:", repr(eg))


asyncio.run(main())
