# Tasks share a dict of int- and str-subclass values: arithmetic on the subclasses gives
# plain ints unless overridden, hashing matches the base type, and values round-trip.
import asyncio


class Score(int):
    def __add__(self, other):
        return Score(int(self) + int(other))

    def __repr__(self):
        return f"Score({int(self)})"


class Label(str):
    def tagged(self):
        return Label("#" + self)


board = {Label("alice"): Score(0), Label("bob"): Score(0), "carol": Score(0)}


async def player(name, points):
    for p in points:
        board[name] = board[name] + p
        await asyncio.sleep(0)
    return name


async def main():
    await asyncio.gather(
        player("alice", [3, 4, 5]),
        player("bob", [10, -2]),
        player("carol", [1, 1, 1, 1]),
        player("alice", [100]),
    )
    print(sorted(board.items()))
    print([type(v).__name__ for v in board.values()], [type(k).__name__ for k in board])
    total = sum(board.values())
    print(total, type(total).__name__, max(board.values()), type(board["bob"] * 2).__name__)
    print(Label("alice") in board, "alice" == Label("alice"), Label("bob").tagged(), type(Label("x").tagged()).__name__)
    ranked = sorted(board, key=board.get, reverse=True)
    print(ranked, [str(k).upper() for k in ranked])


asyncio.run(main())
