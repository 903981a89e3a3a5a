# cancel(msg) on the innermost future of a chain task -> task -> future: the message reaches
# every level; result() of a cancelled task gives the stored error once, then a fresh one
# without the message; exception() raises on cancelled; cancel() of a done future is False.
import asyncio


async def leaf(fut):
    try:
        return await fut
    except asyncio.CancelledError as e:
        print('leaf sees', e.args)
        raise


async def middle(fut):
    t = asyncio.create_task(leaf(fut))
    try:
        return await t
    except asyncio.CancelledError as e:
        print('middle sees', e.args, t.cancelled())
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    top = asyncio.create_task(middle(fut))
    for _ in range(3):
        await asyncio.sleep(0)
    print(fut.cancel('innermost'), fut.cancel('again'))
    try:
        await top
    except asyncio.CancelledError as e:
        print('main sees', e.args)
    for label, fn in [('result', top.result), ('result again', top.result),
                      ('exception', top.exception), ('fut result', fut.result),
                      ('fut exception', fut.exception)]:
        try:
            fn()
        except asyncio.CancelledError as e:
            print(label, 'CancelledError', e.args)

    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t.cancel('first msg'), t.cancel('second msg'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('sleep task', e.args, t.cancelled())

    t2 = asyncio.create_task(asyncio.sleep(0))
    print(t2.cancel('before start'))
    try:
        await t2
    except asyncio.CancelledError as e:
        print('never started', e.args)

    done = loop.create_future()
    done.set_result(1)
    print(done.cancel('late'), done.cancelled(), done.result())


asyncio.run(main())
