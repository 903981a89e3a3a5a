# Several asyncio tasks share one bytearray log, a dict keyed by bytes and a bytes accumulator:
# appends, slice edits and in-place += interleave across awaits, so speculative runs conflict.
import asyncio

log = bytearray()
counts = {}
frames = []


def frame(tag, i):
    payload = f"{tag}:{i}".encode("ascii")
    return len(payload).to_bytes(2, "big") + payload


async def producer(tag, n):
    global log
    for i in range(n):
        f = frame(tag, i)
        log += f
        key = tag.encode() + bytes([i % 3])
        counts[key] = counts.get(key, 0) + 1
        if i % 4 == 0:
            await asyncio.sleep(0)
        if i % 5 == 2:
            log[0:0] = b""
            log.extend(b"|")
    return tag


async def editor(n):
    for i in range(n):
        await asyncio.sleep(0)
        if len(log) > 4:
            first = log[2]
            log[2] = first
        idx = log.find(b"|")
        if idx >= 0:
            del log[idx]
            frames.append(idx)


def parse(buf):
    out = []
    i = 0
    while i + 2 <= len(buf):
        n = int.from_bytes(buf[i:i + 2], "big")
        out.append(bytes(buf[i + 2:i + 2 + n]).decode("ascii"))
        i += 2 + n
    return out


async def main():
    tags = await asyncio.gather(*(producer(t, 12) for t in ("alpha", "beta", "gamma")), editor(30))
    print(tags)
    print(len(log), log.count(b"|"))
    msgs = parse(log)
    print(len(msgs), msgs[:5], msgs[-3:])
    print(sorted(msgs) == sorted(f"{t}:{i}" for t in ("alpha", "beta", "gamma") for i in range(12)))
    for k in sorted(counts):
        print(k, counts[k])
    print(frames[:10], len(frames))
    print(log[:24].hex(" "))

asyncio.run(main())
