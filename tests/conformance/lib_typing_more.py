from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, List, Literal, Mapping,
                    NamedTuple, NewType, Optional, Protocol, Sequence, Set, Tuple, TypedDict, TypeVar,
                    Union, get_args, get_origin, get_type_hints, overload, Annotated, Counter, Deque)
import typing
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V) -> None:
        self.k, self.v = k, v
    def swap(self) -> "Pair[V, K]":
        return Pair(self.v, self.k)
p = Pair[str, int]("a", 1)
print(p.k, p.v, p.swap().k, Pair.__parameters__, type(p).__name__)
UserId = NewType("UserId", int)
print(UserId(5), UserId, type(UserId(5)))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int] is int, Union[int, Union[str, float]])
print(get_origin(Optional[int]) is Union, get_args(Optional[int]), get_args(Callable[[int, str], bool]), get_origin(Dict[str, int]))
print(get_args(Literal[1, 2]), get_origin(Literal[1]) is Literal, get_args(int), get_origin(int), get_args(Tuple[int, ...]))
print(List[T], Dict[K, V][str, int], Tuple[()], Callable[..., int], Annotated[int, "meta"], Deque[int], Counter[str])
class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Point(3, 4).dist(), Point(1), Point._fields, Point._field_defaults, Point.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
class Cfg(TypedDict, total=False):
    host: str
    port: int
c: Cfg = {"host": "x"}
print(c, Cfg.__total__, sorted(Cfg.__optional_keys__), Cfg(host="h", port=1))
class HasLen(Protocol):
    def __len__(self) -> int: ...
def size(x: HasLen) -> int:
    return len(x)
print(size([1, 2]), size("abc"))
try:
    isinstance([], HasLen)
except TypeError as e:
    print(type(e).__name__, e)
def f(a: int, b: "List[int]", c: Optional[str] = None) -> Dict[str, Any]:
    return {}
print(get_type_hints(f))
class A:
    x: int
    y: ClassVar[str] = "s"
    z: Final[int] = 3
print(get_type_hints(A), A.__annotations__)
print(typing.Any, typing.NoReturn, repr(typing.Union), typing.Sequence, typing.Iterable[int], typing.Mapping[str, List[int]])
def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first([9, 8]), first("zy"))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x * 2
print(g(2), g("a"))
print(isinstance([], typing.List), isinstance({}, typing.Mapping), isinstance(len, typing.Callable), issubclass(list, typing.Sequence))
try:
    typing.List()
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance([], List[int])
except TypeError as e:
    print(type(e).__name__, e)
print(int | str, list[int] | None, Optional["Pair"])
