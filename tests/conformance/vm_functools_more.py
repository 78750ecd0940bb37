from functools import reduce, partial, cmp_to_key, total_ordering, lru_cache, cache, wraps
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(lambda a, b: a if a > b else b, [3, 9, 4]))
int2 = partial(int, base=2)
print(int2("1011"), partial(max, 5)(3), partial(sorted, reverse=True)([1, 3, 2]))
def compare(a, b):
    return (a > b) - (a < b)
print(sorted(["b", "a", "c"], key=cmp_to_key(compare)), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(60))
@lru_cache(maxsize=None)
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 300), key=collatz), collatz.cache_info().hits > 0)
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.9.1")]
print(sorted(vs), max(vs), Version("2.0") >= Version("1.99"), Version("1.0") <= Version("1.0"))
