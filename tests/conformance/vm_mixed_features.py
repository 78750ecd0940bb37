# misc features
def deco(f):
    def w(*a, **k):
        print("call", f.__name__, a, k)
        return f(*a, **k)
    return w
@deco
def add(a, b=2, *, c=3):
    return a + b + c
print(add(1), add(1, 5, c=10))
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x}, {self.y})"
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
s = {P(1,2), P(1,2), P(3,4)}
print(len(s), sorted(s))
d = {P(1,2): "a"}
print(d[P(1,2)])
print([x**2 for x in range(10) if x % 2], {k: v for k, v in zip("abc", range(3))})
print(list(map(lambda x: x*2, [1,2,3])), list(filter(None, [0,1,2,0])))
try:
    {}["x"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    [].pop()
except IndexError as e:
    print(e)
x = 10
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer(); print(f(), f())
print("%s is %d years, %.2f%%" % ("Bob", 30, 99.5))
print("{:>8}|{:<6}|{:^7}|{:08.3f}|{:,}".format("r", "l", "c", 3.14159, 1234567))
a, *b, c = range(6); print(a, b, c)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2**-1, 10**20, -2**63)
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1250, -2))
print(int("  42 "), int("ff", 16), int("0b101", 0), float("1e-3"), str(1e22), 1e16, 123456789.0)
print(0.1 + 0.2, 1/3, 2/3, 1e-7, 100.0, -0.0, float("inf"), float("nan"))
g = (i*i for i in range(5)); print(next(g), sum(g))
print(sorted("hello world".split(), key=len, reverse=True))
print(max([3,1,2]), min("abc"), max([], default=None), abs(-3.5), sum([0.1]*10))
print(isinstance(True, int), issubclass(bool, int), type(3).__name__, type(None))
print(repr("it's"), repr('say "hi"'), repr("a\nb\\"), ascii("héllo"))
print(list(enumerate("ab", 1)), list(zip([1,2],[3,4],[5,6])), list(reversed([1,2,3])))
print("abc"[::-1], "hello"[1:4], [1,2,3,4,5][::2], (1,2,3)[-1])
class A:
    cls_var = 5
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def st(x): return x * 2
    @property
    def p(self): return self.cls_var + 1
print(A.make().p, A.st(4), A().cls_var)
with open if False else __import__("sys").stdout as _:
    pass
