import asyncio

log = []


class StepError(Exception):
    def __init__(self, step):
        super().__init__("failed at step " + str(step))
        self.step = step


async def guarded(name, fail_at):
    try:
        for step in range(3):
            log.append(name + " step " + str(step))
            if step == fail_at:
                raise StepError(step)
            await asyncio.sleep(0)
        return name + " ok"
    except StepError as e:
        log.append(name + " handling " + str(e))
        if e.step == 0:
            raise
        return name + " recovered"
    finally:
        log.append(name + " finally")


async def main():
    results = []
    for name, fail_at in [("a", -1), ("b", 1), ("c", 0)]:
        try:
            results.append(await guarded(name, fail_at))
        except StepError as e:
            results.append("main caught " + str(e) + " step=" + str(e.step))
    print(results)
    t1 = asyncio.create_task(guarded("t1", 2))
    t2 = asyncio.create_task(guarded("t2", 0))
    t3 = asyncio.create_task(guarded("t3", -1))
    print(await t1)
    try:
        await t2
    except StepError as e:
        print("t2 failed:", str(e), type(e).__name__)
    print(await t3)
    try:
        await asyncio.gather(guarded("g1", -1), guarded("g2", 0))
    except Exception as e:
        print("gather failed:", type(e).__name__, str(e))
    await asyncio.sleep(0.01)
    for line in log:
        print(line)


asyncio.run(main())
