from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self): ...
    def go(self):
        return "go:" + self.run()
class Impl(Base):
    def run(self):
        return "impl"
print(Impl().go())
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a
w = WithSlots(1)
print(w.a, WithSlots.__slots__)
class Parent:
    @classmethod
    def make(cls, *args):
        return cls(*args)
    def __init__(self, v=0):
        self.v = v
class Child(Parent):
    @classmethod
    def make(cls, *args):
        obj = super().make(*args)
        obj.extra = True
        return obj
c = Child.make(5)
print(type(c).__name__, c.v, c.extra)
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print(sorted(Plugin.registry))
class Prop:
    def __init__(self):
        self._x = 0
    def _get(self):
        return self._x
    def _set(self, v):
        self._x = v * 2
    def _del(self):
        print("deleting")
        self._x = None
    x = property(_get, _set, _del, "the x")
p = Prop()
p.x = 5
print(p.x, Prop.x.__doc__)
del p.x
print(p.x)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10
a, b = Counter(), Counter()
print(Counter.count, a.count, b.count)
class Sliceable:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)
s = Sliceable()
print(s[1], s[1:5], s[::2], s[:, 1] if False else s["k"])
class Swap:
    pass
class Other:
    def hello(self):
        return "other"
o = Swap()
o.__class__ = Other
print(o.hello(), type(o).__name__)
