# A child fails while the body and other children sleep: the body's await is cancelled,
# the other children are cancelled (their finally blocks run), then the group raises.
import asyncio


async def sleeper(name, results):
    try:
        await asyncio.sleep(5)
    finally:
        results.append(name)


async def boom():
    await asyncio.sleep(0.05)
    raise OSError("disk on fire")


async def main():
    results = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(sleeper(f"s{i}", results))
            tg.create_task(boom())
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("body's sleep cancelled")
                raise
    except* OSError as e:
        print("caught", repr(e))
    print(sorted(results))
    print("quick:", loop.time() - start < 1)
    # The parent is usable again afterwards.
    await asyncio.sleep(0.01)
    print("parent continues")


asyncio.run(main())
