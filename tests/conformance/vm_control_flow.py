for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i, end=" ")
else:
    print("no break")
print()
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while else")
k = 10
while True:
    k -= 3
    if k < 0:
        break
print("k", k)
for a in range(3):
    for b in range(3):
        if a == b == 1:
            break
        print(a, b, end="; ")
print()
x = 5
r = "big" if x > 3 else "small"
print(r, "yes" if [] else "no", x if x else 0)
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or "default", not 0, not [1])
print(1 < 2 < 3 < 4, 1 < 2 > 0, 3 > 2 == 2, 1 == 1.0 != 2)
vals = [3, 0, -2, 8]
total = 0
for v in vals:
    match v:
        case 0:
            print("zero")
        case n if n < 0:
            print("negative", n)
        case _:
            total += v
print("total", total)
i = 0
while (i := i + 1) < 4:
    print("walrus", i)
data = [1, 4, 9]
if (m := max(data)) > 5:
    print("max", m)
print([y for x in range(4) if (y := x * x) % 2 == 0])
def classify(v):
    match v:
        case []:
            return "empty list"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x},{y}"
        case [x, *rest]:
            return f"many: {x} + {len(rest)}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case str() as s if s:
            return f"string {s}"
        case int() | float() as num:
            return f"number {num}"
        case None:
            return "none"
        case _:
            return "other"
for v in [[], [1], [1, 2], [1, 2, 3, 4], {"type": "point", "x": 1, "y": 2}, "hi", "", 3, 2.5, None, (1,), {"a": 1}]:
    print(classify(v))
