import asyncio
async def one(): return 1
def f(): await one()
