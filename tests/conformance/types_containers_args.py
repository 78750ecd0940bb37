# list/dict/set/tuple argument errors, slice assignment, copies, equality of mixed numeric keys.
from import_helper_types import t
t(lambda: [].sort(1)); t(lambda: [].sort(key=1)); t(lambda: [2, 1].sort(key=None, reverse=None)); t(lambda: [].sort(foo=1)); t(lambda: sorted([], foo=1)); t(lambda: sorted([2, 1], reverse="yes")); t(lambda: [1].index("a")); t(lambda: [1].index(1, "a")); t(lambda: [1].insert("a", 1)); t(lambda: [1].pop("a"))
t(lambda: [1, 2, 3].pop(-4)); t(lambda: [].pop(0)); t(lambda: list.pop([1], 0)); t(lambda: [1, 2].extend(3)); t(lambda: [1, 2] * "a"); t(lambda: [1] * True); t(lambda: [1, 2, 3][1:2:0])
t(lambda: {}.get()); t(lambda: {}.get(1, 2, 3)); t(lambda: {}.pop()); t(lambda: {}.setdefault()); t(lambda: {}.update(1)); t(lambda: {}.update([1, 2])); t(lambda: {}.update([(1, 2, 3)])); t(lambda: {}.update({1: 2}, {3: 4})); t(lambda: dict.fromkeys(1)); t(lambda: {}.fromkeys([1]))
t(lambda: {1: 2}.items() - {(1, 2)}); t(lambda: {1: 2}.keys() < {1, 2}); t(lambda: {1: 2} == [(1, 2)]); t(lambda: dict(1)); t(lambda: dict("ab")); t(lambda: dict(["ab"])); t(lambda: dict([["a", 1]])); t(lambda: dict(a=1) == dict([("a", 1)])); t(lambda: {1: 1} | 1)
t(lambda: {1}.add([])); t(lambda: {1}.remove([])); t(lambda: {1}.discard([])); t(lambda: [] in {1}); t(lambda: {1}.update(1)); t(lambda: {1}.union(1)); t(lambda: {1} - [1]); t(lambda: {1} & 1); t(lambda: {1}.issubset(1)); t(lambda: set(1)); t(lambda: frozenset(1)); t(lambda: {1}.difference_update([1], [2]))
t(lambda: {1, 2} <= frozenset({1, 2, 3})); t(lambda: frozenset({1}) < {1, 2}); t(lambda: {1} == {1.0}); t(lambda: {1, 2}.symmetric_difference_update({2, 3})); t(lambda: {(1, 2), (1, 2)}); t(lambda: len({1, 1.0, True})); t(lambda: {0, False, 0.0}); t(lambda: {float("nan"), float("nan")}.__len__())
t(lambda: (1, 2) + [3]); t(lambda: (1, 2) * -1); t(lambda: (1,) * 3); t(lambda: tuple([1, 2]).count()); t(lambda: (1, 2).index(2, 0, 1)); t(lambda: hash((1, [2]))); t(lambda: (1, 2) == [1, 2]); t(lambda: (1, 2) < (1, 2.5)); t(lambda: () < (0,)); t(lambda: (1, (2, 3)) < (1, (2, 4)))
import copy
l = [1, [2, 3]]; c = l.copy(); c[1].append(4); print(l); d = copy.deepcopy(l); d[1].append(5); print(l, d)
x = [1, 2, 3, 4, 5, 6]; del x[1::2]; print(x); x[:] = "ab"; print(x); x[len(x):] = [9]; print(x); x[0:0] = (7, 8); print(x); x[-1:] = []; print(x)
y = list(range(10)); y[2:8:3] = ["a", "b"]; print(y); t(lambda: y.__setitem__(slice(2, 8, 3), [1, 2, 3]))
z = [3, 1, 2]; z.sort(); z.reverse(); print(z, z.count(2), z.index(2)); w = z; w += [0]; print(z); print(sorted(z, key=lambda v: (v % 2, v)))
s = {3, 1, 2}; print(s.pop() in {1, 2, 3}, len(s)); s.clear(); print(s, set() == frozenset())
print({1: "a"}.get(1.0), {1.0: "b"}[True], {(1, 2): 1}.get((1.0, 2.0)), {"a": 1}.keys() == {"a"}, list({"b": 1, "a": 2}.values()))
dd = dict.fromkeys(["x", "y"], 0); dd.update(x=5); dd.update([("z", 9)]); print(dd, dd.pop("x"), dd.popitem(), dd, dd.setdefault("q", []), dd)
t(lambda: [].pop("a")); t(lambda: [1].insert(10**30, 2)); t(lambda: [1, 2].index(2, -10**30, 10**30)); t(lambda: [1].pop(10**30))
