names = ["ann", "bob", "cid"]
ages = [31, 25]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(i, n)
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()), dict(zip(names, ages)))
for (i, n), a in zip(enumerate(names), ages):
    print(i, n, a)
pairs = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(pairs)
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("")), list(zip("ab", range(100))), next(enumerate(["x"])))
