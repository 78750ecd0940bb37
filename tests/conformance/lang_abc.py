from abc import ABC, abstractmethod, ABCMeta
class A(ABC):
    @abstractmethod
    def f(self): ...
    @property
    @abstractmethod
    def p(self): ...
class B: pass
A.register(B)
print(isinstance(B(), A), issubclass(B, A), issubclass(int, A))
class C(A):
    def f(self): return 1
    @property
    def p(self): return 2
print(C().p, sorted(A.__abstractmethods__), C.__abstractmethods__)
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__): return True
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized))
try: A()
except TypeError as e: print(e)
class M(type):
    def __new__(m, n, b, ns):
        c = super().__new__(m, n, b, ns)
        c.reg = [n]
        return c
class WithM(metaclass=M):
    pass
print(WithM.__dict__.get("reg"), "reg" in WithM.__dict__, sorted(k for k in WithM.__dict__ if not k.startswith("__")))
from abc import abstractclassmethod
class Base(ABC):
    @classmethod
    @abstractmethod
    def build(cls): ...
try:
    Base()
except TypeError as e:
    print(e)
class Impl(Base):
    @classmethod
    def build(cls):
        return cls()
print(type(Impl.build()).__name__, isinstance(Impl(), Base), issubclass(Impl, ABC))
