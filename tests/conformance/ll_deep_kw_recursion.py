# Recursion through keyword arguments, *args/**kwargs forwarding and bound methods called with
# keywords reaches the recursion limit as plain calls do (no host stack overflow at ~500 deep).
import sys


def g(n, acc=0):
    return acc if n == 0 else g(n - 1, acc=acc + 1)


def w(*a, **k):
    return h(*a, **k)


def h(n, depth=0):
    return depth if n == 0 else w(n - 1, depth=depth + 1)


class Tree:
    def __init__(self, n):
        self.child = Tree(n - 1) if n else None

    def height(self, base=0):
        return base if self.child is None else self.child.height(base=base + 1)


print(g(990), h(250), Tree(300).height(base=0))
sys.setrecursionlimit(12000)
print(g(5000), h(2500), Tree(2000).height(base=1))


def forever(n, *, step):
    return forever(n + step, step=step)


try:
    forever(0, step=1)
except RecursionError as e:
    print("RecursionError:", e)


def kwonly(a, *, b):
    return a + b


print(kwonly(1, b=2), kwonly(*(1,), **{"b": 3}))
try:
    kwonly(1, c=2)
except TypeError as e:
    print(e)


def gen(x=1):
    yield x


print(list(gen(x=5)), list(gen(*[7])))
forever(0, step=2)
