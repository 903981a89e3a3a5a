import asyncio


async def sleeper(name, delay):
    print('sleep', name, delay)
    await asyncio.sleep(delay)
    print('woke', name)
    await asyncio.sleep(0)
    print('after yield', name)
    return name


async def main():
    # Well separated deadlines (equal *delays* created microseconds apart
    # may or may not fall due in the same iteration, even under CPython).
    names = await asyncio.gather(
        sleeper('a', 0.06), sleeper('b', 0.02), sleeper('c', 0),
        sleeper('d', 0.04))
    print(names)
    loop = asyncio.get_running_loop()
    # Exactly equal deadlines: the order is whatever heapq's sift gives.
    when = loop.time() + 0.02
    for i in range(11):
        loop.call_at(when, print, 'equal when', i)
    loop.call_at(when - 0.01, print, 'earlier')
    for i in range(5):
        loop.call_at(when + 0.01, print, 'later equal', i)
    fut = loop.create_future()
    loop.call_at(when + 0.08, fut.set_result, 'late')
    loop.call_soon(print, 'soon 1')
    h = loop.call_at(when - 0.005, print, 'cancelled timer')
    loop.call_soon(print, 'soon 2')
    h.cancel()
    print('result', await fut)
    r = await asyncio.sleep(0.01, result='value')
    print('sleep result', r)


asyncio.run(main())
