# golden-python: 3.12
# gather of eager tasks: each child's first step runs as gather wraps it, in argument order;
# the rest interleave as lazy tasks would; results in argument order.
import asyncio

order = []


async def job(n, steps):
    order.append("start %d" % n)
    print("  job", n, "starts")
    for i in range(steps):
        await asyncio.sleep(0)
        print("  job", n, "step", i + 1)
    return n * 100


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    print("gather of coroutines")
    res = await asyncio.gather(job(1, 2), job(2, 1), job(3, 3))
    print("results", res)
    print("gather of tasks created first")
    tasks = [asyncio.create_task(job(n, 4 - n)) for n in (4, 5, 6)]
    print("all created:", [t.done() for t in tasks])
    print("results", await asyncio.gather(*tasks))
    print("nested gather")
    res = await asyncio.gather(job(7, 1), asyncio.gather(job(8, 2), job(9, 1)))
    print("results", res)
    print(order)


asyncio.run(main())
