import asyncio
import array

pixels = array.array("B", [0] * 16)
totals = array.array("d")


async def painter(k):
    for i in range(k, 16, 4):
        pixels[i] = (pixels[i] + 60 * (k + 1)) % 256
        await asyncio.sleep(0)
    totals.append(sum(pixels) / len(pixels))
    return k


async def blur():
    await asyncio.sleep(0)
    snapshot = pixels.tolist()
    for i in range(1, 15):
        pixels[i] = (snapshot[i - 1] + snapshot[i] + snapshot[i + 1]) // 3
    return sum(snapshot)


async def main():
    res = await asyncio.gather(*[painter(k) for k in range(4)], blur())
    print(res)
    print(pixels)
    print(totals)


asyncio.run(main())
