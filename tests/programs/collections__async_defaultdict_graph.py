import asyncio
from collections import defaultdict, deque, Counter

graph = defaultdict(set)
weights = defaultdict(int)
degree = Counter()


async def add_edges(seed, count):
    x = seed
    for i in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        a = x % 17
        b = (x // 17) % 17
        if a == b:
            continue
        graph[a].add(b)
        graph[b].add(a)
        weights[(min(a, b), max(a, b))] += i % 3 + 1
        degree[a] += 1
        degree[b] += 1
        if i % 4 == 0:
            await asyncio.sleep(0)
    return seed


def bfs(start):
    seen = {start: 0}
    q = deque([start])
    while q:
        n = q.popleft()
        for m in sorted(graph[n]):
            if m not in seen:
                seen[m] = seen[n] + 1
                q.append(m)
    return seen


async def reader():
    snapshots = []
    for _ in range(6):
        snapshots.append((len(graph), sum(len(v) for v in graph.values())))
        await asyncio.sleep(0)
    return snapshots


async def main():
    results = await asyncio.gather(*(add_edges(s, 40) for s in range(1, 6)), reader())
    print(results[:5])
    print(results[5])
    print(sorted((k, sorted(v)) for k, v in graph.items()))
    print(sorted(weights.items())[:12], len(weights), sum(weights.values()))
    print(degree.most_common(5), degree.total())
    dist = bfs(0)
    print(sorted(dist.items()))
    print(Counter(dist.values()))


asyncio.run(main())
