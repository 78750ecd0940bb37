class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __iadd__(self, o):
        print("iadd")
        self.c = (self + o).c
        return self
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return V(*reversed(self.c))
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __bool__(self):
        return any(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __len__(self):
        return len(self.c)
    def __contains__(self, x):
        return x in self.c
    __hash__ = None

a = V(1, 2)
b = V(3, 4)
print(a + b, a + 1, 1 + a, 2 * a, a * 2, -a, +a, abs(b), ~a, a @ b)
c = a
c += b
print(c, a is c)
print(a == V(4, 6), a != b, a < b, b > a, sorted([b, a, V(0, 1)]))
print(bool(V(0, 0)), bool(V(0, 1)), len(a), 4 in a, a[0], a[-1], list(a))
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a - b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)

class R:
    def __init__(self, n): self.n = n
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return f"rsub({o})"
    def __lshift__(self, o): return f"lshift({o})"
    def __rpow__(self, o): return f"rpow({o})"
    def __floordiv__(self, o): return "fd"
    def __rtruediv__(self, o): return "rtd"
    def __mod__(self, o): return "mod"
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
    def __and__(self, o): return "and"
    def __ror__(self, o): return "ror"
    def __xor__(self, o): return "xor"
    def __rrshift__(self, o): return "rrshift"
r = R(1)
print(5 - r, r << 2, 2 ** r, r // 3, 3 / r, r % 2, divmod(r, 4), divmod(4, r), r & 1, 1 | r, r ^ 0, 1 >> r)
print(pow(2, r))

class Sub(V):
    def __radd__(self, o):
        return "Sub.radd wins"
print(V(1) + Sub(2))

class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return NotImplemented
x, y = Cmp(1), Cmp(2)
print(x == y, x != y, x == x)

class Ordered:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        return self.v > o
print(3 < Ordered(5), 7 < Ordered(5))

class Idx:
    def __index__(self): return 2
lst = [10, 20, 30, 40]
print(lst[Idx()], lst[Idx():], bin(Idx()), hex(Idx()), range(10)[Idx()], "abc" * Idx(), operator_free := Idx().__index__())
import operator
print(operator.index(Idx()), int.__index__(5))
try:
    lst[1.5]
except TypeError as e:
    print(e)
try:
    "abc"["x"]
except TypeError as e:
    print(e)

class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        self.items.extend(other)
        return self
    def __imul__(self, k):
        self.items *= k
        return self
ia = IAdd()
ia += [1, 2]
ia *= 2
print(ia.items)
t = (1,)
t += (2,)
print(t)
s = "ab"
s *= 3
print(s)
