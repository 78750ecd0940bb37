try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    [3, None].sort()
except TypeError as e:
    print(e)
print("ab" * -1, [1] * -2, divmod(-1, 3), (-1) ** 0.5 if False else 0)
class S:
    __slots__ = ("a",)
s = S()
try:
    s.b = 1
except AttributeError as e:
    print(e)
try:
    print(s.a)
except AttributeError as e:
    print(e)
x = [1, 2, 3]
print(x.__len__(), x.__getitem__(1), "abc".__contains__("b"), (5).__add__(3), [].__class__)
print(isinstance(x, (list, tuple)), type(x) == list, type(x) is list)
print(list(map(str.strip, [" a ", "b "])), "".join(map(str, range(3))))
print(f"{'a':>{3}}", "{:{}}".format("x", 4) + "|")
d = dict(a=1)
d.update(b=2)
print(d, d.copy() == d, d is not d.copy())
print(str(b"x", "ascii"), int(b"12"), float(b"1.5") if False else 1.5)
print(round(-0.0), round(0.49999999999999994), 10 // -3, -10 // 3, int("-0"), -0 == 0)
print(max("a", "B"), min([], default=0), sum([], 0.0), any(()), list(zip("a", [])))
print(3 .__class__.__name__, (3).real, 3.5.real, True.real if hasattr(True, "real") else None)
