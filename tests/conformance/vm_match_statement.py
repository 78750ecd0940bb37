def describe(x):
    match x:
        case 0 | 1 | 2:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case float():
            return "float"
        case str() if len(x) > 3:
            return "long string"
        case str():
            return "short string"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest] if rest:
            return f"list starting {first} with {len(rest)} more"
        case (a,):
            return f"singleton {a}"
        case {"action": "move", "dir": d}:
            return f"move {d}"
        case {"action": action}:
            return f"action {action}"
        case None:
            return "nothing"
        case True:
            return "unreachable"
        case _:
            return "something else"
for v in [0, 2, -5, 7, 1.5, "hi", "hello", [1, 2], [1, 2, 3], [9], (4,), {"action": "move", "dir": "up"}, {"action": "jump", "x": 1}, None, {1, 2}]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 5)]:
    print(where(p))
match (1, (2, 3)):
    case (a, (b, c) as inner):
        print(a, b, c, inner)
command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("quit")
match 42:
    case x:
        print("captured", x)
