# Future API errors and messages: set_result twice, set_exception after result, result() and
# exception() on pending, exception() on cancelled, cancel(msg) and its CancelledError message
# through result() and through an awaiting task, Task.set_result, deterministic reprs.
import asyncio


def show(label, fn):
    try:
        r = fn()
        print(label, 'ok', repr(r))
    except BaseException as e:
        print(label, type(e).__name__, repr(e.args))


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    show('result pending', f.result)
    show('exception pending', f.exception)
    f.set_result(42)
    print(repr(f))
    show('set_result twice', lambda: f.set_result(43))
    show('set_exception after', lambda: f.set_exception(ValueError()))
    show('cancel done', f.cancel)
    show('result', f.result)

    g = loop.create_future()
    print(g.cancel(msg='because'), g.cancel('again'))
    print(repr(g))
    show('exception cancelled', g.exception)
    show('result cancelled', g.result)
    show('set_result cancelled', lambda: g.set_result(1))

    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h))
    show('exception class->instance', lambda: repr(h.exception()))
    show('StopIteration', lambda: loop.create_future().set_exception(StopIteration(1)))

    w = loop.create_future()

    async def waiter():
        try:
            await w
        except asyncio.CancelledError as e:
            print('waiter got', repr(e.args))
            raise

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel('msg from w')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got', repr(e.args), t.cancelled())
    show('task set_result', lambda: t.set_result(1))
    show('task set_exception', lambda: t.set_exception(ValueError()))
    print(t.get_name(), t.done(), t.cancelled())


asyncio.run(main())
