points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y, end=" ")
print()
for i, (x, y) in enumerate(points):
    print(i, x * y)
data = {"a": (1, [2, 3]), "b": (4, [5, 6])}
for key, (first, (second, third)) in sorted(data.items()):
    print(key, first, second, third)
head, *tail = points
print(head, tail)
(a, b), (c, d), *_ = points
print(a, b, c, d)
swapped = [(y, x) for x, y in points]
print(swapped, dict(swapped), max(points, key=lambda p: p[1]))
