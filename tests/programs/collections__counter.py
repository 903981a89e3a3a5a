from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), c.total())
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"])
wc.update(["fox", "fox"])
wc.update({"dog": 5})
print(wc["fox"], wc["dog"])
wc.subtract(["the", "the"])
wc.subtract({"dog": 10})
print(wc["the"], wc["dog"], wc.most_common(2))
del wc["end"]
del wc["never"]
print("end" in wc, len(wc))
print(Counter(a=3, b=1), Counter({"x": 2, "y": 0}), Counter(), repr(Counter()))
print(Counter(a=1, b=0) == Counter(a=1), Counter(a=1) == Counter(a=2))
inv = Counter(apples=3, pears=0, plums=-2)
print(+inv, -inv, list(inv.items()))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(Counter("hello world").most_common(3))
print(sum(Counter("aab").values()), sorted(Counter([3, 1, 3, 2, 3]).items()))
