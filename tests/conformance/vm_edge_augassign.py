class Box:
    def __init__(self):
        self.v = 1
        self.items = [1, 2]
b = Box()
b.v += 10
b.items[0] += 5
b.items += [3]
print(b.v, b.items)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("n", 0)
d["n"] += 1
print(d)
calls = []
def key():
    calls.append("key")
    return 0
lst = [10]
lst[key()] += 1
print(lst, calls)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
s = "ab"
s *= 2
s += "!"
print(s)
x = 7
x //= 2
x **= 3
x %= 10
print(x)
f = 1.5
f *= 2
f -= 0.5
print(f)
