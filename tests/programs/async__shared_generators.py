# Generators shared between tasks: a plain generator in a global that every task advances,
# an async generator created by main and iterated by workers in turn, and main closing an
# async generator another task is suspended in. Each step's view of the shared frame must be
# the one the sequential loop gives it, whichever worker runs it.
import asyncio


def counter():
    n = 0
    while True:
        n += 1
        yield n


shared = counter()


async def ticket_taker(name, log):
    for _ in range(4):
        log.append((name, next(shared)))
        await asyncio.sleep(0)


async def numbers(limit):
    try:
        for i in range(limit):
            yield i
            await asyncio.sleep(0)
    finally:
        print('numbers closed at', i)


async def drain(name, agen, log):
    try:
        while True:
            v = await agen.__anext__()
            log.append(name + ':' + str(v))
    except StopAsyncIteration:
        log.append(name + ' saw the end')
    except RuntimeError as e:
        log.append(name + ' ' + str(e))


async def main():
    log = []
    await asyncio.gather(*(ticket_taker('t' + str(i), log) for i in range(5)))
    print(log)
    print('next ticket', next(shared))

    log = []
    agen = numbers(12)
    await asyncio.gather(drain('a', agen, log), drain('b', agen, log), drain('c', agen, log))
    print(log)

    log = []
    agen = numbers(100)
    task = asyncio.create_task(drain('x', agen, log))
    for _ in range(5):
        await asyncio.sleep(0)
    try:
        await agen.aclose()
    except RuntimeError as e:
        print('aclose:', e)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(log)


asyncio.run(main())
