# __init_subclass__ with keyword arguments builds a plugin registry; tasks look plugins up
# by name and run them against shared state, some defining subclasses while running.
import asyncio


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

    def run(self, state):
        state.append(self.plugin_name)
        return len(state)


class Upper(Plugin, name="up", priority=2):
    def run(self, state):
        state.append("UP")
        return super().run(state)


class Counter(Plugin, priority=1):
    count = 0

    def run(self, state):
        Counter.count += 1
        return super().run(state)


state = []


async def use(names):
    out = []
    for n in names:
        out.append(Plugin.registry[n]().run(state))
        await asyncio.sleep(0)
    return out


async def define(n):
    await asyncio.sleep(0)
    for i in range(n):
        type(f"Gen{i}", (Counter,), {}, name=f"gen{i}", priority=10 + i)
    return sorted(Plugin.registry)


async def main():
    res = await asyncio.gather(use(["up", "counter", "up"]), define(3), use(["counter"] * 3))
    print(res[1])
    print(len(state), sorted(state), Counter.count)
    print(sorted((c.priority, c.plugin_name) for c in Plugin.registry.values()))
    print(Plugin.registry["gen1"].__mro__[1].__name__, Plugin.registry["gen2"]().run([]))
    try:
        class Bad(Plugin, colour="red"):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
