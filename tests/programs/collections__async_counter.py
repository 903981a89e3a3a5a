import asyncio
from collections import Counter, defaultdict

TEXT = ("the quick brown fox jumps over the lazy dog and the dog sleeps while the fox "
        "runs over the hill to the river where the quick fish swim").split()
words = Counter()
by_len = defaultdict(list)
first_seen = defaultdict(int)


async def count_chunk(idx, chunk):
    for w in chunk:
        words[w] += 1
        if w not in first_seen:
            first_seen[w] = idx
        await asyncio.sleep(0)
    by_len[len(chunk)].append(idx)
    return len(chunk)


async def watcher():
    snaps = []
    for _ in range(6):
        snaps.append(words.most_common(2))
        await asyncio.sleep(0)
    return snaps


async def main():
    chunks = [TEXT[i:i + 5] for i in range(0, len(TEXT), 5)]
    results = await asyncio.gather(watcher(), *[count_chunk(i, c) for i, c in enumerate(chunks)])
    for s in results[0]:
        print(s)
    print(results[1:])
    print(words.most_common(5), words.total(), len(words))
    print(sorted(by_len.items()))
    print(sorted(first_seen.items())[:8])


asyncio.run(main())
