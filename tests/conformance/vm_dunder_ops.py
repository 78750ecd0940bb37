class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __contains__(self, v):
        return v in (self.x, self.y)


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, abs(b), a == Vec(1, 2), a != b, a < b)
print(len(a), a[0], a[-1], list(a), tuple(b), bool(Vec(0, 0)), 2 in a, 5 in a)
print(sorted([b, a, Vec(0, 1)]), max(a, b), {a: "first"}[Vec(1, 2)])
x, y = b
print(x, y)
c = a
c += b
print(c, a is c)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        return Money(self.cents + (other if isinstance(other, int) else other.cents))

    def __add__(self, other):
        return self.__radd__(other)

    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f")

    def __str__(self):
        return f"${self.cents / 100:.2f}"


print(sum([Money(150), Money(275)]), f"{Money(1234):>10.1f}", format(Money(5)))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(Seq()), 20 in Seq(), [v for v in Seq()])
