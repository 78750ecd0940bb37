from typing import NamedTuple, TypedDict, Optional, List, Dict, NewType, Generic, TypeVar

class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "pt"

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    @property
    def swapped(self):
        return Point(self.y, self.x, self.label)

p = Point(3, 4)
print(p, p.norm2(), p.swapped, p._replace(label="q"), p._asdict(), Point._fields, Point._field_defaults)
print(isinstance(p, tuple), p == (3, 4, "pt"), len(p), p[1], Point.__annotations__)
x, y, _ = p
print(x, y, sorted([Point(2, 1), Point(1, 5)]), Point._make([7, 8, "m"]))
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)

Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("ann", 1), Emp._fields)

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__annotations__, m["year"])

class Extended(Movie, total=False):
    rating: float
print(sorted(Extended.__annotations__), Extended.__total__)
Alt = TypedDict("Alt", {"a": int})
print(Alt(a=1))

UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__)

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__)

def find(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)
print(find({"a": 1}, "a"), find({}, "b"))
