def gen():
    try:
        x = yield 1
        print("got", x)
        yield x * 2
    finally:
        print("cleanup")
g = gen(); print(next(g)); print(g.send(21)); g.close()
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"
def wrap():
    r = yield from countdown(3)
    print("ret", r)
print(list(wrap()))
class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x); return self
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items[::-1])
    def __getitem__(self, i): return self.items[i]
    def __contains__(self, x): return x in self.items
    def __bool__(self): return bool(self.items)
s = Stack().push(1).push(2).push(3)
print(len(s), list(s), s[0], 2 in s, bool(Stack()))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Foo(metaclass=Meta): pass
print(Foo.tag, type(Foo).__name__)
class Base:
    def greet(self): return "base"
class Mid1(Base):
    def greet(self): return "m1+" + super().greet()
class Mid2(Base):
    def greet(self): return "m2+" + super().greet()
class Leaf(Mid1, Mid2):
    def greet(self): return "leaf+" + super().greet()
print(Leaf().greet(), [c.__name__ for c in Leaf.__mro__])
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    print(repr(e), repr(e.__context__))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
for i in range(3):
    try:
        if i == 1: continue
        print("i", i)
    finally:
        print("f", i)
match (1, [2, 3]):
    case (1, [a, b]) if a < b:
        print("matched", a, b)
    case _:
        print("no")
match {"k": 5, "z": 1}:
    case {"k": v, **rest}:
        print(v, rest)
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match Pt(1, 2):
    case Pt(x=1, y=yy): print("pt", yy)
match 5:
    case 1 | 2: print("small")
    case int(n) if n > 3: print("big", n)
print(*[1, 2], sep="-", end="!\n")
print(f"{'a'!r:>5}|{3.0:g}|{1e20:g}|{0.00001:g}|{123.456:e}|{255:#x}|{-3:05d}|{'x':*^7}")
nums = [5, 3, 8, 1]
nums.sort(key=lambda v: -v); print(nums)
print(sorted({"b": 2, "a": 1}.items()), dict(a=1, b=2), {**{"x": 1}, "y": 2})
print(list(range(10, 0, -3)), range(5)[1:3], len(range(0, 10, 3)))
print(str(b"abc"), b"a" + b"b", bytes([65, 66]), "é".encode(), b"\xc3\xa9".decode())
print(hex(255), oct(8), bin(-5), chr(9731), ord("€"))
print(int.__name__, (1).__class__, [].__class__.__name__)
x = [1, 2, 3]; x[1:2] = [7, 8, 9]; print(x); del x[::2]; print(x)
print("a-b-c".rsplit("-", 1), "  x  y ".split(), "ABC".lower().title(), "x".join("abc"))
print(1 < 2 < 3, 1 < 3 < 2, "abc" < "abd", (1, 2) < (1, 3), [1] == [1.0])
print(all([]), any([]), sum(range(101)), 2 ** 0.5, 10 // 3, 10.0 // 3, -10 % 3)
