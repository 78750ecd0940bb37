print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 and x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)])
print({x: x ** 3 for x in range(5)})
print({c for c in "abracadabra"} == set("abcdr"), sorted({c for c in "abracadabra"}))
print({k: v for k, v in zip("xyz", range(3)) if v})
g = (n for n in range(5))
print(sum(g), list(g))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
x = 10
print([x for x in range(3)], x)
words = ["apple", "bob", "kayak", "level", "tree"]
print([w for w in words if w == w[::-1]], {len(w) for w in words}, {w[0]: w for w in words})
print(list(filter(lambda w: len(w) > 3, words)), list(map(str.upper, words[:2])))
nums = [5, 2, 8, 1]
print(sorted(nums), [i for i, v in enumerate(nums) if v > 2], any(v > 7 for v in nums), all(v > 0 for v in nums))
print(dict(enumerate("abc")), list(zip(*[(1, "a"), (2, "b")])))
class A:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(A.doubled)
print([(lambda v: v + 1)(i) for i in range(3)])
print(sum(i * j for i in range(4) for j in range(4) if i != j))
