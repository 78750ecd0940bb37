class Base:
    greeting = "hi"
    def __init__(self, v):
        self.v = v
    def show(self):
        return f"Base.show({self.v})"
    @classmethod
    def create(cls, v):
        return cls(v)
    @property
    def value(self):
        return self.v
    @value.setter
    def value(self, nv):
        self.v = nv
    def __repr__(self):
        return f"{type(self).__name__}({self.v!r})"

class Child(Base):
    def __init__(self, v, extra):
        super().__init__(v)
        self.extra = extra
    def show(self):
        inner = lambda: super(Child, self).show()
        return "Child>" + inner()
    @classmethod
    def create(cls, v):
        obj = super().create(v) if False else cls(v, "made")
        return obj
    @property
    def value(self):
        return super().value * 10
    def __repr__(self):
        return super().__repr__() + f"+{self.extra}"
    def nested(self):
        def helper():
            return __class__.__name__
        return helper()
    def comp(self):
        return [super().show() for _ in range(2)]

c = Child(2, "e")
print(c.show(), c.value, repr(c), Child.create(5), c.nested())
print(super(Child, c).greeting, super(Child, Child).create.__name__)
try:
    c.value = 3
except AttributeError as e:
    print(type(e).__name__, e)

class Desc:
    def __init__(self):
        self.data = {}
    def __get__(self, obj, owner):
        if obj is None:
            return f"class access via {owner.__name__}"
        return self.data.get(id(obj), "default")
    def __set__(self, obj, value):
        self.data[id(obj)] = value
    def __delete__(self, obj):
        print("deleting")
        self.data.pop(id(obj), None)

class NonData:
    def __get__(self, obj, owner):
        return "nondata"

class Holder:
    d = Desc()
    nd = NonData()

h = Holder()
print(Holder.d, h.d)
h.d = 5
print(h.d, vars(h))
del h.d
print(h.d)
print(h.nd)
h.nd = "instance wins"
print(h.nd, Holder.nd)

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)

class UsesMethod:
    @Method
    def double(self, x):
        return 2 * x
print(UsesMethod().double(21), type(UsesMethod.double).__name__)

class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, owner=None):
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(e)

class Base2:
    def __init_subclass__(cls, **kw):
        cls.registered = True
        super().__init_subclass__()
class Mixin:
    def hello(self):
        return "mixin hello " + super().hello() if hasattr(super(), "hello") else "mixin only"
class Final(Mixin, Base2):
    pass
print(Final.registered, Final().hello())

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), super(B, D()).who())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
class StaticSuper:
    @staticmethod
    def s():
        try:
            return super().x
        except RuntimeError as e:
            return f"{type(e).__name__}: {e}"
print(StaticSuper.s())
print(staticmethod(len)(1, ) if False else "", classmethod.__name__, property.__name__)
sm = staticmethod(lambda x: x + 1)
print(sm(1), type(sm).__name__)
print(Base.__dict__["create"].__func__.__name__, Base.value.fget.__name__, Base.value.fset is not None, Base.value.fdel)
