# A metaclass registry and a singleton metaclass shared by tasks: classes created inside
# tasks, instances counted by the metaclass's __call__, __init_subclass__ hooks firing.
import asyncio


class Registry(type):
    registry = {}
    calls = 0

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        Registry.registry[name] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        Registry.calls += 1
        return super().__call__(*args, **kwargs)


class Handler(metaclass=Registry):
    seen = []

    def __init_subclass__(cls, kind="generic", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Handler.seen.append(cls.__name__)

    def __init__(self, payload):
        self.payload = payload

    def handle(self):
        return f"{type(self).__name__}[{self.kind}]({self.payload})"


async def make_handler(i):
    await asyncio.sleep(0)
    kind = "even" if i % 2 == 0 else "odd"
    ns = {"extra": i}
    cls = Registry(f"H{i}", (Handler,), ns)
    cls.kind = kind
    await asyncio.sleep(0)
    results = [cls(j).handle() for j in range(2)]
    return results


class Special(Handler, kind="special"):
    pass


async def main():
    out = await asyncio.gather(*(make_handler(i) for i in range(5)))
    for r in out:
        print(r)
    print(sorted(Registry.registry), Registry.calls, Handler.seen)
    print(Special(1).handle(), type(Special).__name__, Registry.calls)


asyncio.run(main())
