def zeros(r, c):
    return [[0] * c for _ in range(r)]
def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m
def mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
a = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
print(mul(a, identity(3)) == a, transpose(a), det(a), det(identity(4)), mul(a, a))
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
grid = [[(r * 3 + c) % 5 for c in range(4)] for r in range(3)]
for row in grid:
    print(" ".join(f"{v:2d}" for v in row))
print([max(col) for col in zip(*grid)], sum(map(sum, grid)))
