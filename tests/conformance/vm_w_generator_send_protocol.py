def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
g = accumulate()
print(next(g))
for v in [5, 10, 20]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
try:
    g.send(1)
except StopIteration:
    print("already finished")
g2 = accumulate()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError:", e)
