def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"

g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(counter(3)))

def delegator():
    r = yield from counter(2)
    print("sub returned", r)
    yield "after"
print(list(delegator()))

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
next(c)
print(c.throw(ValueError("bad")))
next(c)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(c, "exhausted"))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
cl = closer()
print(next(cl))
cl.close()
print(list(cl))

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def stopper():
    yield 1
    raise StopIteration("x")
try:
    list(stopper())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

gen = (x * x for x in range(4))
print(type(gen).__name__, next(gen), list(gen), list(gen))
def running():
    yield gen_self.gi_running
gen_self = running()
print(next(gen_self))
g2 = counter(2)
print(g2.__name__, g2.__qualname__)
try:
    g3 = counter(1)
    g3.send(5)
except TypeError as e:
    print(type(e).__name__, e)

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
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(2)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, None))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1, 2])))
sentinel_it = iter(iter([1, 2, 0, 3]).__next__, 0)
print(list(sentinel_it))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def gen_with_return():
    yield 1
    return 5
def outer():
    x = yield from gen_with_return()
    yield x
print(list(outer()))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received
e = echo()
next(e)
e.send("a")
e.send("b")
try:
    e.send(None)
except StopIteration as s:
    print(s.value)
