# golden-python: 3.12
# Inside an eager task's first step, current_task() is the new task and context variables
# are the task's own copy of its creator's; the creator's are back when create_task returns.
# Eager tasks made inside an eager step nest.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def child(tag):
    me = asyncio.current_task()
    print("  child", tag, "current:", me.get_name(), "request:", request.get())
    request.set("child-" + tag)
    await asyncio.sleep(0)
    print("  child", tag, "resumed, current:", asyncio.current_task().get_name(),
          "request:", request.get())
    return tag


async def parent():
    me = asyncio.current_task()
    print(" parent current:", me.get_name(), "request:", request.get())
    request.set("parent")
    inner = asyncio.create_task(child("inner"), name="inner")
    print(" parent after creating inner, current:", asyncio.current_task().get_name(),
          "request:", request.get())
    return await inner


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    main_task = asyncio.current_task()
    request.set("main")
    seen = []

    async def records():
        seen.append(asyncio.current_task())
        return len(asyncio.all_tasks())

    t = asyncio.create_task(records())
    print("eager step saw its own task:", seen[0] is t, "not main:", seen[0] is not main_task)
    print("all_tasks inside the eager step counted it:", t.result() >= 2)
    p = asyncio.create_task(parent(), name="parent")
    print("main after creating parent, current is main:", asyncio.current_task() is main_task,
          "request:", request.get())
    print(await p)
    ctx = contextvars.copy_context()
    ctx.run(request.set, "in-ctx")
    c = asyncio.create_task(child("ctx"), name="withctx", context=ctx)
    print("request in main:", request.get(), "in ctx:", ctx[request])
    await c
    print("ctx after child:", ctx[request])


asyncio.run(main())
