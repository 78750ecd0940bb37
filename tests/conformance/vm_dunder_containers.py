class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self):
        return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0, 1], len(m), 4 in m, 9 in m, list(m), m == Matrix([[1, 5], [3, 4]]), m @ m)
class Registry(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
r = Registry()
r["Key"] = 1
print(r["KEY"], r, "key" in r)
class Lazy:
    def __init__(self):
        self.calls = 0
    def __getitem__(self, i):
        self.calls += 1
        if i > 4:
            raise IndexError(i)
        return i * i
lz = Lazy()
print(list(lz), lz.calls, 9 in Lazy())
class Reversible:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]
    def __reversed__(self): return iter(self.data[::-1] + ["(custom)"])
print(list(reversed(Reversible([1, 2]))), list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed("ab")))
