import operator as op

pairs = [(7, 3), (-7, 2), (2, 10), (0, 5)]
for a, b in pairs:
    print(a, b, op.add(a, b), op.sub(a, b), op.mul(a, b), op.floordiv(a, b), op.mod(a, b),
          op.truediv(a, b), op.pow(a, 2), op.neg(a), op.pos(a), op.abs(a))
    print(op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.ge(a, b), op.gt(a, b),
          op.and_(a, b), op.or_(a, b), op.xor(a, b), op.invert(a), op.lshift(a, 2),
          op.rshift(a, 1))
print(op.not_(0), op.truth([]), op.truth([1]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("hello", "ell"), op.countOf([1, 2, 1], 1),
      op.indexOf("abc", "c"))
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), d)
op.delitem(d, "a")
print(d, op.index(5))
x = [1]
print(op.iadd(x, [2]), x, op.imul(3, 4), op.length_hint([1, 2, 3]), op.length_hint(5, 7))
try:
    op.indexOf([1], 5)
except ValueError as e:
    print("ValueError", e)
print(sorted([3, 1, 2], key=op.neg))
