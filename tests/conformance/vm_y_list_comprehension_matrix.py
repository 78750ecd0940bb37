n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
print(identity)
mult = [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]
for row in mult:
    print(" ".join(f"{v:2}" for v in row))
print([mult[i][i] for i in range(n)], sum(sum(r) for r in mult), [list(c) for c in zip(*mult)][0])
