a = [5, 3, 8, 1, 9, 2]
a.append(7); a.extend([4, 6]); a.insert(0, 10); a.insert(-1, 11)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(5); print(a, a.index(9), a.count(3))
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
b = a.copy(); b[0] = -1; print(a[0], b[0])
print(a[1:4], a[::-1], a[::3], a[-2:])
a[1:3] = ["x", "y", "z"]; print(a)
a[::2] = [0] * len(a[::2]); print(a)
del a[0]; del a[-2:]; print(a)
print([1, 2] + [3], [0] * 3, [[1, 2], [3]] == [[1, 2], [3]], [1, 2] < [1, 3])
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "a"), (2, "a"), (1, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
m = [[i * j for j in range(4)] for i in range(3)]
print(m, [row[1] for row in m], list(zip(*m)))
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0])
x = [1, 2, 3]
x += [4]; x *= 2; print(x)
print(list(range(5)), list("abc"), list((1, 2)), list({"a": 1, "b": 2}))
print(sum([1, 2, 3]), max([3, 7, 2]), min([3, 7, 2]), 7 in [3, 7], 8 not in [3, 7])
lst = [3, 1, 2]
print(sorted(lst), lst, list(reversed(lst)), lst.clear(), lst)
s = [1, 2, 3]
s[len(s):] = [4, 5]; print(s)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s.index(99)
except ValueError as e:
    print("ValueError:", e)
r = [1, 2]
r.append(r)
print(r)
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
