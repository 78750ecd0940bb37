# __init_subclass__, __set_name__, __class_getitem__, __slots__, metaclasses
class Registry:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)

class A(Registry, tag="a"):
    pass

class B(A):
    pass

print(Registry.subclasses, A.tag, B.tag)

try:
    class C(Registry, bogus=1, tag="c"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value * 2)

class Point:
    x = Field()
    y = Field()

p = Point()
print(Point.x.name, Point.x.owner, Point.y.private, p.x)
p.x = 5
print(p.x, p._x, vars(p))

class MyList:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(MyList[int], MyList["x"], MyList[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

s = Slotted()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(s.b)
except AttributeError as e:
    print(type(e).__name__, e)
s.b = 7
print(s.b)
del s.b
print(hasattr(s, "b"))
print(Slotted.__slots__, type(Slotted.a).__name__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return k * 2

class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v

w = WithMeta(3)
print(w.v, WithMeta.created_by, repr(WithMeta), len(WithMeta), WithMeta[21])
print(type(WithMeta).__name__, isinstance(WithMeta, Meta), isinstance(w, WithMeta))

class Sub(WithMeta):
    pass
print(Sub.created_by, type(Sub) is Meta)

class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 99}

class P(metaclass=Prep):
    pass
print(P.injected)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]

class Conf(metaclass=Singleton):
    def __init__(self, n):
        self.n = n
print(Conf(1) is Conf(2), Conf(3).n)

T = type("T", (object,), {"x": 1, "f": lambda self: self.x + 1})
print(T().f(), T.__name__, T.__bases__)
print(type(3), type("s"), type(None), type(T))
