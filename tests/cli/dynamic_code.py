# eval/exec/compile are refused as unsupported (exit 2), even inside try/except Exception and
# inside a task run on several workers. Argument: which one to call.
import asyncio
import sys

which = sys.argv[1]
print("before")


def dynamic(src):
    try:
        if which == "eval":
            return eval(src)
        if which == "exec":
            return exec(src)
        return compile(src, "<string>", "eval")
    except Exception as e:
        print("caught", type(e).__name__)


async def task():
    await asyncio.sleep(0)
    print("in task")
    dynamic("1 + 1")
    print("after")


asyncio.run(task())
