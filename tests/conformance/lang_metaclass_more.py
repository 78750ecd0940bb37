class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"pre": 1}
class Base(metaclass=Meta, flag=True):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub(Base, flag=False):
    x = 1
print(Sub.pre, type(Sub).__name__)
class A: 
    def hello(self): return "A"
class B:
    def hello(self): return "B"
a = A()
a.__class__ = B
print(a.hello(), type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class C: pass
print(C.decorated)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class D:
    a = Desc()
D.b = Desc()
class Order:
    z = 1
    a = 2
    def m(self): pass
print([k for k in Order.__dict__ if not k.startswith("__")])
class WithCall(type):
    def __call__(cls, *a):
        return "intercepted"
class X(metaclass=WithCall): pass
print(X())
print(type(type), type(object), object.__class__, type.__mro__, isinstance(type, object))
class Cnt:
    n = 0
    def __init_subclass__(cls):
        Cnt.n += 1
class S1(Cnt): pass
class S2(S1): pass
print(Cnt.n)
print(Meta.__name__, Meta.mro(Meta)[:2] if False else "", Sub.__mro__)
class Abstract:
    def method(self):
        raise NotImplementedError("subclasses must implement")
try:
    Abstract().method()
except NotImplementedError as e:
    print(type(e).__name__, e)
class P:
    @property
    def p(self): return "P.p"
class Q(P):
    @P.p.getter
    def p(self): return "Q.p"
print(Q().p, P().p)
class Cm:
    @classmethod
    @property
    def cp(cls): return cls.__name__
print(Cm.cp)
