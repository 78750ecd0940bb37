print(set([1, 2, 2, 3]), set("banana") == {"a", "b", "n"}, set(range(5)) - {0, 4}, {1, 2} | {3}, {1, 2} & {2, 3})
s = {5, 3, 9}
print(sorted(s), max(s), min(s), sum(s), len(s), 3 in s)
s.add(1)
s.discard(100)
print(s, s.issubset({1, 3, 5, 9, 11}), s.issuperset({1}), s.isdisjoint({2, 4}))
fs = frozenset({1, 2})
print(fs, fs | {3}, type(fs | {3}).__name__, {3} | fs, type({3} | fs).__name__, fs == {1, 2})
print({i % 4 for i in range(100)}, set(), {()}, {(1, 2), (1, 2)}, {None, 0})
nums = {64, 32, 16, 8, 4, 2, 1}
print(nums, {-64, -1, 1, 64}, {1000, 2000, 3000}, {7, 15, 23, 31})
print({0.5, 1.0, 1.5}, {True, 1, 1.0}, {1, True})
