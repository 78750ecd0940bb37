class A:
    def who(self):
        return "A"
    def hello(self):
        return "hello from " + self.who()
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C+" + super().who()
class D(B, C):
    pass
for cls in (A, B, C, D):
    print(cls.__name__, cls().hello(), [k.__name__ for k in cls.__mro__])
print(isinstance(D(), C), issubclass(D, A), D.__bases__, B.__base__)
class Base:
    def __init__(self, *args, **kwargs):
        self.log = ["Base"]
class Left(Base):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log.append("Left")
class Right(Base):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log.append("Right")
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")
print(Bottom().log)
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Tri(Shape):
    sides = 3
class Sq(Shape):
    sides = 4
    def describe(self):
        return super().describe() + " (square)"
print([s.describe() for s in (Shape(), Tri(), Sq())])
try:
    class Bad(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
class Cls:
    @classmethod
    def create(cls):
        return cls.__name__
class Sub(Cls): pass
print(Cls.create(), Sub.create(), Sub().create())
