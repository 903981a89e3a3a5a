"""Iterator building blocks (CPython's `itertools`), as generators and small iterator classes;
same results, same argument errors."""

_MAXSIZE = 9223372036854775807


class count:
    """`count(start=0, step=1)`: start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and not isinstance(self._step, float):
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class repeat:
    """`repeat(obj, times=None)`: obj, forever or `times` times."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and times < 0:
            times = 0
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._left)


def cycle(iterable):
    """Repeats the items of iterable forever."""
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running `func` results)."""
    it = iter(iterable)
    total = initial
    if initial is None:
        total = next(it, _MISSING)
        if total is _MISSING:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


_MISSING = object()


class chain:
    """`chain(*iterables)`: the items of each iterable in turn."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        c = cls()
        c._sources = iter(iterable)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            value = next(self._active, _MISSING)
            if value is not _MISSING:
                return value
            self._active = None


def compress(data, selectors):
    """The items of data whose selector is true."""
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Skips items while predicate holds, then yields the rest."""
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    """Yields items while predicate holds."""
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    """The items for which predicate is false."""
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    """`groupby(iterable, key=None)`: (key, group iterator) for each run of equal keys."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is _MISSING or self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._key(self._currvalue)
            if self._tgtkey is _MISSING:
                break
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _key(self, value):
        if self._keyfunc is None:
            return value
        return self._keyfunc(value)

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            self._currvalue = next(self._it, _MISSING)
            if self._currvalue is _MISSING:
                self._currkey = _MISSING
                self._tgtkey = _MISSING
                self._it = iter(())
                return
            self._currkey = self._key(self._currvalue)


def _islice_arg(value, what):
    if value is None:
        return None
    if isinstance(value, int) and value >= 0 and value <= _MAXSIZE:
        return value
    raise ValueError("%s argument for islice() must be None or an integer: "
                     "0 <= x <= sys.maxsize." % what)


def islice(iterable, *args):
    """`islice(it, stop)` / `islice(it, start, stop[, step])`: items by position, lazily."""
    if len(args) == 1:
        start, stop, step = 0, _islice_arg(args[0], "Stop"), 1
    elif len(args) in (2, 3):
        start = args[0]
        start = 0 if start is None else start
        if not isinstance(start, int) or start < 0 or start > _MAXSIZE:
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        stop = args[1]
        if stop is not None and (not isinstance(stop, int) or stop < 0 or stop > _MAXSIZE):
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        step = args[2] if len(args) == 3 else 1
        step = 1 if step is None else step
        if not isinstance(step, int) or step < 1 or step > _MAXSIZE:
            raise ValueError("Step for islice() must be a positive integer or None.")
    elif not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    while stop is None or nexti < stop:
        while i < nexti:
            if next(it, _MISSING) is _MISSING:
                return
            i += 1
        element = next(it, _MISSING)
        if element is _MISSING:
            return
        i += 1
        yield element
        nexti += step
    while i < stop:
        if next(it, _MISSING) is _MISSING:
            return
        i += 1


def pairwise(iterable):
    """Overlapping pairs: (a, b), (b, c), ..."""
    it = iter(iterable)
    a = next(it, _MISSING)
    if a is _MISSING:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    """`function(*args)` for each args tuple."""
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    """n independent iterators over one iterable."""
    if not isinstance(n, int):
        raise TypeError("integer argument expected, got %s" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                value = next(it, _MISSING)
                if value is _MISSING:
                    return
                for b in buffers:
                    b.append(value)
            yield mine.pop(0)

    return tuple(gen(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    """Zips to the longest input, padding with fillvalue."""
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            value = next(it, _MISSING)
            if value is _MISSING:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    """Cartesian product, rightmost input varying fastest."""
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def permutations(iterable, r=None):
    """r-length orderings of the items, in lexicographic position order."""
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    """r-length subsequences, in position order."""
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """r-length subsequences allowing repeats, in position order."""
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
