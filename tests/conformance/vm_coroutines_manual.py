import sys


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count


a = averager()
next(a)
for v in [10, 20, 30]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)


async def add(x, y):
    return x + y


async def compute():
    r1 = await add(1, 2)
    r2 = await add(r1, 10)
    return r2 * 2


coro = compute()
try:
    coro.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
print(type(compute()).__name__)


def pipeline():
    def producer(n):
        for i in range(n):
            yield i

    def square(src):
        for v in src:
            yield v * v

    def evens(src):
        return (v for v in src if v % 2 == 0)

    return list(evens(square(producer(10))))


print(pipeline())
