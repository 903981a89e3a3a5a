# Tasks raise custom exception subclasses carrying fields; gather with return_exceptions,
# except clauses matching on base classes, exception chaining inside tasks, and a shared
# error log appended to by handlers.
import asyncio


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"{job}: {reason}")
        self.job = job
        self.reason = reason


class Timeout(JobError):
    pass


class Crash(JobError):
    def __str__(self):
        return f"CRASH[{self.job}] {self.reason}"


class Quota(LookupError):
    def __init__(self, used):
        self.used = used


log = []


async def job(n):
    await asyncio.sleep(0)
    if n % 5 == 0:
        raise Timeout(n, "too slow")
    if n % 7 == 0:
        try:
            {}["missing"]
        except KeyError as e:
            raise Crash(n, "lost key") from e
    if n % 11 == 0:
        raise Quota(n * 10)
    return n * n


async def guarded(n):
    try:
        return await job(n)
    except Timeout as e:
        log.append(("timeout", e.job))
        return -1
    except JobError as e:
        log.append((type(e).__name__, e.job, type(e.__cause__).__name__))
        raise


async def main():
    res = await asyncio.gather(*(guarded(n) for n in range(1, 23)), return_exceptions=True)
    for n, r in enumerate(res, 1):
        if isinstance(r, BaseException):
            print(n, type(r).__name__, str(r), r.args, isinstance(r, LookupError))
    print([r for r in res if isinstance(r, int)])
    print(sorted(log))
    crash = next(r for r in res if isinstance(r, Crash))
    print(repr(crash.__cause__), crash.__suppress_context__, crash.reason)
    q = next(r for r in res if isinstance(r, Quota))
    print(q.used, q.args, repr(q))
    try:
        raise Crash("x", "y")
    except Exception as e:
        print(e, repr(e), e.args)


asyncio.run(main())
