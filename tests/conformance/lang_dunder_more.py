class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = DefaultDict(a=1)
print(d["a"], d["xyz"], d, d.get("q"), "q" in d)

class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(e)

class Rev:
    def __init__(self, items):
        self.items = items
    def __reversed__(self):
        return iter(self.items[::-1] + ["rev"])
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
print(list(reversed(Rev([1, 2]))), list(Rev([3, 4])), 4 in Rev([3, 4]))

class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(reversed(SeqOnly())), sorted(SeqOnly(), reverse=True))

class SlotBase:
    __slots__ = ("a",)
class SlotChild(SlotBase):
    __slots__ = ("b",)
class DictChild(SlotBase):
    pass
sc = SlotChild()
sc.a, sc.b = 1, 2
print(sc.a, sc.b, hasattr(sc, "__dict__"), hasattr(DictChild(), "__dict__"))
dc = DictChild()
dc.zz = 5
print(dc.zz, SlotChild.__slots__)
try:
    class Conflict(int):
        __slots__ = ("x",)
except TypeError as e:
    print(type(e).__name__, e)

class P:
    def __eq__(self, o):
        return True
class Q(P):
    pass
print(P.__hash__, Q.__hash__)
class R(P):
    __hash__ = object.__hash__
print(R.__hash__ is object.__hash__, hash(R()) == hash(R()) or True)

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return f"round({n})"
    def __trunc__(self):
        return 7
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __complex__(self):
        return complex(self.v, 1)
import math
n = Num(3.7)
print(int(n), float(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), complex(n))
print([10, 20, 30, 40][Num(1)], hex(Num(255)), "%d" % Num(4), "%x" % Num(255), f"{Num(5):>4}" if False else "")

class Fmt:
    def __format__(self, spec):
        if spec == "":
            return "plain"
        return spec.upper()
print(format(Fmt()), format(Fmt(), "abc"), f"{Fmt():xyz}", "{:q}".format(Fmt()), "{0!s:>8}".format(Fmt()) if False else "")
class BadFmt:
    def __format__(self, spec):
        return 5
try:
    format(BadFmt())
except TypeError as e:
    print(e)
try:
    format(object(), "d")
except TypeError as e:
    print(e)

class Container:
    def __init__(self):
        self.store = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.store[k] = v
    def __getitem__(self, k):
        if isinstance(k, slice):
            return f"slice({k.start},{k.stop},{k.step})"
        return self.store[k]
    def __delitem__(self, k):
        print("del", k)
        del self.store[k]
c = Container()
c["a"] = 1
c[1, 2] = "tuple"
print(c["a"], c[1, 2], c[1:2], c[::3], c[:])
del c["a"]
c["n"] = 0
c["n"] += 5
print(c.store)

class Hashy:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        print("eq called")
        return isinstance(o, Hashy) and self.k == o.k
s = {Hashy(1)}
print(Hashy(1) in s, Hashy(2) in s)

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True
with Ctx() as cx, Ctx():
    raise ValueError("swallowed")
print("after with")
class BadCtx:
    pass
try:
    with BadCtx():
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
