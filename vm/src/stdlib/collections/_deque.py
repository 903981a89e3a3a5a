"""collections.deque: a double-ended queue kept in two lists (tracked like any list)."""

from collections._repr import recursive_repr as _recursive_repr


class deque:
    """A double-ended queue: `_left` holds the front items reversed, `_right` the rest, so both
    ends take O(1) amortised appends and pops."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._left = []
        self._right = []
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _items(self):
        left = self._left
        if left:
            return left[::-1] + self._right
        return self._right

    def _set_items(self, items):
        self._left = []
        self._right = items
        self._state += 1

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def append(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        self._right.append(x)
        if self._maxlen is not None and len(self._left) + len(self._right) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        self._left.append(x)
        if self._maxlen is not None and len(self._left) + len(self._right) > self._maxlen:
            self.pop()

    def pop(self):
        if not self._right:
            if not self._left:
                raise IndexError("pop from an empty deque")
            self._rebalance(True)
        self._state += 1
        return self._right.pop()

    def popleft(self):
        if not self._left:
            if not self._right:
                raise IndexError("pop from an empty deque")
            self._rebalance(False)
        self._state += 1
        return self._left.pop()

    def _rebalance(self, into_right):
        items = self._items()
        half = len(items) // 2 if into_right else (len(items) + 1) // 2
        self._left = items[:half][::-1]
        self._right = items[half:]

    def extend(self, iterable):
        if iterable is self:
            iterable = list(self)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(self)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._set_items([])

    def copy(self):
        return deque(self._items(), self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        for v in self._items():
            if v is x or v == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        items = self._items()
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for i in range(start, min(stop, n)):
            v = items[i]
            if v is x or v == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self._items())
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        items = list(self._items())
        for i, v in enumerate(items):
            if v is value or v == value:
                del items[i]
                self._set_items(items)
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        self._left, self._right = self._right, self._left
        self._state += 1

    def rotate(self, n=1):
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items()
            self._set_items(items[size - n:] + items[:size - n])

    def _index(self, i):
        n = len(self)
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        i = self._index(i)
        left = self._left
        if i < len(left):
            return left[len(left) - 1 - i]
        return self._right[i - len(left)]

    def __setitem__(self, i, x):
        i = self._index(i)
        left = self._left
        if i < len(left):
            left[len(left) - 1 - i] = x
        else:
            self._right[i - len(left)] = x

    def __delitem__(self, i):
        i = self._index(i)
        items = list(self._items())
        del items[i]
        self._set_items(items)

    def __contains__(self, x):
        for v in self._items():
            if v is x or v == x:
                return True
        return False

    def __iter__(self):
        state = self._state
        for x in self._items():
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield x
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        items = self._items()
        for i in range(len(items) - 1, -1, -1):
            yield items[i]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        return deque(self._items() + other._items(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items() * n
        if self._maxlen is not None and len(items) > self._maxlen:
            items = items[len(items) - self._maxlen:]
        self._set_items(items)
        return self

    __hash__ = None

    def __repr__(self):
        def make():
            items = repr(self._items())
            if self._maxlen is None:
                return "deque(%s)" % items
            return "deque(%s, maxlen=%d)" % (items, self._maxlen)
        return _recursive_repr(self, make, "[...]")

    def __class_getitem__(cls, item):
        return cls
