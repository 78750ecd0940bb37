x = "outer"
result = [x for x in range(3)]
print(x, result)
def f():
    y = 10
    return [y + i for i in range(3)], {k: y for k in "ab"}, {y * 2 for _ in range(2)}, list(y - j for j in range(2))
print(f())
class K:
    base = 5
    doubled = [i * 2 for i in range(3)]
    try:
        bad = [base + i for i in range(2)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(3)])
total = 0
vals = [total := total + n for n in [1, 2, 3]]
print(vals, total)
print([w for line in ["a b", "c"] for w in line.split()])
