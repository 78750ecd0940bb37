import asyncio
async def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
        yield 3
    finally:
        print("gen cleanup")
async def main():
    g = gen()
    print(type(g).__name__, g.__name__)
    print(await g.__anext__())
    print(await g.asend("hello"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = gen()
    print(await anext(g2))
    try:
        await g2.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow propagated", e)
    print(await anext(g2, "default"))
    async def agen_ret():
        for i in range(3):
            yield i * i
    print([x async for x in agen_ret() if x > 0])
    print({x: x async for x in agen_ret()})
    async def one(): return 1
    print([await one() for _ in range(2)])
    try:
        for x in agen_ret(): pass
    except TypeError as e:
        print(e)
asyncio.run(main())

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main2():
    out = []
    async for v in ticker(3):
        out.append(v)
    print(out)
    print([i async for i in ticker(3)])
    print([await asyncio.sleep(0, i) for i in range(3)])
    g = ticker(2)
    print(await g.__anext__(), await anext(g))
asyncio.run(main2())

class Yield:
    def __await__(self):
        yield "tick"
class ACM:
    async def __aenter__(self):
        print("enter")
        await Yield()
        return "val"
    async def __aexit__(self, t, e, tb):
        print("exit", t.__name__ if t else None)
        await Yield()
        return t is KeyError
class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        await Yield()
        return self.i
async def main3():
    async with ACM() as v:
        print("body", v)
    async with ACM() as v:
        raise KeyError("suppressed")
    async for x in AIter(3):
        print("x", x)
        if x == 2: break
    else:
        print("no")
    async for x in AIter(1):
        print("y", x)
    else:
        print("else ran")
    try:
        async with ACM():
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    async def inner():
        async with ACM() as v:
            return v + "!"
    print(await inner())
    return "done"
print(asyncio.run(main3()) if False else "")
async def drive():
    return await main3()
c = drive()
n = 0
try:
    while True:
        c.send(None)
        n += 1
except StopIteration as e:
    print(e.value, n)
