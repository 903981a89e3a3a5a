# An exception in a done callback or a call_soon callback goes to the loop's exception
# handler (by default: "Exception in callback ..." on stderr) and the loop goes on; the
# handler API: set/get_exception_handler, call_exception_handler, default_exception_handler.
import asyncio


def no_path(text):
    # "... at /some/dir/file.py:12" -> "... at FILE:12": goldens must not hold the checkout's path.
    head, sep, rest = text.partition(" at ")
    if not sep:
        return text
    path, colon, line = rest.rpartition(":")
    return head + " at FILE:" + line


def bad_done(fut):
    print("bad_done sees", fut.result())
    raise ValueError("boom in done callback")


def plain(x, y):
    print("plain", x, y)
    return 1 / 0


def fine(tag):
    print("fine", tag)


async def worker():
    await asyncio.sleep(0)
    return "worker result"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(bad_done)
    fut.add_done_callback(lambda f: print("second done callback still runs"))
    fut.set_result(42)
    loop.call_soon(plain, 1, "a")
    loop.call_soon(fine, "after the failures")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("loop goes on")
    print("default handler:", loop.get_exception_handler())

    seen = []

    def handler(lp, context):
        seen.append(context["message"])
        print("handler:", lp is loop, sorted(context), no_path(context["message"]))
        exc = context.get("exception")
        print("  exception:", type(exc).__name__, exc)
        if "handle" in context:
            print("  handle:", no_path(repr(context["handle"])))

    loop.set_exception_handler(handler)
    print("handler set:", loop.get_exception_handler() is handler)
    loop.call_soon(plain, 2, "b")
    t = asyncio.create_task(worker())
    fut2 = loop.create_future()
    fut2.add_done_callback(bad_done)
    t.add_done_callback(lambda task: fut2.set_result(task.result()))
    print(await t)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom", "extra": [1, 2]})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)

    def broken_handler(lp, context):
        raise KeyError("handler fails")

    loop.set_exception_handler(broken_handler)
    loop.call_soon(plain, 3, "c")
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "to stderr", "x": 5})
    loop.default_exception_handler({"message": "direct", "future": fut})
    loop.default_exception_handler({})
    print("handler saw", len(seen), "reports")
    h = loop.call_soon(plain, 4, "d")
    h.cancel()
    await asyncio.sleep(0)
    print("cancelled handle did not run:", h.cancelled())


asyncio.run(main())
print("done")
