import heapq, bisect, operator
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h)
heapq.heappush(h, 0); print(heapq.heappop(h), h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len), heapq.nsmallest(1, [], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge([3, 1], [4, 2], reverse=True)), list(heapq.merge(["a", "bbb"], ["cc"], key=len)))
pq = []
for pr, task in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    heapq.heappush(pq, (pr, task))
print([heapq.heappop(pq) for _ in range(len(pq))])
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 0))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 9); print(a)
print(bisect.bisect_left([(1, "a"), (3, "b")], (2,)), bisect.bisect([1, 2, 3], 2, key=None), bisect.bisect_left(["aa", "bbbb"], 3, key=len))
ks = []; bisect.insort(ks, "ccc", key=len); bisect.insort(ks, "a", key=len); print(ks)
def grade(score, bps=[60, 70, 80, 90], g="FDCBA"):
    return g[bisect.bisect(bps, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(operator.add(1, 2), operator.mul(3, 4), operator.sub(5, 1), operator.truediv(1, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 3), operator.neg(5), operator.not_(0))
print(operator.eq(1, 1), operator.lt(1, 2), operator.ge(1, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(1, 3), operator.truth([]))
print(operator.itemgetter(1)([1, 2, 3]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(5), operator.attrgetter("a.b")(type("X", (), {"a": type("Y", (), {"b": 7})})))
print(operator.methodcaller("upper")("abc"), operator.methodcaller("split", ",")("a,b"), operator.contains([1], 1), operator.getitem({"a": 1}, "a"), operator.concat([1], [2]))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)), operator.index(5), operator.abs(-2), operator.is_(None, None), operator.is_not(1, None))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.countOf([1, 1, 2], 1), operator.indexOf([5, 6], 6), operator.length_hint([1, 2]))
x = [1]; x = operator.iadd(x, [2]); print(x, operator.iadd(1, 2), repr(operator.itemgetter(1)), repr(operator.attrgetter("x")))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), list(map(operator.sub, [5, 6], [1, 2])), operator.pos(-3), operator.matmul is not None)
