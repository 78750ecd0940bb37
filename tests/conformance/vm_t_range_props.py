r = range(3, 20, 4)
print(list(r), len(r), r[0], r[-1], r[1:3], 11 in r, 12 in r, r.index(15), r.count(7), r.start, r.stop, r.step)
print(list(range(5, 0, -1)), list(range(0)), list(range(-3, 3)), range(0, 10, 3) == range(0, 11, 3), bool(range(0)))
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 2))), sum(range(0, 100, 7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
