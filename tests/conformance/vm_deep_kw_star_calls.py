# Recursion through keyword calls, f(*args)/f(**kw) calls, decorator wrappers and class
# construction with keywords goes as deep as plain recursion (bounded by the recursion limit).
import sys
import functools

sys.setrecursionlimit(20000)


def f(n, *a):
    return 0 if n == 0 else 1 + f(*(n - 1,))


print(f(5000))


def g(n, **kw):
    return 0 if n == 0 else 1 + g(n - 1, **kw)


print(g(5000, x=1))


def k(n, step=1):
    return 0 if n <= 0 else 1 + k(n - step, step=step)


print(k(6000), k(6000, step=3))


def deco(fn):
    @functools.wraps(fn)
    def w(*args, **kwargs):
        return fn(*args, **kwargs)
    return w


@deco
def h(n):
    return 0 if n == 0 else 1 + h(n - 1)


print(h(4000), h.__name__)


@functools.lru_cache(maxsize=None)
def fibm(n):
    return n if n < 2 else fibm(n - 1) + fibm(n - 2)


print(fibm(3000) % 1000007)


class Node:
    def __init__(self, n, label="x"):
        self.label = label
        self.child = Node(n - 1, label=label) if n else None


node = Node(4000, label="deep")
depth = 0
while node is not None:
    depth += 1
    node = node.child
print(depth)


class M:
    def walk(self, n, acc=0):
        return acc if n == 0 else self.walk(n - 1, acc=acc + n)


print(M().walk(5000))
t = (1, 2, 3)


def show(*args):
    return args


print(show(*t), t, M.walk(M(), 3, acc=1), M().walk(*(4,), **{"acc": 2}))
sys.setrecursionlimit(1000)


def inf(n, a=1):
    return inf(n, a=a)


try:
    inf(0, a=1)
except RecursionError as e:
    print("RecursionError:", e)


def inf2(*a):
    return inf2(*a)


try:
    inf2(1, 2)
except RecursionError as e:
    print("RecursionError:", e)
try:
    g(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Node(1, bogus=2)
except TypeError as e:
    print("TypeError:", e)


def gen(n, *, s=0):
    yield from range(s, n)


print(list(gen(3, s=1)), list(gen(*(2,))))
