from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()} {self.area():.1f}"

try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Sq(Half):
    def name(self):
        return "sq"
print(Sq().describe(), isinstance(Sq(), Shape))

class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and o.v == self.v
print(EqOnly.__hash__ is None)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)

class Hashable:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Hashable) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"H({self.v})"
print({Hashable(1), Hashable(1), Hashable(2)} == {Hashable(2), Hashable(1)}, len({Hashable(1): 1, Hashable(1): 2}))
print(Hashable(1) != Hashable(2), Hashable(1) != Hashable(1))

class Base:
    def __init__(self):
        self.log = ["Base"]
    def who(self):
        return "Base"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def util(x):
        return x * 2
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
    def who(self):
        return "Left>" + super().who()
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
    def who(self):
        return "Right>" + super().who()
class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Diamond")
    def who(self):
        return "D>" + super().who()
d = Diamond()
print(d.log, d.who(), [c.__name__ for c in Diamond.__mro__])
print(type(Diamond.make()).__name__, Diamond.util(4), d.util(5))
print(super(Left, d).who(), super(Diamond, d).who())

class Callable:
    def __init__(self): self.n = 0
    def __call__(self, *a, **k):
        self.n += 1
        return (a, k, self.n)
c = Callable()
print(c(1, x=2), c(), callable(c))

class Lenny:
    def __len__(self): return 0
class Truthy:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Lenny()), bool(Truthy()), "yes" if Lenny() else "no")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = 100
Counter(); Counter()
print(Counter.count, Counter().count, Counter.count)

class WithClassVar:
    items = []
    def add(self, x):
        self.items.append(x)
a1, a2 = WithClassVar(), WithClassVar()
a1.add(1); a2.add(2)
print(WithClassVar.items, a1.items is a2.items)

class Repr:
    pass
r = Repr()
print(repr(r).startswith("<__main__.Repr object at 0x"), str(Repr)[:20], Repr.__qualname__, Repr.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, repr(Outer.Inner)[:30])

class Init:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, x):
        print("init", x)
Init(5)
class NotInit:
    def __new__(cls):
        return 42
print(NotInit())
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class TakesTwo:
    def __init__(self, a, b): pass
try:
    TakesTwo(1)
except TypeError as e:
    print(type(e).__name__, e)
class RetInit:
    def __init__(self):
        return 5
try:
    RetInit()
except TypeError as e:
    print(type(e).__name__, e)
print(type(d).__name__, d.__class__.__name__, Diamond.__bases__, Diamond.__base__.__name__)
print(issubclass(Diamond, Base), issubclass(Base, Diamond), isinstance(d, (int, Right)))
print(vars(Sq) is not None, "describe" in dir(Sq), Base.__dict__["util"].__class__.__name__)
print(getattr(Base, "make").__self__ is Base, Base.util.__name__)
class Ordering:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ordering(3), Ordering(1), Ordering(2)]), max(Ordering(1), Ordering(5)), min([Ordering(4), Ordering(0)]))
try:
    Ordering(1) > 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
