# An uncaught exception with both an explicit cause and an implicit context further down:
# the full chain prints to stderr in CPython's order; stdout shows the handled parts first.


class StorageError(Exception):
    pass


def read_config():
    try:
        return {"a": 1}["b"]
    except KeyError as e:
        raise StorageError("config missing key") from e


def load():
    try:
        read_config()
    except StorageError:
        print("first failure handled, retrying")
        try:
            read_config()
        except StorageError as again:
            print("cause:", repr(again.__cause__), "context:", type(again.__context__).__name__)
            raise RuntimeError("giving up") from None


try:
    load()
except RuntimeError as e:
    print("caught:", e, e.__suppress_context__, type(e.__context__).__name__, e.__cause__)


def cleanup():
    try:
        1 / 0
    finally:
        print("finally runs")


def outer():
    try:
        cleanup()
    except ZeroDivisionError:
        raise ValueError("wrapped during handling")


outer()
