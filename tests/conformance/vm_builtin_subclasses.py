class MyInt(int):
    def double(self): return self * 2
m = MyInt(5)
print(m + 1, m.double(), m, repr(m), m == 5, m < 6, isinstance(m, int), type(m).__name__, hash(m) == hash(5), [0]*3 + [m])
class Name(str):
    def shout(self): return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), len(n), n + "x", n == "bob", n.startswith("b"), type(n).__name__, f"{n:>5}", "o" in n)
class F(float):
    def half(self): return self / 2
f = F(3.0)
print(f, f.half(), f + 1, f * 2, type(f).__name__, round(f), int(f))
class Celsius(float):
    def __add__(self, o): return Celsius(float(self) + float(o))
    def __repr__(self): return f"{float(self)}C"
print(repr(Celsius(1.5) + 2))
