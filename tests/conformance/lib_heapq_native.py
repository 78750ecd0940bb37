# heapq and bisect run on the native _heapq/_bisect modules: results, comparison protocol,
# stability, laziness of merge, and CPython's argument errors.
import heapq
import bisect
import itertools


def attempt(label, fn, *args, **kw):
    try:
        print(label, "->", fn(*args, **kw))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


data = [(i * 7919) % 101 for i in range(60)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[:10], len(h))
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))

h = data[:]
heapq.heapify(h)
print(h[:8], all(h[(k - 1) // 2] <= h[k] for k in range(1, len(h))))
print(heapq.heapreplace(h, 500), heapq.heappushpop(h, -1), heapq.heappushpop(h, 1000), h[0])
print(heapq.heappushpop([], 5))

# tuples: ties broken by the next field
tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (3, "a")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(5)])


class Job:
    compares = 0

    def __init__(self, p, name):
        self.p, self.name = p, name

    def __lt__(self, other):
        Job.compares += 1
        return self.p < other.p

    def __repr__(self):
        return f"Job({self.p}, {self.name!r})"


jobs = [Job(p, n) for p, n in [(5, "e"), (1, "a"), (4, "d"), (2, "b"), (3, "c")]]
heapq.heapify(jobs)
print([heapq.heappop(jobs) for _ in range(5)], Job.compares > 0)


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"


g = [OnlyGt(3), OnlyGt(1), OnlyGt(2)]
heapq.heapify(g)  # '<' falls back to the reflected '>'
print(g[0], heapq.heappop(g), heapq.heappop(g), heapq.heappop(g))


class MyList(list):
    def append(self, x):
        raise AssertionError("heapq does not call methods")


ml = MyList([4, 2, 3])
heapq.heapify(ml)
heapq.heappush(ml, 1)
print(ml, type(ml).__name__)

print(heapq.nsmallest(3, data), heapq.nlargest(3, data))
print(heapq.nsmallest(2, ["bb", "a", "ccc", "dd"], key=len), heapq.nlargest(2, ["bb", "a", "ccc", "dd"], key=len))
print(heapq.nsmallest(1, []), heapq.nlargest(1, [], key=abs), heapq.nsmallest(0, data), heapq.nlargest(-2, data))
print(heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(1, iter([3, 9, 2])))
pairs = [(1, "x"), (0, "y"), (1, "z"), (0, "w")]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(3, pairs, key=lambda p: p[0]))

print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge([5, 3, 1], [6, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([], [1], [])))
evens = (2 * i for i in itertools.count())
odds = (2 * i + 1 for i in itertools.count())
print(list(itertools.islice(heapq.merge(evens, odds), 10)))

attempt("heappop empty", heapq.heappop, [])
attempt("heapreplace empty", heapq.heapreplace, [], 1)
attempt("heappush tuple", heapq.heappush, (1,), 2)
attempt("heappop tuple", heapq.heappop, ())
attempt("heapify int", heapq.heapify, 5)
attempt("heappush arity", heapq.heappush, [])
attempt("heappush kw", heapq.heappush, [], 1, key=2)
attempt("heappop arity", heapq.heappop)
attempt("mixed types", heapq.heappush, [1], "a")
attempt("pushpop arity", heapq.heappushpop, [1])

a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in (0, 2, 4, 9)], [bisect.bisect_right(a, x) for x in (0, 2, 4, 9)])
print(bisect.bisect(a, 2), bisect.bisect(a, 2, 4), bisect.bisect(a, 2, 0, 2), bisect.bisect_left(a, 2, hi=3))
print(bisect.bisect_left(range(100), 37), bisect.bisect_right((1, 2, 3), 2), bisect.bisect("abdf", "c"))
records = [("ann", 31), ("bob", 25), ("cy", 40)]
records.sort(key=lambda r: r[1])
print(bisect.bisect_left(records, 30, key=lambda r: r[1]), bisect.bisect_right(records, 40, key=lambda r: r[1]))
bisect.insort(records, ("dee", 33), key=lambda r: r[1])
bisect.insort_left(records, ("eve", 25), key=lambda r: r[1])
print(records)
s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort_right(s, x)
print(s)
t = []
for x in [3.5, 1, True, 2.25]:
    bisect.insort_left(t, x)
print(t)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100)])
attempt("lo negative", bisect.bisect, [1], 1, -1)
attempt("hi beyond", bisect.bisect, [1, 2, 3], 2, hi=10)
attempt("hi negative", bisect.bisect, [1], 1, hi=-5)
attempt("float lo", bisect.bisect, [1, 2], 1, 1.5)
attempt("None lo", bisect.bisect, [1, 2], 1, lo=None)
attempt("no len", bisect.bisect, 5, 1)
attempt("missing x", bisect.bisect_left, [1])
attempt("missing a", bisect.insort)
attempt("too many", bisect.bisect, [1], 1, 0, 1, None)
attempt("bad kw", bisect.bisect, [1], 1, foo=2)
attempt("dup kw", bisect.bisect, [1], 1, a=[1])
attempt("bad key", bisect.bisect, [1], 1, key=3)
attempt("tuple insort", bisect.insort, (1,), 2)
attempt("uncomparable", bisect.bisect, [1], "a")
print(heapq.heappush.__name__, bisect.bisect_left.__name__, bisect.bisect is bisect.bisect_right)
