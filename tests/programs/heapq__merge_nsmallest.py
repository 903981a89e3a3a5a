import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge([], [1], [])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
nums = [15, 3, 99, 42, 7, 7, 64, 23, 1]
for n in range(0, 5):
    print(n, heapq.nsmallest(n, nums), heapq.nlargest(n, nums))
people = [("ann", 31), ("bob", 25), ("cy", 40), ("dee", 25)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.nlargest(2, people, key=lambda p: p[1]))
