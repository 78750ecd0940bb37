# chained comparisons, walrus, del, assert, conditional imports, etc.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(5), calls)
calls.clear()
print(1 < 2 == 2 > 1 != 0, 1 is not None is not False, "a" in "abc" in ["abc"], 0 <= 5 < 10)
x = 5
print(1 < x <= 5 < 6, (1 < x) < 2, not 1 < 0)

data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 5], y)
while (chunk := data[:2]):
    data = data[2:]
    print("chunk", chunk)
print((total := 0), [total := total + i for i in range(4)], total)
def walrus_scope():
    [w := i for i in range(3)]
    return w
print(walrus_scope())

a = [1, 2, 3, 4, 5]
del a[1], a[-1]
print(a)
del a[:]
print(a)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
name = 1
del name
try:
    name
except NameError as e:
    print(e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    assert x > 10, "x too small"
except AssertionError as e:
    print("assert:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))

print(1 if [] else 2, [] or "empty", 0 and 1, None or 0 or "", "a" and "b", not "")
print(True + True, True * 3, -True, True / 2, int(True), str(False), True == 1, hash(True) == hash(1))
print({1: "a", True: "b", 1.0: "c"}, {0, False, 0.0})
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e308 * 10, -1e308 * 10, float("nan") == float("nan"))
n = float("nan")
print(n != n, n in [n], [n] == [n], (n,) == (n,))
print(2 ** -1, 2 ** 0.5, (-2) ** 2, -2 ** 2, 10 // -3, 10 % -3, -10 // 3, -10 % 3, divmod(-7, 2))
print(7 // 2.0, 7 % 2.5, -7.5 // 2, round(-0.5), round(2.5), round(3.5), round(-1.5))
print(int("-0"), -0.0, 0.0 == -0.0, abs(-0.0), str(-0.0), 1 / 3)
print(1_000 + 0b1010 + 0o17 + 0xff, 1e3, 1E-3, 0.5e1, .5, 5., 1_0.0_1)
print(isinstance(True, int), type(True + 1), type(1 + 1.0), type(3 / 1), type(3 // 1))
print(len("héllo"), "héllo".upper(), "ß".upper(), "İ".lower(), len("İ".lower()), "ﬁ".upper())
s = "abc"
print(s[::-1], s[-1:-4:-1], s[5:], s[1:1], s[-100:100])
t = (1,)
print(t, (), (1, 2) + (3,), t * 3, type(()), tuple([1, 2]))
print([1, 2] * 0, [[0] * 2] * 2, [0] * -1)
g = [[0] * 2] * 2
g[0][0] = 1
print(g)
print(sorted({3: 1, 1: 2}), sorted("bca"), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(max([], default=None), min("b", "a"), max([1, 3, 2], key=lambda q: -q), sum([0.1] * 10))
print(list(zip("ab", [1, 2, 3])), list(map(lambda p, q: p * q, [1, 2], [3, 4])), dict(zip("xy", "12")))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]))
print(list(reversed(range(3))), list(range(10, 0, -3)), range(5)[::2], len(range(0, 10, 3)), 3 in range(0, 10, 3))
print(list(enumerate("ab", start=1)), list(filter(None, [0, 1, "", "x"])))
print("%5.2f|%-5s|%05d|%x|%o|%e|%r|%c|%%" % (3.14159, "ab", 42, 255, 8, 12345.678, "s", 65))
print("%(a)s-%(b)d" % {"a": "A", "b": 2}, "%s" % [1, 2], "%s" % ((1, 2),))
i = 10
def shadow_builtin():
    len = lambda q: 42
    return len([1])
print(shadow_builtin(), len([1]))
import builtins
print(builtins.len is len, type(builtins).__name__)
