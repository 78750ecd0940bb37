import functools
from functools import partial, reduce, lru_cache, total_ordering, wraps, cmp_to_key, cached_property, singledispatch, singledispatchmethod
def add(a, b, c=0):
    return a + b + c
p = partial(add, 1, c=10)
print(repr(partial(add, 1, c=10)).replace(hex(id(add)), "X")[:40], p(2), p(2, c=0), p.args, p.keywords, partial(p, 5)())
print(reduce(lambda a, b: a * b, range(1, 6), 10), reduce(lambda acc, s: acc + len(s), ["ab", "c"], 0), reduce(max, [5], 0))
calls = []
@lru_cache(maxsize=3, typed=True)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(2.0), sq(2), sq(3), calls, sq.cache_info(), sq.cache_parameters())
@lru_cache(maxsize=None)
def kw(a, *, b=1):
    calls.append((a, b))
    return a + b
print(kw(1), kw(1, b=1), kw(a=1), kw(1, b=2), kw.cache_info().hits, kw.cache_info().currsize)
try:
    @lru_cache
    def unh(x):
        return x
    unh([1])
except TypeError as e:
    print(type(e).__name__, e)
@total_ordering
class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"M({self.v})"
print(Money(1) < Money(2), Money(2) <= Money(2), Money(3) >= Money(4), sorted([Money(3), Money(1), Money(2)]), max(Money(1), Money(5)))
def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.extra = 1
    return wrapper
def target(x):
    "doc here"
    return x
target.attr = "kept"
w = logged(target)
print(w.__name__, w.__qualname__, w.__doc__, w.__module__, w.attr, w.__wrapped__ is target, w(7))
class Circle:
    def __init__(self, r):
        self.r = r
        self.n = 0
    @cached_property
    def area(self):
        self.n += 1
        return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area, c.n, "area" in c.__dict__); del c.area; print(c.area, c.n)
print(Circle.area.__class__.__name__, Circle.area.attrname)
@singledispatch
def describe(x):
    return f"thing {x!r}"
@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"seq of {len(x)}"
@describe.register
def _(x: bool):
    return "bool!"
class Base: pass
class Derived(Base): pass
@describe.register(Base)
def _(x):
    return "base"
print(describe(1), describe([1, 2]), describe((1,)), describe(True), describe(Derived()), describe.dispatch(int).__name__, describe.dispatch(list) is describe.dispatch(tuple))
class Fmt:
    @singledispatchmethod
    def show(self, x):
        return "obj"
    @show.register
    def _(self, x: int):
        return "int"
print(Fmt().show(1), Fmt().show("s"))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(functools.reduce(lambda x, y: x + y, "abc"), functools.partial(max, default=0)([]), callable(partial(print)), partial(int, "10", base=2)())
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(lambda x: x + 1, lambda x: x * 2, str)(3))
