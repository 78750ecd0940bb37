from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, FrozenInstanceError, InitVar
from typing import List, Optional
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1); print(p, p == Point(1, 0), p != Point(2), repr(p))
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    tags: List[str] = field(default_factory=list, compare=False)
print(sorted([Ver(2), Ver(1, 5), Ver(1, 2)]), Ver(1) < Ver(1, 1), Ver(1, tags=["a"]) == Ver(1))
@dataclass(frozen=True)
class F:
    a: int
    b: str = "x"
f = F(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(f) == hash(F(1)), {f: 1}[F(1, "x")])
@dataclass
class Inv:
    name: str
    price: float
    qty: int = 1
    total: float = field(init=False)
    secret: str = field(default="s", repr=False)
    def __post_init__(self):
        self.total = self.price * self.qty
i = Inv("w", 2.5, 4); print(i, i.total)
print(asdict(i), astuple(i), [fl.name for fl in fields(i)], is_dataclass(i), is_dataclass(Inv), is_dataclass(1))
print(replace(i, qty=2))
@dataclass
class Nest:
    pts: List[Point]
    opt: Optional[Point] = None
    d: dict = field(default_factory=dict)
n = Nest([Point(1, 2), Point(3)], Point(0, 0), {"k": Point(5)})
print(asdict(n)); print(astuple(n))
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(type(e).__name__, e)
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
print(Child(1), Child(1, 5, 6), [f.name for f in fields(Child)])
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.x *= scale
print(WithInit(3, 4), WithInit(2))
@dataclass(repr=False)
class NoRepr:
    v: int
print(NoRepr(1).v, "NoRepr object" in repr(NoRepr(1)))
@dataclass
class ClassVarTest:
    from typing import ClassVar
    count: ClassVar[int] = 0
    v: int = 1
print(ClassVarTest(), [f.name for f in fields(ClassVarTest)])
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)))
print(Point.__dataclass_fields__["y"].default, Point.__annotations__ if False else "")
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
@dataclass(slots=True)
class Sl:
    a: int
print(Sl(1), hasattr(Sl(1), "__dict__"))
