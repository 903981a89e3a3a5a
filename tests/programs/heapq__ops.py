import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
    print("push", x, h)
while h:
    print("pop", heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 5), data)
print(heapq.heappushpop(data, 0), data)
print(heapq.heappushpop(data, 10), data)
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError", e)
