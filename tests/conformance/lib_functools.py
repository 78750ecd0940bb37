import functools
from functools import lru_cache, partial, reduce, cmp_to_key, total_ordering, wraps, cache, cached_property, singledispatch
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); print(sq.cache_info())
@lru_cache
def noparen(x):
    return x + 1
print(noparen(1), noparen(1), noparen.cache_info().hits)
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20))
p = partial(int, base=2); print(p("101"), p.func is int, p.args, p.keywords)
def f(a, b, c=0):
    return a * 100 + b * 10 + c
p2 = partial(f, 1); print(p2(2), p2(2, c=3), partial(p2, 5)(), repr(partial(f, 1, c=2))[:20])
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def hello(x):
    """Say hello."""
    return "hi " + x
print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C(); print(c.val, c.val, c.n)
@singledispatch
def show(x):
    return "obj"
@show.register(int)
def _(x):
    return "int"
@show.register
def _(x: str):
    return "str"
print(show(1), show("a"), show(1.5), show(True))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
pm = functools.partialmethod if hasattr(functools, "partialmethod") else None
class K:
    def set(self, k, v):
        return (k, v)
    seta = functools.partialmethod(set, "a")
print(K().seta(5))
print(sq.__wrapped__(7) if hasattr(sq, "__wrapped__") else 49)
