a = [1, 2, 3, 4, 5]
del a[0]
del a[-1]
print(a)
del a[:]
print(a)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
v = 5
del v
try:
    print(v)
except NameError as e:
    print("NameError:", e)
class C:
    attr = 1
    def __init__(self):
        self.inst = 2
c = C()
del c.inst
print(hasattr(c, "inst"))
del C.attr
print(hasattr(C, "attr"))
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
def f():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(f())
