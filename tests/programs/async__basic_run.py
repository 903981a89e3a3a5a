import asyncio


async def square(x):
    return x * x


async def add_squares(a, b):
    sa = await square(a)
    sb = await square(b)
    return sa + sb


async def greet(name):
    print("hello", name)
    await asyncio.sleep(0)
    print("goodbye", name)
    return len(name)


async def main():
    print("main start")
    r = await add_squares(3, 4)
    print("sum of squares", r)
    n = await greet("world")
    print("greet returned", n)
    values = []
    for i in range(5):
        values.append(await square(i))
    print(values)
    coro_result = await asyncio.gather(square(7), add_squares(1, 2))
    print(coro_result)
    return "main done"


print("before run")
result = asyncio.run(main())
print(result)
print(asyncio.run(add_squares(5, 12)))
