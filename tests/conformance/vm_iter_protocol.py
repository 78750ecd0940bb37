class Range3:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
print(list(Range3(4)), sum(Range3(5)), max(Range3(3)), sorted(Range3(3), reverse=True), 2 in Range3(3))
class CountIter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
ci = CountIter()
print(list(ci), list(ci), next(iter([5])))
it = iter({"a": 1, "b": 2})
print(next(it), next(it), next(it, "exhausted"))
it2 = iter("xy")
print(list(zip(it2, it2)))
nums = iter(range(10))
print([n for n in nums if n > 6], list(nums))
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
sentinel_iter = iter([1, 2, 0, 3].pop, 0)
print(list(sentinel_iter))
