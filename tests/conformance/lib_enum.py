from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), type(Color.RED), Color.RED in Color)
try:
    Color(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["X"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
    CIRCLE = 3
print(Shape.ALIAS, list(Shape), Shape.__members__.keys() if False else list(Shape.__members__))
class A(Enum):
    X = auto()
    Y = auto()
print(A.X.value, A.Y.value, {A.X: "x"}[A.X], hash(A.X) == hash(A.X))
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, Pri.LOW == 1, sorted([Pri.HIGH, Pri.LOW]), int(Pri.HIGH), str(Pri.LOW), repr(Pri.LOW), f"{Pri.LOW}")
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), Perm.R.value, Perm.X.value, repr(rw))
class P2(IntFlag):
    A = 1
    B = 2
print(P2.A | P2.B, int(P2.A | P2.B), P2.A | 4 if False else "", P2(3))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return round(6.673e-11 * self.mass / (self.radius ** 2), 2)
print(Planet.EARTH.g, Planet.MARS.mass, Planet.EARTH.value)
class Mood(Enum):
    HAPPY = "h"
    SAD = "s"
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def default(cls):
        return cls.HAPPY
print(Mood.SAD.describe(), Mood.default(), Mood("h"))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
Anim = Enum("Anim", "CAT DOG")
print(list(Anim), Anim.DOG.value)
class S(str, Enum):
    A = "a"
print(S.A == "a", S.A.value, S.A.upper() if False else "", isinstance(S.A, str))
for c in Color:
    print(c.name, c.value, end="; ")
print()
print(Color.RED.__class__.__name__, Color.__name__, [m.name for m in Color if m.value > 1])
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
class Status(Enum):
    ON = 1
    OFF = 0
    def __str__(self):
        return self.name.lower()
print(Status.ON, str(Status.OFF), f"{Status.ON}", repr(Status.ON))
from enum import StrEnum
print(repr(Perm(0)), str(Perm(0)), repr(~Perm.R), list(Perm.R | Perm.X), len(Perm.R | Perm.X), bool(Perm(0)), Perm.R | Perm.W | Perm.X, format(Perm.R), f"{Perm.R | Perm.W:>10}")
print(str(S.A), f"{S.A}", format(S.A), repr(S.A))
class SE(StrEnum):
    A = auto()
    B = "bee"
print(str(SE.A), f"{SE.B}", repr(SE.A), SE.A == "a", SE("bee"))
class I(IntFlag):
    A = 1
    B = 2
print(I.A | 4, repr(I.A | 4), str(I.A | I.B), repr(I.A | I.B), I(0), repr(I(0)), ~I.A)
print(Color.__members__, list(Perm), list(reversed(Color)))
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        return cls.A
print(M(5))
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(Color):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Q(Enum):
    X = auto()
    Y = 10
    Z = auto()
print(list(Q), Q.X._value_)
class N(int, Enum):
    A = 1
print(str(N.A), format(N.A), repr(N.A), N.A + 1)
print(Enum("X", [("a", 5), ("b", 6)]).b, Enum("Y", {"p": 1}).p, Enum("Z", ["u", "v"]).v, IntEnum("W", "a b").b + 0)
print(Color.RED.name, Color["RED"], Color(1), Color.RED.value, len(Color.__members__), Color.GREEN in Color)
print({Pri.LOW: "low"}[1], Pri(3), Pri.HIGH.name, isinstance(Pri.LOW, int), max(Pri), Pri.HIGH * 2)
