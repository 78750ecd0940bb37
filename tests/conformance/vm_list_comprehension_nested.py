matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print({(i, j): i * j for i in range(3) for j in range(2)})
print([i if i % 2 else -i for i in range(6)], [c for c in "hello" if c not in "aeiou"])
