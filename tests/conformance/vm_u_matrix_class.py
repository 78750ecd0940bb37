class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n, self.m = len(rows), len(rows[0])
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[v * o for v in r] for r in self.rows])
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    __rmul__ = __mul__
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def __eq__(self, o):
        return self.rows == o.rows
    def __str__(self):
        return "\n".join(" ".join(f"{v:3}" for v in r) for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A * B, 2 * A, A.transpose(), sep="\n---\n")
print(A * B == Matrix([[2, 1], [4, 3]]), (A * B).transpose() == B.transpose() * A.transpose())
