# Tasks updating shared objects through vars() / __dict__ and setattr/getattr/delattr, with
# __getattr__ fallbacks; attribute listings force the steps to run in order.
import asyncio


class Config:
    def __init__(self):
        self.version = 1

    def __getattr__(self, name):
        return f"<default {name}>"


cfg = Config()


async def writer(i):
    await asyncio.sleep(0)
    vars(cfg)[f"opt{i}"] = i * i
    setattr(cfg, "version", cfg.version + 1)
    await asyncio.sleep(0)
    if i % 2:
        delattr(cfg, f"opt{i}")
    return sorted(k for k in vars(cfg) if k.startswith("opt"))


async def main():
    seen = await asyncio.gather(*(writer(i) for i in range(6)))
    for s in seen:
        print(s)
    print(cfg.version, sorted(vars(cfg).items()), cfg.unset, getattr(cfg, "opt2"))
    print([n for n in dir(cfg) if not n.startswith("_")])


asyncio.run(main())
