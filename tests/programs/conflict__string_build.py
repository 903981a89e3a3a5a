import asyncio

text = ""
marks = []


async def writer(name, n):
    global text
    for r in range(n):
        text = text + name
        if len(text) % 5 == 0:
            text = text + "|"
            marks.append((name, r, len(text)))
        await asyncio.sleep(0)
    return text


async def shouter():
    global text
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    text = text.upper()
    await asyncio.sleep(0)
    text = text.replace("|", "-")
    return text


async def main():
    res = await asyncio.gather(writer("a", 5), writer("bb", 4), shouter(), writer("c", 6))
    for r in res:
        print(r)
    print(text, len(text), text.find("-"))
    print(marks)
    print(text.split("-"), text.lower().startswith("abbc"), text.endswith("C"))


asyncio.run(main())
