import math
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vector(self.x / k, self.y / k)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __iter__(self): return iter((self.x, self.y))
    def __bool__(self): return bool(abs(self))
    def __neg__(self): return Vector(-self.x, -self.y)
    def normalized(self):
        n = abs(self)
        return self / n if n else Vector()
    def angle(self):
        return math.degrees(math.atan2(self.y, self.x))
v, w = Vector(3, 4), Vector(1, -1)
print(v + w, v - w, v * 2, 0.5 * v, v / 2, abs(v), -w, bool(Vector()), list(v), v == Vector(3, 4))
print(v.normalized(), round(v.angle(), 6), round(w.angle(), 6), Vector(0, 0).normalized())
x, y = v
print(x, y, sum(abs(p) for p in [v, w, Vector(6, 8)]))
