# ExceptionGroup[...] is a types.GenericAlias (PEP 585), sys.exception() is the exception being
# handled, and subscripting a class without __class_getitem__ names the type.
import sys

print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
print(type(ExceptionGroup[int]).__name__)
for c in (Exception, int, ValueError):
    try:
        c[1]
    except TypeError as e:
        print(e)

print(sys.exception())
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    print("in clause:", repr(sys.exception()))
except* TypeError:
    print("in clause:", repr(sys.exception()))
print(sys.exception())
try:
    raise KeyError("k")
except KeyError:
    print(repr(sys.exception()))
