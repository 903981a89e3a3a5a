# Tasks sharing a grid dict keyed by user objects with __eq__/__hash__ and a set of visited
# cells: equal keys made by different tasks must find each other, in asyncio's order.
import asyncio


class Cell:
    __slots__ = ("r", "c")

    def __init__(self, r, c):
        self.r, self.c = r, c

    def __eq__(self, other):
        return isinstance(other, Cell) and self.r == other.r and self.c == other.c

    def __hash__(self):
        return hash((self.r, self.c))

    def __repr__(self):
        return f"({self.r},{self.c})"

    def neighbours(self):
        return [Cell(self.r + dr, self.c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))]


grid = {}
visited = set()


async def walker(name, start, steps):
    cell = start
    path = []
    for i in range(steps):
        grid[cell] = grid.get(cell, 0) + 1
        if cell in visited:
            path.append(f"{cell}*")
        else:
            visited.add(cell)
            path.append(str(cell))
        await asyncio.sleep(0)
        options = [n for n in cell.neighbours() if abs(n.r) <= 2 and abs(n.c) <= 2]
        cell = options[(i + len(name)) % len(options)]
    return name, path


async def main():
    results = await asyncio.gather(
        walker("a", Cell(0, 0), 6), walker("bb", Cell(0, 0), 6), walker("ccc", Cell(1, 1), 5)
    )
    for name, path in results:
        print(name, " ".join(path))
    print(sorted(((k.r, k.c), v) for k, v in grid.items()))
    print(len(visited), len(grid), Cell(0, 0) in visited, grid[Cell(0, 0)], sum(grid.values()))
    print(visited == set(grid), {Cell(0, 0): "x"}[Cell(0, 0)])


asyncio.run(main())
