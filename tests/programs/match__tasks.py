# Several asyncio tasks dispatch commands with match against a shared state.
import asyncio


class Deposit:
    __match_args__ = ("account", "amount")

    def __init__(self, account, amount):
        self.account = account
        self.amount = amount


class Transfer:
    __match_args__ = ("src", "dst", "amount")

    def __init__(self, src, dst, amount):
        self.src = src
        self.dst = dst
        self.amount = amount


accounts = {"a": 100, "b": 50, "c": 0}
log = []
rejected = {"count": 0}


def apply(cmd):
    match cmd:
        case Deposit(acct, amt) if amt > 0:
            accounts[acct] = accounts.get(acct, 0) + amt
            return f"deposit {acct} {amt}"
        case Deposit(_, amt):
            rejected["count"] += 1
            return f"bad deposit {amt}"
        case Transfer(src, dst, amt) if accounts.get(src, 0) >= amt:
            accounts[src] -= amt
            accounts[dst] = accounts.get(dst, 0) + amt
            return f"transfer {src}->{dst} {amt}"
        case Transfer(src, _, amt):
            rejected["count"] += 1
            return f"insufficient {src} for {amt}"
        case ("close", name) | ["close", name]:
            bal = accounts.pop(name, None)
            return f"closed {name} with {bal}"
        case {"op": "audit", "accounts": [*names]}:
            return "audit " + ",".join(f"{n}={accounts.get(n)}" for n in names)
        case {"op": op, **extra}:
            return f"unknown op {op} extra={sorted(extra)}"
        case _:
            rejected["count"] += 1
            return f"unparsed {cmd!r}"


async def worker(name, cmds, delay):
    for i, cmd in enumerate(cmds):
        msg = apply(cmd)
        log.append((name, i, msg))
        await asyncio.sleep(delay)


async def main():
    t1 = asyncio.create_task(worker("w1", [
        Deposit("a", 10), Transfer("a", "b", 30), Deposit("d", -5),
        ("close", "c"), {"op": "audit", "accounts": ["a", "b", "d"]},
    ], 0))
    t2 = asyncio.create_task(worker("w2", [
        Transfer("b", "c", 500), Deposit("c", 7), ["close", "b"],
        {"op": "freeze", "who": "a", "why": "test"}, 42,
    ], 0))
    t3 = asyncio.create_task(worker("w3", [
        Transfer("a", "d", 20), Transfer("d", "a", 5), Deposit("e", 1),
        {"op": "audit", "accounts": ["a", "d", "e"]},
    ], 0))
    await asyncio.gather(t1, t2, t3)
    for entry in log:
        print(*entry)
    print("accounts", sorted(accounts.items()))
    print("rejected", rejected["count"])

    # A match in each task over a shared queue of work items.
    q = asyncio.Queue()
    for item in [1, "two", [3, 4], {"five": 5}, (6,), None, 7.5, [8, 9, 10]]:
        q.put_nowait(item)
    seen = []

    async def consumer(tag):
        while not q.empty():
            item = q.get_nowait()
            match item:
                case int() | float() as n:
                    seen.append(f"{tag}:num:{n}")
                case str(s):
                    seen.append(f"{tag}:str:{s}")
                case [x]:
                    seen.append(f"{tag}:single:{x}")
                case [x, *rest]:
                    seen.append(f"{tag}:seq:{x}+{len(rest)}")
                case {**kw}:
                    seen.append(f"{tag}:map:{sorted(kw)}")
                case None:
                    seen.append(f"{tag}:none")
            await asyncio.sleep(0)

    await asyncio.gather(*(consumer(t) for t in "ABC"))
    print(seen)


asyncio.run(main())
