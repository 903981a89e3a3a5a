# __exit__ sees the exception, returns None, and the exception propagates uncaught.
class Guard:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type and exc_type.__name__, exc)


def work(n):
    with Guard():
        return {"a": 1}[n]


print(work("a"))
work("missing")
