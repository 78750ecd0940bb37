a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7]), a.intersection(b, {4}), a.difference({1}), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({9}), a.issubset(range(10)))
s = set()
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    s.add(x)
print(s, len(s), 5 in s, 7 in s)
s.discard(9); s.remove(1); print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), s)
s.update([10, 20], {30}); print(s)
s.intersection_update({10, 20, 2, 3}); print(s)
s.difference_update({2}); print(s)
s.symmetric_difference_update({3, 4}); print(s)
f = frozenset([3, 2, 1])
print(f, f | {4}, hash(f) == hash(frozenset([1, 2, 3])), {f: 1})
print(set("hello") == set("olleh"), sorted(set("mississippi")))
print({x % 5 for x in range(20)}, set(range(3, 30, 4)))
print({100, 1, 50, 25, 12, 6, 3}, {-5, -1, 0, 5}, {2 ** 40, 1, 2})
print(set([(1, 2), (3, 4), (1, 2)]), {1.5, 0.25, 3.0})
c = {i * 7 % 17 for i in range(17)}
print(c)
c -= {0, 1, 2}
print(c, sorted(c)[:3])
empty = set()
print(empty, frozenset(), bool(empty), set() == frozenset())
big = set(range(100))
big -= set(range(0, 100, 3))
print(len(big), list(big)[:10])
