def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


g = fib()
print([next(g) for _ in range(10)])


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


print(list(take(5, fib())), sum(take(10, fib())))


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received


e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1, 2], "ab", range(3))))


def inner():
    yield 1
    yield 2
    return "inner-done"


def outer():
    r = yield from inner()
    yield r


print(list(outer()))
squares = (x * x for x in range(6))
print(next(squares), list(squares), list(squares))
print(sum(x for x in range(101) if x % 2 == 0), max(len(w) for w in ["a", "abc", "ab"]))


def with_throw():
    try:
        yield 1
    except ValueError as e:
        yield f"handled {e}"
    yield 3


w = with_throw()
print(next(w), w.throw(ValueError("bad")), next(w))
gen = (i for i in range(3))
print(iter(gen) is gen, type(gen).__name__)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)), list(zip(Countdown(3), "abc")))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
print(list(map(lambda p: p[0] * p[1], zip(range(4), range(4, 8)))))
print(list(enumerate(fib.__name__)), fib.__name__)
