class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __eq__(self, o):
        if isinstance(o, Meters):
            return self.v == o.v
        return NotImplemented
    def __lt__(self, o):
        if isinstance(o, Meters):
            return self.v < o.v
        return NotImplemented
    def __repr__(self):
        return f"{self.v}m"
class Feet:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        if isinstance(o, Meters):
            return Meters(o.v + self.v * 0.3048)
        return NotImplemented
print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1), sum([Meters(1), Meters(2)], Meters(0)), Meters(1) + Feet(10))
print(Meters(1) == Meters(1), Meters(1) == 1, Meters(1) != Meters(2), sorted([Meters(3), Meters(1)]))
try:
    Meters(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    Feet(1) + Feet(2)
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __eq__(self, o):
        return "base-eq"
class Derived(Base):
    def __eq__(self, o):
        return "derived-eq"
print(Base() == Derived(), Derived() == Base())
