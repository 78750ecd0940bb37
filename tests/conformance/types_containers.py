# list/tuple/dict/set/frozenset methods, views, operators, recursion in repr, and their error messages.
from import_helper_types import t
L = [3, 1, 2, 1]
t(lambda: L.index(1)); t(lambda: L.index(1, 2)); t(lambda: L.index(1, -1)); t(lambda: L.index(5)); t(lambda: L.index(1, 0, 1)); t(lambda: [].remove(1)); t(lambda: [].pop()); t(lambda: [1].pop(5)); t(lambda: L.count(1))
t(lambda: [1, 2].insert(100, 3)); x = [1, 2]; x.insert(-100, 0); x.insert(1, 9); print(x)
t(lambda: sorted([(1, "b"), (0, "a"), (1, "a")], key=lambda p: p[0])); t(lambda: sorted("bca", reverse=True)); t(lambda: sorted([3, 1, 2], key=None)); t(lambda: sorted([1, "a"])); t(lambda: [3, 1].sort(reverse=1)); t(lambda: sorted([1, 2], lambda x: x))
d = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]; print(sorted(d, key=lambda p: p[1], reverse=True))
t(lambda: [1, 2] * 2); t(lambda: [1] + (2,)); t(lambda: [1, [2]] == [1, [2]]); t(lambda: [1, 2] < [1, 2, 3]); t(lambda: [1, 2] < [1, "a"]); t(lambda: list("abc")); t(lambda: list(5)); t(lambda: [0] * -1)
a = [1, 2, 3, 4, 5]; a[1:3] = [9]; print(a); a[::2] = [0, 0]; print(a); t(lambda: a.__setitem__(slice(None, None, 2), [1])); del a[::2]; print(a); a[5:] = [7]; print(a)
t(lambda: a[10]); t(lambda: a["x"]); t(lambda: a.__setitem__(10, 1)); t(lambda: a.__delitem__(10))
r = [1, 2]; r.append(r); print(r); dd = {1: 2}; dd[2] = dd; print(dd); s = [1]; s2 = (s,); s.append(s2); print(s)
t(lambda: (1, 2).index(3)); t(lambda: (1, 2, 1).count(1)); t(lambda: (1,) + [2]); t(lambda: (1, 2)[5]); t(lambda: tuple("ab")); t(lambda: (1, 2) < (1, 2, 0)); t(lambda: ()[0])
D = {"a": 1, "b": 2}
t(lambda: dict.fromkeys("abc")); t(lambda: dict.fromkeys([1, 2], [])); t(lambda: D.setdefault("c", 3)); t(lambda: D.setdefault("a")); t(lambda: {}.popitem()); t(lambda: D.popitem()); t(lambda: D.pop("zz")); t(lambda: D.pop("zz", 0)); t(lambda: D["zz"]); t(lambda: D.get("a"))
t(lambda: {"a": 1} | {"b": 2}); t(lambda: {"a": 1} | [("b", 2)]); e = {"a": 1}; e |= [("b", 2)]; print(e); t(lambda: e.__ior__(5))
t(lambda: dict([(1, 2), (3, 4)])); t(lambda: dict([(1, 2, 3)])); t(lambda: dict([1])); t(lambda: dict(a=1, **{"b": 2})); t(lambda: dict({1: 2}, x=3)); t(lambda: {}.update([(1,)])); t(lambda: {[1]: 2}); t(lambda: {}.__getitem__([1]))
k = {"a": 1, "b": 2, "c": 3}
t(lambda: k.keys() & {"a", "x"}); t(lambda: sorted(k.keys() | {"x"})); t(lambda: sorted(k.keys() - {"a"})); t(lambda: sorted(k.keys() ^ {"a", "z"})); t(lambda: k.items() & {("a", 1)}); t(lambda: list(reversed(k))); t(lambda: list(reversed(k.values()))); t(lambda: list(reversed(k.items())))
t(lambda: k.keys() == {"a", "b", "c"}); t(lambda: k.keys() <= {"a", "b", "c", "d"}); t(lambda: k.keys().isdisjoint({"x"})); t(lambda: "a" in k.keys()); t(lambda: ("a", 1) in k.items()); t(lambda: 1 in k.values())
t(lambda: k.values() == k.values()); t(lambda: k.keys()); t(lambda: k.items()); t(lambda: k.values()); t(lambda: len(k.items())); t(lambda: k.keys() & [1, "a"])
t(lambda: {1: 2} == {1: 2.0}); t(lambda: {1: 2} < {1: 3}); t(lambda: dict.fromkeys(range(3), 0)); t(lambda: {**{"a": 1}, "a": 2})
def mod():
    for key in k: k["new"] = 1
t(mod)
def mod2():
    s = {1, 2}
    for x in s: s.add(x + 10)
t(mod2)
S = {1, 2, 3}
t(lambda: S | [4]); t(lambda: S.union([4], (5,))); t(lambda: S & frozenset([1])); t(lambda: frozenset([1]) | S); t(lambda: S - {1}); t(lambda: S ^ {1, 9}); t(lambda: S <= {1, 2, 3}); t(lambda: S < S); t(lambda: S.issubset([1, 2, 3, 4])); t(lambda: S.remove(9)); t(lambda: set().pop()); t(lambda: S.discard(9)); t(lambda: {1} == frozenset({1}))
t(lambda: S.intersection([2, 3], [3])); t(lambda: S.difference()); t(lambda: S.symmetric_difference([3, 4])); t(lambda: set("aab") == {"a", "b"}); t(lambda: frozenset()); t(lambda: set()); t(lambda: {frozenset({1})}); t(lambda: S.isdisjoint([4])); t(lambda: {[1]})
s3 = {1, 2}; s3 |= {3}; s3 &= {1, 3}; s3 -= {1}; s3 ^= {5}; print(s3); t(lambda: s3.__ior__([1])); t(lambda: S.update([1], [7])); t(lambda: S.intersection_update([1, 2])); print(S)
t(lambda: S + {1}); t(lambda: frozenset([1, 2]) == {1, 2}); t(lambda: hash(frozenset([1, 2])) == hash(frozenset([2, 1]))); t(lambda: repr(frozenset({1, 2}))); t(lambda: {1, 2}.copy()); t(lambda: set([1, 2]) > set([1]))
fs = frozenset([1]); fs2 = fs; fs |= {2}; print(fs, fs2, fs is fs2)
class MySet(set): pass
t(lambda: MySet([1]) | {2}); t(lambda: repr(MySet([1]))); t(lambda: type(MySet([1]).copy()))
t(lambda: len({})); t(lambda: {}.keys() == set()); t(lambda: sorted({"b": 1, "a": 2}.items())); t(lambda: min({"b": 1, "a": 2})); t(lambda: list(zip(k, k.values())))
t(lambda: k.keys().mapping); t(lambda: k.values().mapping); t(lambda: k.items().mapping["a"])
