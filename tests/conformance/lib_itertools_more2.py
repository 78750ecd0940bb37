import itertools as it
import operator as op
import copy
import heapq
it1 = iter([1, 2, 3, 4, 5])
print(list(it.islice(it1, 2)), next(it1), list(it.islice(it1, 0)), next(it1))
g = it.groupby([1, 1, 2, 2, 1])
k1, grp1 = next(g); k2, grp2 = next(g); print(k1, list(grp1), k2, list(grp2), [(k, len(list(v))) for k, v in g])
print(list(it.accumulate([1, 2, 3], op.mul)), list(it.accumulate([5, 1, 3], min)), list(it.accumulate("abc", lambda a, b: b + a)))
c = it.count(); next(c); print(next(c), next(it.count(5, -1)), list(zip(it.count(1), "ab")), list(it.repeat("x", 0)), list(zip(it.repeat(1), range(2))))
t1, t2, t3 = it.tee(iter(range(3)), 3); next(t1); print(list(t1), list(t2), list(t3), len(it.tee([1])))
print(list(it.product(range(2), range(2), repeat=1)), list(it.product("ab", repeat=0)), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations([1, 2, 3])), list(it.permutations(range(3), 0)), list(it.permutations("ab", 3)))
print(list(it.combinations(range(4), 3)), list(it.combinations("abc", 4)), list(it.combinations_with_replacement(range(3), 2)))
print(list(it.starmap(op.add, zip([1, 2], [3, 4]))), list(it.takewhile(str.isdigit, "12a3")), list(it.dropwhile(lambda c: c != "x", "abxcd")))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.compress(range(5), it.cycle([1, 0]))), list(it.chain.from_iterable(["ab", "cd"])))
print(list(it.zip_longest("abc", [1], [True, False], fillvalue=0)), list(it.pairwise(range(4))), [list(x) for x in it.batched("abcde", 2)] if hasattr(it, "batched") else "nobatched")
print(op.itemgetter("a", "b")({"a": 1, "b": 2}), op.attrgetter("real", "imag")(3), op.methodcaller("replace", "a", "b")("aa"), op.neg(-3), op.floordiv(-7, 2))
print(op.lt(1, 2), op.le(2, 2), op.ne(1, 2), op.gt("b", "a"), op.not_([]), op.truth([0]), op.is_(1, 1), op.concat("a", "b"), op.mod("%s!", "hi"))
l = [1, 2, 3]; op.setitem(l, slice(0, 2), [9]); print(l, op.getitem("abc", slice(1, None)), op.contains("abc", "b"), op.countOf("aab", "a"))
x = [1]; y = op.iadd(x, [2]); print(x is y, op.imul([1], 2), op.ipow(2, 3), op.ior({1}, {2}), op.iconcat([1], [3]), op.length_hint(iter([1, 2, 3])))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    op.attrgetter("nope")(1)
except AttributeError as e:
    print(type(e).__name__, e)
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2_ = copy.deepcopy(tree); t2_.children[1].children[0].v = 99; print(tree, t2_)
sh = copy.copy(tree); sh.children.append(Node(5)); print(len(tree.children), sh.v is tree.v)
d = {"a": [1, 2], "b": {"c": (3, [4])}}; dd = copy.deepcopy(d); dd["b"]["c"][1].append(5); print(d, dd)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, [2]
s1 = Slotted(); s2 = copy.deepcopy(s1); s2.b.append(3); print(s1.b, s2.b, copy.copy(s1).a)
class WithState:
    def __init__(self):
        self.x = 1
    def __getstate__(self):
        return {"x": self.x * 10}
    def __setstate__(self, st):
        self.x = st["x"] + 1
print(copy.deepcopy(WithState()).x, copy.copy(WithState()).x)
print(copy.deepcopy(frozenset([1, 2])), copy.deepcopy((1, [2])), copy.copy([1, [2]]), copy.deepcopy(range(3)), copy.copy("s"))
h = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, -v)
print([-heapq.heappop(h) for _ in range(3)], heapq.nsmallest(3, [(2, "b"), (1, "z"), (1, "a")]), heapq.nlargest(2, {"a": 3, "b": 1, "c": 2}.items(), key=lambda kv: kv[1]))
data = [7, 2, 9, 4]; heapq.heapify(data); print(data[0], heapq.heappushpop(data, 1), heapq.heapreplace(data, 10), sorted(data))
print(heapq.nsmallest(10, [3, 1]), heapq.nlargest(0, [1, 2]), heapq.nlargest(1, [1, 5, 2]), list(heapq.merge([1, 3], [2], [0, 5])))
