# Tasks share dicts and sets key by key: each writes its own keys (blind writes), reads keys
# others write (earlier and later in the same iteration), checks membership and sizes, and some
# fight over one key. Also: setdefault, a key rewritten with the same object, a user-hashed
# key, deletion and iteration while others insert, and a KeyError that depends on order.
import asyncio

results = {}
seen = set()
shared = {"hot": 0, "cold": "x"}
order = []


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name

    def __repr__(self):
        return f"Key({self.name})"


def work(n):
    acc = n
    for k in range(1500):
        acc = (acc * 33 + k) % 1000003
    return acc


async def writer(n):
    for r in range(3):
        v = work(n * 10 + r)
        results[(n, r)] = v % 1000
        seen.add(v % 7)
        if (n - 1, r) in results:
            order.append(("saw-left", n, r, results[(n - 1, r)]))
        if (n + 1, r) in results:
            order.append(("saw-right", n, r))
        order.append(("len", n, r, len(results), len(seen)))
        await asyncio.sleep(0)


async def fighter(n):
    for r in range(4):
        work(n + r)
        shared["hot"] = shared["hot"] + n
        shared.setdefault(f"first-{r}", n)
        shared["cold"] = shared["cold"]  # same object again
        await asyncio.sleep(0)


async def user_keys(n):
    registry = results.setdefault("registry", {})
    for r in range(2):
        work(n)
        registry[Key(f"k{r}")] = registry.get(Key(f"k{r}"), 0) + n
        await asyncio.sleep(0)


async def deleter():
    for r in range(3):
        await asyncio.sleep(0)
        try:
            del results[(r, r)]
            order.append(("deleted", r))
        except KeyError as e:
            order.append(("missing", repr(e)))


async def iterator():
    for r in range(3):
        keys = [k for k in results if isinstance(k, tuple)]
        order.append(("iter", r, len(keys), keys[:3]))
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(
        *(writer(n) for n in range(8)),
        *(fighter(n) for n in range(1, 5)),
        *(user_keys(n) for n in range(3)),
        deleter(),
        iterator(),
    )
    for entry in order:
        print(entry)
    print(sorted(k for k in results if isinstance(k, tuple)))
    print(list(results.items())[:5])
    print(sorted(seen), shared)
    print(results["registry"])


asyncio.run(main())
