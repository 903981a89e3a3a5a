# Contexts made before any ContextVar is set: fresh Context() objects, copies of the base
# context, callbacks and tasks running in them, and sets that must stay in their context.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")
other = contextvars.ContextVar("other")


def show(where):
    print(where, var.get(), other.get("no other"))


def setter(tag):
    var.set(tag)
    show("callback " + tag)


async def child(tag):
    show("child start " + tag)
    var.set(tag)
    await asyncio.sleep(0)
    show("child end " + tag)
    return tag


async def main():
    loop = asyncio.get_running_loop()
    show("main")
    fresh = contextvars.Context()
    copy = contextvars.copy_context()
    print(len(fresh), len(copy), list(copy.keys()) == [])
    loop.call_soon(setter, "in-fresh", context=fresh)
    loop.call_soon(setter, "in-copy", context=copy)
    loop.call_soon(show, "plain callback")
    await asyncio.sleep(0)
    show("main after callbacks")
    print(fresh.get(var), copy.get(var), var in fresh)
    t1 = asyncio.create_task(child("t1"))
    t2 = asyncio.create_task(child("t2"), context=contextvars.Context())
    print(await t1, await t2)
    show("main after tasks")
    fresh.run(other.set, 5)
    print(fresh[other], other.get("unset in main"))
    fut = loop.create_future()
    fut.add_done_callback(lambda f: show("done callback"), context=fresh)
    fut.set_result(None)
    await asyncio.sleep(0)
    token = var.set("main value")
    t3 = asyncio.create_task(child("t3"))
    await t3
    show("main before reset")
    var.reset(token)
    show("main after reset")


asyncio.run(main())
show("after run")
