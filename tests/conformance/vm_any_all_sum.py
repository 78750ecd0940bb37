print(any([]), all([]), any([0, 0.0, ""]), all([1, "a", [0]]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(sum([]), sum([1, 2, 3], 10), sum([0.1, 0.2, 0.3]), sum([[1], [2, 3]], []), sum(x for x in range(5) if x % 2))
print(sum([1.5, 2, True]), sum(range(101)), sum([10 ** 20, 1]))
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)
print(max([1, 5, 3]), max("hello"), max([[1, 2], [1, 3]]), max(3, 7, key=lambda x: -x), min(("b", 2), ("a", 9)))
