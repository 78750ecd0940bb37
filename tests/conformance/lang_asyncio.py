import asyncio

log = []

async def worker(name, delay, result):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return result

async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * 10)

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return False

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

async def main():
    r = await worker("solo", 0, 1)
    print("solo", r)
    results = await asyncio.gather(worker("a", 0.02, "A"), worker("b", 0.01, "B"), worker("c", 0, "C"))
    print(results)
    print(log)
    log.clear()
    t1 = asyncio.create_task(worker("t1", 0.01, 10))
    t2 = asyncio.create_task(worker("t2", 0, 20))
    print(t1.done(), await t2, await t1, t1.done(), t1.result())
    print(log)
    res = await asyncio.gather(failing(0), worker("ok", 0, 5), return_exceptions=True)
    print([repr(x) for x in res])
    try:
        await asyncio.gather(failing(0.01), worker("slow", 0.02, 1))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(worker("timeout", 1, 0), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out", asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(worker("fast", 0, "quick"), timeout=1))
    q = asyncio.Queue()
    out = []
    await asyncio.gather(producer(q, 4), consumer(q, out))
    print(out, q.empty(), q.qsize())
    async with Resource("r1") as r:
        print("using", r.name)
    try:
        async with Resource("r2"):
            raise KeyError("inside")
    except KeyError as e:
        print("propagated", e)
    print([i async for i in ticker(3)] if False else "skip")
    vals = []
    async for v in Countdown(3):
        vals.append(v)
    print(vals)
    t = asyncio.create_task(worker("cancel-me", 1, None))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())
    lock = asyncio.Lock()
    order = []
    async def locked_job(i):
        async with lock:
            order.append(f"in{i}")
            await asyncio.sleep(0)
            order.append(f"out{i}")
    await asyncio.gather(*(locked_job(i) for i in range(3)))
    print(order)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woken"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(ev.is_set(), wt.done())
    ev.set()
    print(await wt)
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
        return i
    print(await asyncio.gather(*[limited(i) for i in range(5)]), peak[0])
    done = []
    for fut in asyncio.as_completed([worker("x", 0.02, "x"), worker("y", 0.01, "y")]):
        done.append(await fut)
    print(done)
    d, p = await asyncio.wait([asyncio.create_task(worker("w", 0, 1))])
    print(len(d), len(p))
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()) if False else True)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from callback")
    print(await fut)
    print(asyncio.current_task().get_name().startswith("Task-"))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    return "main done"

print(asyncio.run(main()))

async def boom():
    await asyncio.sleep(0)
    raise RuntimeError("uncaught in task")
try:
    asyncio.run(boom())
except RuntimeError as e:
    print("run raised", e)
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
