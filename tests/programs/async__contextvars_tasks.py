# contextvars: each task runs in a copy of its creator's context, so a set() inside a task
# is invisible to its parent and siblings; Context.run, copy_context, tokens and reset, the
# mapping interface, defaults and LookupError, and create_task(context=...).
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")


async def handler(name, log):
    log.append(f"{name} starts with {request_id.get()}")
    request_id.set(name)
    await asyncio.sleep(0)
    log.append(f"{name} sees {request_id.get()}")
    child = asyncio.create_task(child_task(name, log))
    request_id.set(name + "-after")
    await child
    log.append(f"{name} ends with {request_id.get()}")


async def child_task(parent, log):
    log.append(f"child of {parent} inherits {request_id.get()}")
    request_id.set("child")


async def main():
    log = []
    request_id.set("main")
    await asyncio.gather(handler("a", log), handler("b", log))
    print(log)
    print("main still has", request_id.get())

    ctx = contextvars.copy_context()
    print(request_id in ctx, ctx[request_id], len(ctx) >= 1)
    print(sorted(v.name for v in ctx), ctx.get(user, "nobody"))

    def in_ctx(value):
        user.set(value)
        return user.get()

    print(ctx.run(in_ctx, "alice"), ctx[user])
    try:
        user.get()
    except LookupError:
        print("user unset outside the context")
    print(user.get("fallback"))

    token = request_id.set("temporary")
    print(request_id.get(), token.var is request_id, token.old_value)
    request_id.reset(token)
    print(request_id.get())
    try:
        request_id.reset(token)
    except RuntimeError:
        print("token already used")
    t2 = user.set("bob")
    print(repr(t2.old_value))
    try:
        request_id.reset(t2)
    except ValueError:
        print("token of another variable")
    user.reset(t2)
    try:
        user.get()
    except LookupError:
        print("user unset again")

    custom = contextvars.Context()
    custom.run(request_id.set, "custom")
    seen = []

    async def report():
        seen.append(request_id.get())

    await asyncio.create_task(report(), context=custom)
    await asyncio.create_task(report())
    print(seen)
    try:
        ctx.run(ctx.run, print, "nested")
    except RuntimeError:
        print("cannot enter a context twice")
    try:
        contextvars.ContextVar(42)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
