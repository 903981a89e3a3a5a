import asyncio
import bisect

scores = []
names = []
hist = [0] * 5
BOUNDS = [20, 40, 60, 80]


def grade(score):
    return "FDCBA"[bisect.bisect(BOUNDS, score)]


async def add_scores(task, seed):
    x = seed
    for i in range(12):
        x = (x * 75 + 74) % 65537
        s = x % 100
        pos = bisect.bisect_left(scores, s)
        scores.insert(pos, s)
        names.insert(pos, "%s%d" % (task, i))
        hist[bisect.bisect_right(BOUNDS, s)] += 1
        if i % 2:
            await asyncio.sleep(0)
    return task


async def query(points):
    out = []
    for p in points:
        lo = bisect.bisect_left(scores, p)
        hi = bisect.bisect_right(scores, p + 10)
        out.append((p, hi - lo, len(scores)))
        await asyncio.sleep(0)
    return out


async def main():
    res = await asyncio.gather(add_scores("a", 1), add_scores("b", 2), add_scores("c", 3),
                               query([0, 30, 60, 90, 45]))
    print(res)
    print(scores)
    print(scores == sorted(scores), len(names), hist, sum(hist))
    print([grade(s) for s in scores[::4]])
    print(names[:8])
    keyed = []
    for n, s in zip(names, scores):
        bisect.insort(keyed, (s % 7, n), key=lambda t: t[0])
    print(keyed[:10])
    print(bisect.bisect_left(keyed, 3, key=lambda t: t[0]), bisect.bisect_right(keyed, 3, key=lambda t: t[0]))


asyncio.run(main())
