import modlib.counted
import modlib.counted as again
from modlib import counted

modlib.counted.hits.append(1)
again.hits.append(2)
print(counted.hits, modlib.counted is again, again is counted)


def inner():
    import modlib.counted as local_copy
    local_copy.hits.append(3)
    return local_copy.hits


print(inner())
