try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("ValueError:", e)
gen = (int(s) for s in ["1", "x"])
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
print(next(gen, "exhausted"))
result = []
for i in range(3):
    try:
        result.append([10 // (i - j) for j in range(3)])
    except ZeroDivisionError:
        result.append("div0")
print(result)
