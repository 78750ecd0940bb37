from typing import List, Dict, Optional, Union, Tuple, Set, Any, Callable, Iterable, Iterator, Sequence, Mapping, NamedTuple, TypedDict, Protocol, TypeVar, Generic, ClassVar, Final, Literal, cast, overload, DefaultDict, Deque, FrozenSet, Type, Generator, runtime_checkable, NoReturn, TYPE_CHECKING, get_type_hints
import typing
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack(); s.push(1); s.push(2); print(s.pop(), s.items)
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("bob"); print(e, e.name, e.id, e._fields, Emp("x", 5)._asdict(), isinstance(e, tuple))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}; print(m, type(m).__name__)
M2 = TypedDict("M2", {"a": int}); print(M2(a=1))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closer), isinstance(1, Closer))
def f(x: Optional[int] = None, y: Union[int, str] = 0) -> Dict[str, List[int]]:
    return {"a": [x or 0]}
print(f(), f.__annotations__["x"] == Optional[int], cast(int, "s"), TYPE_CHECKING)
print(List[int], Dict[str, int], Optional[str], Union[int, str], Tuple[int, ...], Callable[[int], str], Literal["a", 1])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), list[int], dict[str, int] == dict[str, int])
E2 = NamedTuple("E2", [("a", int), ("b", str)]); print(E2(1, "x"))
class Cfg:
    MAX: ClassVar[int] = 3
    name: Final = "x"
print(Cfg.MAX, Cfg.name, get_type_hints(Emp) if False else "", Any, T)
def g(n: int) -> Iterator[int]:
    yield from range(n)
print(list(g(3)))
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(16), math.isqrt(17), math.pow(2, 0.5), math.exp(1), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0), math.expm1(0))
print(math.sin(0), math.cos(math.pi), math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.hypot(3, 4), math.hypot(1, 2, 2), math.degrees(math.pi), math.radians(180))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.gcd(12, 18), math.gcd(), math.gcd(0, 5, 10), math.lcm(4, 6), math.lcm(3, 4, 5))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.5), math.frexp(8), math.ldexp(0.5, 4), math.copysign(3, -0.0), math.remainder(7, 4))
print(math.isclose(1.0, 1.0000000001), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isfinite(1), math.isinf(math.inf), math.isnan(math.nan))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2], start=5), math.fsum([0.1] * 10), sum([0.1] * 10), math.dist((0, 0), (3, 4)), math.floor(-0.5), math.ceil(0.1))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.gamma(5), math.lgamma(1), math.erf(0), math.erfc(0), math.trunc(2.7), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(2, -1), lambda: math.acos(2), lambda: math.log(-1)]:
    try:
        bad()
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    math.exp(1000)
except OverflowError as ex:
    print(type(ex).__name__, ex)
print(math.nextafter(1, 2) > 1, math.ulp(1.0), math.isqrt(10 ** 20), math.sqrt(2) ** 2)
