"""Container datatypes (CPython's `collections`): deque, defaultdict, OrderedDict, Counter,
namedtuple, ChainMap, UserDict, UserList, UserString, each in its own submodule.

Each container keeps its state in ordinary lists and dicts held in its attributes, so tasks
sharing one conflict on it exactly as on a shared list or dict."""

from collections._deque import deque
from collections._dicts import defaultdict, OrderedDict, Counter
from collections._chainmap import ChainMap
from collections._namedtuple import namedtuple
from collections._user import UserDict, UserList, UserString
from collections import abc

for _cls in (deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, UserString):
    _cls.__module__ = "collections"
del _cls

abc.MutableSequence.register(deque)
for _cls in (defaultdict, OrderedDict, Counter):
    abc.MutableMapping.register(_cls)
del _cls
