# Sorting fast paths (all ints/floats, all strs) must order and keep ties exactly as CPython,
# and str comparisons go by code point (astral characters sort after U+E000..U+FFFF).
import random

random.seed(5)
l = [random.random() for _ in range(20)] + [3, -2, 0.0, -0.0, float("inf"), float("-inf"), True, 10**20, 2**53 + 1]
print(sorted(l))
print(sorted(l, reverse=True))
print(sorted([0.0, -0.0, 0, False]), sorted([-0.0, 0.0]), sorted([1, 1.0, True], reverse=True), sorted([1.0, True, 1], reverse=False))
n = float("nan")
print(sorted([3, n, 1, 2]), sorted([n, 3, 1]), sorted([2.5, n, 1.5, n, 0.5]))
print(sorted(["\U0001F600", "\uFFFF", "a", "\uE000", "\U0001F600a", ""]))
print(sorted(["b", "a", "A", "", "ab", "aB"], reverse=True))
print("\U0001F600" > "\uFFFF", "\uE000" < "\U00010000", max("\U0001F600", "\uFFFF"), min(["\uFFFF", "\U00010000"]))
print(sorted([("\U0001F600", 1), ("\uFFFF", 2)]))


class F(float):
    pass


print(sorted([F(2.0), 1.0, F(0.5)]))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
print(sorted(range(10), key=lambda x: x % 3 * 0.5))
print(sorted(range(10), key=lambda x: -(x % 4), reverse=True))
words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
big = [(i * 7919) % 1009 for i in range(3000)]
s = sorted(big)
print(s[:10], s[-5:], s == sorted(big, key=float), sorted(big, reverse=True)[:5])
fl = [x / 7 for x in big]
print(sorted(fl)[:3], sorted(fl, reverse=True)[:3])
objs = [[i % 5, i] for i in range(20)]
print(sorted(objs, key=lambda p: p[0])[:8])
print(sorted(objs, key=lambda p: float(p[0]), reverse=True)[:8])
x = [3, 1, 2]
x.sort(key=lambda v: v * 1.5)
print(x)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1.5, None])
except TypeError as e:
    print("TypeError:", e)
