# Things that commonly appear in test scripts: string formatting tables, try/except loops, assert messages
results = []
for a, b in [(10, 2), (5, 0), ("x", 1), (7, 3)]:
    try:
        results.append(a / b)
    except ZeroDivisionError as e:
        results.append(f"ZeroDivisionError({e})")
    except TypeError as e:
        results.append(type(e).__name__)
print(results)
def check(cond, msg):
    try:
        assert cond, msg
        return "pass"
    except AssertionError as e:
        return f"fail: {e}"
print(check(1 + 1 == 2, "math"), check([] == {}, "types"), check(None, None))
print("%-10s|%5.1f|%3d" % ("row", 2.25, 7))
print("{0:<10}|{1:^7.2f}|{2:>4}".format("row", 3.14159, 42))
print(f"{'-' * 20}", f"{'total':.<15}{99:>5}")
values = {"alpha": 1.0, "beta": 22.5, "gamma": 333.125}
for k, v in values.items():
    print(f"{k.title():>8}: {v:10.3f} {v:>10,.1f} {int(v):05d}")
