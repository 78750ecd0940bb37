t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t.count(2), t.index(3), t + (4,), t * 2, 2 in t, (1,) * 3)
print(tuple(), (1,), tuple("ab"), tuple([1, 2]), tuple(range(3)), ((1, 2), (3,)))
a, b, *c = t
print(a, b, c)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)], sorted([(2, "b"), (1, "z"), (2, "a")]))
nested = ((1, [2, 3]), "s")
nested[0][1].append(4)
print(nested)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([], 1))
except TypeError as e:
    print("TypeError:", e)
print(max((3, "a"), (3, "b")), min([(1, 2), (0, 9)]), tuple(sorted((3, 1, 2))))
