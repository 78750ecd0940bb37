a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.count(1), a.index(4), a.index(1, 2), len(a), min(a), max(a), sum(a))
try:
    a.index(7)
except ValueError as e:
    print(type(e).__name__, e)
b = a.copy(); b.sort(); print(b, a)
b.sort(reverse=True); print(b)
b.sort(key=lambda x: (x % 3, x)); print(b)
a.append(0); a.extend([7, 8]); a.insert(0, -1); a.insert(100, 99); a.insert(-100, -99); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
try:
    a.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
a.reverse(); print(a); a.clear(); print(a)
c = [1, 2, 3, 4, 5, 6]
c[1:3] = [9]; print(c); c[::2] = [0, 0, 0]; print(c); del c[::2]; print(c)
try:
    c[::2] = [1, 2, 3, 4]
except ValueError as e:
    print(type(e).__name__, e)
print([1, 2] + [3], [0] * 3, [1, 2] < [1, 3], [1, 2] == [1, 2], [[1]] * 2, list("abc"), list(range(3)))
x = [1]; x += (2, 3); x *= 2; print(x)
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("zz", None), d.popitem(), d)
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d, list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)]), dict(zip("ab", [1, 2])))
e = d | {"w": 0}; d |= {"q": 9}; print(e, d)
print({1: 2} == {1: 2}, "x" in d, len(d), sorted(d), reversed(list(d)) is not None, list(reversed(d)))
dc = d.copy(); dc.clear(); print(dc, d)
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
print(d.keys() & {"x", "nope"}, d.keys() | {"n"} >= {"n"}, d.items() & {("x", 1)})
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1); print(s)
try:
    s.remove(10)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop() in {2, 3, 4}, len(s))
A = {1, 2, 3, 4}; B = {3, 4, 5}
print(A | B, A & B, A - B, A ^ B, A.union(B, [9]), A.intersection(B), A.difference(B), A.symmetric_difference(B))
print(A.issubset({1, 2, 3, 4, 5}), A.issuperset({1}), A.isdisjoint({7}), A <= A, A < A, {1} < A)
A2 = set(A); A2.update([7], [8]); A2.intersection_update(range(8)); print(A2)
A2.difference_update({1}); A2.symmetric_difference_update({2, 100}); print(A2)
f = frozenset([1, 2]); print(f, f | {3}, hash(f) == hash(frozenset([2, 1])), {f: 1}[frozenset({1, 2})])
print(set(), frozenset(), set("aab") == {"a", "b"}, repr(set()), {()})
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], (1,), tuple([1, 2]), tuple("ab"), () == tuple())
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted({"b": 1, "a": 2}))
print(list(enumerate("ab", 1)), list(zip([1, 2], "ab", [True, False])), list(reversed((1, 2))))
nested = [[1, 2], [3]]; import copy; dcp = copy.deepcopy(nested); dcp[0].append(9); print(nested, dcp)
