#!/usr/bin/env python3
"""Random ordering-sensitive asyncio programs, checked with check.py.

    python3 tests/prelude/fuzz.py [COUNT [FIRST_SEED [OUTDIR]]]

Programs use only sleep(0) (no wall-clock races), a bounded Queue with
balanced puts/gets, futures resolved by other tasks, Events, gather,
cancellation of tasks that touch no shared queue, exceptions, child tasks
(some awaited, some left over for asyncio.run to cancel), and shield.
"""

import concurrent.futures
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def gen(seed):
    rnd = random.Random(seed)
    ntasks = rnd.randint(2, 6)
    maxsize = rnd.randint(0, 3)
    L = []
    w = L.append
    w('import asyncio')
    w('')
    w('async def child(tag, n, fail):')
    w('    try:')
    w('        for i in range(n):')
    w('            print("child", tag, i)')
    w('            await asyncio.sleep(0)')
    w('        if fail:')
    w('            raise ValueError("child " + tag)')
    w('        return tag')
    w('    finally:')
    w('        print("child finally", tag)')
    w('')
    # Balanced queue traffic: decide per task how many puts/gets.
    # Each task is a producer, a consumer or neither, so a blocked put or
    # get can always be served by another task (no deadlock).
    puts = [0] * ntasks
    gets = [0] * ntasks
    role = [rnd.choice('pcn') for _ in range(ntasks)]
    producers = [i for i in range(ntasks) if role[i] == 'p']
    consumers = [i for i in range(ntasks) if role[i] == 'c']
    if producers and consumers:
        for _ in range(rnd.randint(0, 8)):
            puts[rnd.choice(producers)] += 1
            gets[rnd.choice(consumers)] += 1
    nfuts = rnd.randint(0, 3)
    # Future k is set by task setter[k] and awaited by task awaiter[k];
    # setter index < awaiter index is not required (no cycles: setters
    # set before any await of their own futures? keep it simple: setters
    # set it first thing after a random number of sleeps, never awaiting).
    setter = [rnd.randrange(ntasks) for _ in range(nfuts)]
    awaiter = [rnd.randrange(ntasks) for _ in range(nfuts)]
    cancellable = [puts[i] == 0 and gets[i] == 0 and i not in setter
                   for i in range(ntasks)]
    for i in range(ntasks):
        ops = []
        for _ in range(puts[i]):
            ops.append('put')
        for _ in range(gets[i]):
            ops.append('get')
        for k in range(nfuts):
            if awaiter[k] == i:
                ops.append('await%d' % k)
        for _ in range(rnd.randint(0, 4)):
            ops.append(rnd.choice(['sleep', 'sleep', 'print', 'child',
                                   'childwait', 'gatherkids', 'event',
                                   'shield']))
        rnd.shuffle(ops)
        # Setters resolve their futures before anything that can block.
        pre = []
        for k in range(nfuts):
            if setter[k] == i:
                pre.append('set%d' % k)
        ops = pre + ops
        if rnd.random() < 0.2:
            ops.append('raise')
        w('async def task%d(q, futs, ev, tasks):' % i)
        w('    print("start %d")' % i)
        w('    kids = []')
        w('    try:')
        n = 0
        for op in ops:
            n += 1
            if op == 'put':
                w('        await q.put("%d.%d")' % (i, n))
                w('        print("%d put %d", q.qsize())' % (i, n))
            elif op == 'get':
                w('        v = await q.get()')
                w('        print("%d got", v)' % i)
                w('        q.task_done()')
            elif op.startswith('await'):
                w('        print("%d awaiting fut", %s)' % (i, op[5:]))
                w('        print("%d fut ->", await futs[%s])' % (i, op[5:]))
            elif op.startswith('set'):
                for _ in range(rnd.randint(0, 2)):
                    w('        await asyncio.sleep(0)')
                w('        if not futs[%s].done():' % op[3:])
                w('            futs[%s].set_result("f%s")' % (op[3:], op[3:]))
                w('        print("%d set fut", %s)' % (i, op[3:]))
            elif op == 'sleep':
                w('        await asyncio.sleep(0)')
            elif op == 'print':
                w('        print("%d step %d", asyncio.current_task().get_name())'
                  % (i, n))
            elif op == 'child':
                w('        kids.append(asyncio.create_task(child("%d.%d", %d, %s)))'
                  % (i, n, rnd.randint(0, 3), rnd.random() < 0.2))
            elif op == 'childwait':
                w('        try:')
                w('            print("%d child result", await child("%d.%d", %d, %s))'
                  % (i, i, n, rnd.randint(0, 2), rnd.random() < 0.3))
                w('        except ValueError as e:')
                w('            print("%d child raised", e)' % i)
            elif op == 'gatherkids':
                w('        r = await asyncio.gather(*kids, return_exceptions=True)')
                w('        print("%d kids", len(r))' % i)
                w('        kids = []')
            elif op == 'event':
                if rnd.random() < 0.5:
                    w('        ev.set()')
                    w('        print("%d set event")' % i)
                else:
                    w('        if ev.is_set():')
                    w('            print("%d event already set")' % i)
            elif op == 'shield':
                w('        s = asyncio.shield(child("s%d.%d", 1, False))' % (i, n))
                w('        print("%d shield", await s)' % i)
        if ops and ops[-1] == 'raise':
            w('        raise KeyError(%d)' % i)
        w('        return %d' % i)
        w('    except asyncio.CancelledError:')
        w('        print("task %d cancelled")' % i)
        w('        raise')
        w('    finally:')
        w('        print("task %d finally")' % i)
        w('')
    w('async def main():')
    w('    q = asyncio.Queue(%d)' % maxsize)
    w('    loop = asyncio.get_running_loop()')
    w('    futs = []')
    w('    for k in range(%d):' % nfuts)
    w('        futs.append(loop.create_future())')
    w('    ev = asyncio.Event()')
    w('    tasks = []')
    order = list(range(ntasks))
    rnd.shuffle(order)
    for i in order:
        w('    tasks.append(asyncio.create_task(task%d(q, futs, ev, tasks)))' % i)
        if rnd.random() < 0.3:
            w('    await asyncio.sleep(0)')
    for i in range(ntasks):
        if cancellable[order.index(i)] if False else cancellable[i]:
            if rnd.random() < 0.4:
                for _ in range(rnd.randint(0, 3)):
                    w('    await asyncio.sleep(0)')
                w('    print("cancel %d ->", tasks[%d].cancel())' % (i, order.index(i)))
    w('    r = await asyncio.gather(*tasks, return_exceptions=True)')
    w('    for x in r:')
    w('        print("result", repr(x))')
    w('    await q.join()')
    w('    print("joined", q.qsize())')
    if rnd.random() < 0.5:
        w('    raise RuntimeError("main fails")')
    w('')
    w('asyncio.run(main())')
    return '\n'.join(L) + '\n'


def main(argv):
    count = int(argv[0]) if argv else 100
    first = int(argv[1]) if len(argv) > 1 else 0
    outdir = argv[2] if len(argv) > 2 else '/tmp/specloop_fuzz'
    os.makedirs(outdir, exist_ok=True)
    paths = []
    for seed in range(first, first + count):
        p = os.path.join(outdir, 'fuzz_%05d.py' % seed)
        with open(p, 'w') as f:
            f.write(gen(seed))
        paths.append(p)
    def one(p):
        return subprocess.run([sys.executable, os.path.join(HERE, 'check.py'),
                               p], capture_output=True, text=True)

    bad = 0
    pool = concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 4)
    for r in pool.map(one, paths):
        if r.returncode != 0:
            bad += 1
            print(r.stdout)
    print(f'{count - bad}/{count} fuzz programs identical to real asyncio')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
