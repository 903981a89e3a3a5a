# A metaclass tracking live instance counts per class and a class-level id allocator;
# tasks create instances of several classes concurrently and conflict on the counters.
import asyncio


class Tracked(type):
    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)
        obj.serial = cls.next_serial()
        type(cls).created[cls.__name__] = type(cls).created.get(cls.__name__, 0) + 1
        return obj

    created = {}

    def next_serial(cls):
        cls._serial = getattr(cls, "_serial", 0) + 1
        return cls._serial


class Widget(metaclass=Tracked):
    def __init__(self, label):
        self.label = label


class Button(Widget):
    def __init__(self, label, action):
        super().__init__(label)
        self.action = action


class Slider(Widget):
    pass


async def build(kind, n):
    made = []
    for i in range(n):
        if kind is Button:
            made.append(kind(f"b{i}", action=i))
        else:
            made.append(kind(f"{kind.__name__[0].lower()}{i}"))
        if i % 2:
            await asyncio.sleep(0)
    return [(w.label, w.serial) for w in made]


async def main():
    res = await asyncio.gather(build(Widget, 4), build(Button, 5), build(Slider, 3), build(Button, 2))
    for r in res:
        print(r)
    print(sorted(Tracked.created.items()))
    print(Widget._serial, Button._serial, Slider._serial)
    serials = sorted(s for r in res[1] + res[3] for _, s in [r])
    print(serials)
    print(type(Button).__name__, isinstance(Button("z", 0), Widget), Button._serial)


asyncio.run(main())
