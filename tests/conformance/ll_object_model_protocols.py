# Metaclass __prepare__/__new__/__call__, __init_subclass__, __set_name__, descriptor precedence, __slots__, __class_getitem__, properties, __eq__ without __hash__, truthiness, __index__, __format__, iteration fallbacks, ABCs.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)
class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v=0): self.v = v
a = A(5)
print(a.v, A.injected, type(A).__name__)

class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("subclass", cls.__name__, tag)
class C(Base, tag="c"): pass
class D(C): pass
print(C.tag, D.tag)
try:
    class E(Base, bogus=1): pass
except TypeError as e:
    print("TE", e)

class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, "default-" + self.name)
class H:
    foo = Named()
    bar = Named()
h = H()
print(h.foo, H.foo.name)
h.__dict__["foo"] = 3
print(h.foo)   # non-data descriptor: instance dict wins

class DataD:
    def __get__(self, obj, t=None): return "data"
    def __set__(self, obj, v): print("set", v)
class K:
    d = DataD()
k = K()
k.__dict__["d"] = "inst"
print(k.d)
k.d = 5

class GA:
    def __getattr__(self, name):
        return "ga:" + name
    y = 2
g = GA()
print(g.y, g.zzz)
class GAB:
    def __getattribute__(self, name):
        if name == "special": return "sp"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
print(GAB().special, GAB().other)

class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
try:
    s.c = 2
except AttributeError as e:
    print("AE", e)
try:
    print(s.b)
except AttributeError as e:
    print("AE", e)
try:
    s.__dict__
except AttributeError as e:
    print("AE", e)
print(S.a)

class CG:
    def __class_getitem__(cls, item):
        return f"CG[{item!r}]"
print(CG[int], CG[1, 2])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)

class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("del x"); self._x = None
p = P()
p.x = 4
print(p.x, P.x.__doc__)
del p.x
print(p.x)
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 2
except AttributeError as e:
    print("AE", e)
try:
    del RO().r
except AttributeError as e:
    print("AE", e)
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
print(E.__hash__)
try:
    {E(1)}
except TypeError as e:
    print("TE", e)
try:
    hash(E(1))
except TypeError as e:
    print("TE", e)
class F(E):
    __hash__ = object.__hash__
print(type(hash(F(1))).__name__)

class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v if isinstance(o, V) else o)
        return NotImplemented
    def __gt__(self, o):
        print("gt", self.v, o.v if isinstance(o, V) else o)
        return NotImplemented
try:
    V(1) < V(2)
except TypeError as e:
    print("TE", e)
try:
    V(1) < 3
except TypeError as e:
    print("TE", e)
try:
    3 <= V(1)
except TypeError as e:
    print("TE", e)
print(V(1) == V(1), V(1) != V(1))
class W(int):
    def __radd__(self, o): return "W.radd"
    def __add__(self, o): return "W.add"
print(1 + W(2), W(2) + 1)
class B1:
    def __bool__(self): return False
class L1:
    def __len__(self): return 0
class L2:
    def __len__(self): return -1
print(bool(B1()), bool(L1()), not L1())
try:
    bool(L2())
except ValueError as e:
    print("VE", e)
class BB:
    def __bool__(self): return 1
try:
    bool(BB())
except TypeError as e:
    print("TE", e)
class I:
    def __index__(self): return 3
print([0,1,2,3,4][I()], bin(I()), hex(I()), range(I()), "ab"*I())
print([1,2,3,4,5][I():])
class Fm:
    def __format__(self, spec): return f"<{spec}>"
print(f"{Fm():xyz}", format(Fm(), "q"), "{:abc}".format(Fm()))
try:
    format(object(), "d")
except TypeError as e:
    print("TE", e)
class G:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(G()), 20 in G(), 5 in G())
for x in G(): print(x, end=" ")
print()
class Cn:
    def __contains__(self, x): return x == 1
print(1 in Cn(), 2 in Cn(), 2 not in Cn())
class DD(dict):
    def __missing__(self, k): return k * 2
d = DD(a=1)
print(d["a"], d["bb"], d.get("zz"), d)
class Cl:
    def __call__(self, *a, **k): return (a, k)
print(Cl()(1, x=2), callable(Cl()), callable(Cl))
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with CM() as c:
    raise ValueError("boom")
print("after")
from abc import ABC, abstractmethod
class Sh(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perim(self): ...
try:
    Sh()
except TypeError as e:
    print("TE", e)
class Sq(Sh):
    def area(self): return 1
try:
    Sq()
except TypeError as e:
    print("TE", e)
X = type("X", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(X().f(), X.__name__, X.__mro__)
from collections.abc import Iterable, Sequence, Mapping, Hashable, Callable, Sized, Iterator, MutableMapping
print(isinstance([], (int, Sequence)), isinstance({}, Mapping), isinstance(1, Hashable), isinstance([], Hashable))
print(isinstance(G(), Iterable), isinstance(iter([]), Iterator), isinstance(len, Callable), isinstance("x", Sized))
print(issubclass(dict, MutableMapping), isinstance(E(1), Hashable))
class MyCls:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(): return "st"
class Sub(MyCls): pass
print(Sub.make(), Sub().make(), Sub.st(), MyCls.make)
class Sup:
    def m(self): return "Sup.m"
class Sb(Sup):
    def m(self):
        f = lambda: super(Sb, self).m()
        return "Sb>" + f()
    def g(self):
        return super().m()
print(Sb().m(), Sb().g())
try:
    super()
except RuntimeError as e:
    print("RE", e)
print(repr(NotImplemented), repr(...), type(None)())
class R:
    def __repr__(self): return "R()"
print(str(R()), [R()], f"{R()!s}")
class Neg:
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-Neg(), ~Neg(), abs(Neg()))
try:
    +Neg()
except TypeError as e:
    print("TE", e)
try:
    Neg() + 1
except TypeError as e:
    print("TE", e)
try:
    1 - Neg()
except TypeError as e:
    print("TE", e)
try:
    Neg()[0]
except TypeError as e:
    print("TE", e)
try:
    Neg()()
except TypeError as e:
    print("TE", e)
try:
    len(Neg())
except TypeError as e:
    print("TE", e)
try:
    iter(Neg())
except TypeError as e:
    print("TE", e)
try:
    Neg().x
except AttributeError as e:
    print("AE", e)
try:
    Neg.x
except AttributeError as e:
    print("AE", e)
try:
    (1).foo
except AttributeError as e:
    print("AE", e)
try:
    None.foo
except AttributeError as e:
    print("AE", e)
