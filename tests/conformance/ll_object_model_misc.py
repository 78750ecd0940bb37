# Cooperative super(), MRO errors, __new__/__init__, __setattr__/__delattr__, __getattr__ after a property raising AttributeError, metaclass dunders, reflected operators, __eq__ returning NotImplemented.
class A:
    def __init__(self): print("A"); super().__init__()
class B(A):
    def __init__(self): print("B"); super().__init__()
class C(A):
    def __init__(self): print("C"); super().__init__()
class D(B, C):
    def __init__(self): print("D"); super().__init__()
D(); print([k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class E(A, B): pass
except TypeError as e: print("TE", e)
try:
    class F(int, str): pass
except TypeError as e: print("TE", e)
class R:
    def __init__(self): return 5
try: R()
except TypeError as e: print("TE", e)
class N:
    def __new__(cls, *a):
        print("new", a)
        inst = super().__new__(cls)
        return inst
    def __init__(self, x): print("init", x)
N(1)
class N2:
    def __new__(cls): return 42
print(N2())
class SA:
    def __setattr__(self, k, v):
        print("set", k, v); super().__setattr__(k, v.upper() if isinstance(v, str) else v)
    def __delattr__(self, k): print("del", k); super().__delattr__(k)
s = SA(); s.a = "x"; print(s.a); del s.a
try: del s.a
except AttributeError as e: print("AE", e)
class Dr:
    def __dir__(self): return ["b", "a"]
print(dir(Dr()))
class Sl:
    def __getitem__(self, k): return k
print(Sl()[1:2], Sl()[::2], Sl()[1, 2:3], Sl()[...], repr(slice(1, None)))
class BL:
    def __len__(self): return 2**70
try: len(BL())
except OverflowError as e: print("OE", e)
class HH:
    def __hash__(self): return "x"
try: hash(HH())
except TypeError as e: print("TE", e)
class HB:
    def __hash__(self): return 2**100
print(hash(HB()) == hash(2**100))
try: sorted([1, "a", 2])
except TypeError as e: print("TE", e)
try: [3, None].sort()
except TypeError as e: print("TE", e)
try: max(1, "a")
except TypeError as e: print("TE", e)
print(D.__qualname__, D.__module__, D.__name__, A.__init__.__qualname__, type(A.__dict__).__name__)
def outer():
    class Inner:
        def m(self): pass
    return Inner
print(outer().__qualname__, outer().m.__qualname__)
class WithDoc:
    """Doc here."""
print(WithDoc.__doc__, WithDoc().__doc__)
print(sorted(vars(WithDoc()).items()), "__doc__" in vars(WithDoc))
class Sl2:
    __slots__ = ["a"]
class Sl3(Sl2):
    pass
x = Sl3(); x.b = 1; print(x.b, hasattr(x, "__dict__"))
class Sl4(Sl2):
    __slots__ = ("c",)
y = Sl4()
try: y.d = 1
except AttributeError as e: print("AE", e)
print(Sl4.__slots__, getattr(y, "a", "unset"))
class Cnt:
    count = 0
    def __init__(self): Cnt.count += 1; self.count2 = Cnt.count
Cnt(); Cnt(); print(Cnt.count)
class Prop:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "ga-" + n
print(Prop().p)
class Meta(type):
    def __repr__(cls): return f"<Meta {cls.__name__}>"
    def __len__(cls): return 3
    def __iter__(cls): return iter([1, 2])
    def __getitem__(cls, k): return k * 2
class UM(metaclass=Meta): pass
print(repr(UM), len(UM), list(UM), UM[4], UM)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst: cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S1(metaclass=Singleton): pass
print(S1() is S1())
print(isinstance(UM, Meta), type(UM) is Meta, type(type), type(object), object.__bases__, type.__bases__, bool.__mro__)
class IA:
    def __iadd__(self, o): print("iadd"); return self
i = IA(); i += 1; print(type(i).__name__)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self): return f"Num({self.v})"
print(sum([Num(1), Num(2)]), 5 + Num(1), Num(1) + 5)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v); return NotImplemented
print(Cmp(1) == Cmp(2), Cmp(1) != 3, Cmp(1) in [Cmp(2)])
print(object() == object(), NotImplemented.__class__.__name__)
class Ctx:
    def __enter__(self): return "val"
    def __exit__(self, *a): print("exit", a[0]); return False
try:
    with Ctx() as v, Ctx() as w:
        print(v, w); raise KeyError(1)
except KeyError: print("propagated")
class Desc:
    def __get__(self, obj, owner): return ("get", obj is None, owner.__name__)
class HD:
    d = Desc()
print(HD.d, HD().d)
class StaticCall:
    @staticmethod
    def s(x): return x
    @classmethod
    @property
    def cp(cls): return cls.__name__
print(StaticCall.s(1), StaticCall().s(2))
print(getattr(StaticCall, "nope", "dflt"), hasattr(StaticCall, "s"))
try: getattr(StaticCall, 1)
except TypeError as e: print("TE", e)
print(type("T", (), {})().__class__.__name__, type(3).__name__)
try: type("T", 1, {})
except TypeError as e: print("TE", e)
try: type(1, 2)
except TypeError as e: print("TE", e)
