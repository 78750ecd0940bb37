people = [("alice", 30, 88.5), ("bob", 25, 92.0), ("carol", 30, 75.25), ("dave", 25, 92.0)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[2], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(max(people, key=lambda p: p[2]), min(people, key=lambda p: (p[1], p[0])))
by_age = {}
for name, age, score in people:
    by_age.setdefault(age, []).append(name)
print(by_age, sorted(by_age.items(), key=lambda kv: len(kv[1])))
words = "The quick brown Fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 3, n)), list(reversed(sorted(nums))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda *a, **k: (a, k))(1, 2, z=3))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20, 30])), list(filter(lambda x: x % 2, range(10))))
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=lambda t: t[0])
print(stable)
nums.sort(key=lambda n: -n)
print(nums)
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}, reverse=True), sorted("hello", reverse=True), sorted([]))
