from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r

def describe(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num if num > 100:
            return "big number"
        case str() as s if len(s) == 0:
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case [] :
            return "empty list"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x},{y}"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy):
            return f"point {xx},{yy}"
        case Circle(r):
            return f"circle {r}"
        case (1, 2) | (2, 1):
            return "unreachable tuple"
        case None:
            return "none"
        case True:
            return "true!"
        case _:
            return f"other {type(v).__name__}"

for v in [0, 1, -5, 500, 3.5, 1000.0, "", "hi", [], [7], [1, 2], (1, 2, 3), [1, 2, 3, 4],
          {"type": "user", "name": "bob", "age": 3}, {"type": "x"}, {"other": 1},
          Point(0, 0), Point(0, 4), Point(2, 3), Circle(9), None, True, 2, {1, 2}, "x"]:
    print(repr(v)[:30], "->", describe(v))

RED, GREEN = "red", "green"
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
    return "unknown"
print(color("red"), color("green"), color("blue"))

def cmd(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "nothing"
print(cmd("go north"), cmd("pick up a b"), cmd("exit"), cmd("dance now"), cmd(""), cmd("go up"))

match (1, [2, 3], {"k": "v"}):
    case (a, [b, c], {"k": d}):
        print(a, b, c, d)

match "hello":
    case "hello" if False:
        print("no")
    case "hello":
        print("yes")

x = 5
match x:
    case 1:
        pass
print("no match leaves x", x)

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)

match [1, (2, 3)]:
    case [int(a), (b, c) as t]:
        print(a, b, c, t)

class P2:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2
try:
    match P2():
        case P2(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case Circle(1):
            pass
except TypeError as e:
    print("no error expected", e)
match 3.0:
    case 3:
        print("3.0 matches 3")
match b"ab":
    case [97, 98]:
        print("bytes as seq")
    case _:
        print("bytes not a sequence pattern")
match "ab":
    case [a, b]:
        print("str as seq")
    case _:
        print("str not a sequence pattern")
match -1:
    case -1:
        print("negative literal")
match 2 + 0j if False else 2:
    case 2:
        print("two")
