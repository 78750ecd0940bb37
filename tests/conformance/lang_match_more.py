from enum import Enum
from dataclasses import dataclass
class Color(Enum):
    RED = 1
    GREEN = 2
@dataclass
class Pt:
    x: int
    y: int
class NoArgs:
    pass
def m(v):
    match v:
        case Color.RED: return "red"
        case Pt(0, y=0): return "origin"
        case Pt(x, y) if x == y: return f"diag {x}"
        case Pt(x=px): return f"pt x={px}"
        case [Pt(x=a), Pt(x=b)]: return f"two pts {a} {b}"
        case {"k": [1, *others]}: return f"k list {others}"
        case {"a": 1, **rest} if rest: return f"a1 rest={rest}"
        case (1 | 2 | 3) as small: return f"small {small}"
        case [("x" | "y") as axis, int(n)]: return f"axis {axis} {n}"
        case float(f) if f.is_integer(): return "integral float"
        case str() if (n := len(v)) > 3: return f"long str {n}"
        case bool(b): return f"bool {b}"
        case _: return "other"
for v in [Color.RED, Color.GREEN, Pt(0, 0), Pt(2, 2), Pt(3, 1), [Pt(1, 0), Pt(2, 0)], {"k": [1, 2, 3]},
          {"a": 1, "b": 2}, {"a": 1}, 2, ["x", 5], ["z", 5], 4.0, 4.5, "hello", "hi", True, None]:
    print(repr(v), "->", m(v))
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print(e)
