from collections import defaultdict, Counter, deque, namedtuple, OrderedDict
from functools import reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering
from itertools import count, islice, permutations, combinations, product, chain, groupby, accumulate, zip_longest
import heapq, bisect, operator, string, copy
from typing import List, Dict, Optional
d = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    d[w[0]].append(w)
print(d, dict(d), d["z"])
c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["z"], sum(c.values()))
q = deque([1, 2, 3], maxlen=4)
q.appendleft(0); q.append(4); q.rotate(1)
print(q, q.popleft(), len(q))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), Point._fields, isinstance(p, tuple), p == (1, 2))
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, od.popitem(last=False))
print(reduce(operator.mul, range(1, 6)), partial(pow, 2)(10))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(100), fib.cache_info())
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(list(islice(count(5, 2), 4)), list(permutations("abc", 2)), list(combinations(range(4), 2)))
print(list(product("ab", repeat=2)), list(chain([1], [2, 3])), [(k, list(g)) for k, g in groupby("aabbbc")])
print(list(accumulate([1, 2, 3, 4])), list(zip_longest("ab", "xyz", fillvalue="-")))
h = [5, 1, 8, 3]; heapq.heapify(h); heapq.heappush(h, 0); print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 9, 2]))
a = [1, 3, 5]; bisect.insort(a, 4); print(a, bisect.bisect_left(a, 3), bisect.bisect(a, 3))
print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords("hello world"))
x = [[1, 2], [3]]; y = copy.deepcopy(x); y[0].append(9); print(x, y, copy.copy(x) == x)
def f(a: List[int]) -> Optional[Dict[str, int]]: return None
print(f([1]), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
