# Constant expressions the compiler folds must keep Python's results, and constant slices
# are shared objects that must behave like fresh ones.
print(-1, +2, ~3, -0.0, -(-0.0), 2 ** 10, 2 ** -1, 2 ** 200, 10 // 3, -7 % 3, 7 / 2)
print("ab" + "cd", 1 + 2.5, (1 << 100) >> 98, -2 ** 2, (-2) ** 2, 0.1 + 0.2)
print(not 1, not 0, -True, ~False)
for x in [1 / 3, 1e308 * 10, -1e308 * 10]:
    print(x)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print("a" - 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(-"a")
except TypeError as e:
    print("TypeError:", e)


def f():
    return 2 ** 64 - 1, -(2 ** 63), (1, -2, 3.5)


print(f(), f()[2] is f()[2])

# Slices with constant bounds
s = "abcdefghij"
l = list(range(10))
t = tuple(l)
print(s[::-1], s[1:-1], s[::2], s[-3:], s[:100], s[100:], s[5:2], s[5:2:-1])
print(l[::-1], l[1:-1], l[::3], l[-3:], t[::-2], t[2:5])
for i in range(3):
    p = l[:]
    p[:i + 1] = p[i::-1]
    print(p)
m = l[:]
m[::2] = "abcde"
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    m[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
m[2:5] = []
print(m)
m[1:1] = (9, 9, 9)
print(m)
m[:] = m
print(m)
m[-2:] = range(3)
print(m)
try:
    l[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    l["a":]
except TypeError as e:
    print("TypeError:", e)
print(l[True:], s[False:2], l[2**70:], l[-2**70:3])


class Sub(list):
    def __getitem__(self, k):
        return ("sub", k)

    def __setitem__(self, k, v):
        print("set", k, v)


u = Sub([1, 2, 3])
print(u[1:2], u[::-1])
u[0:1] = [7]
print(list(u))


class S(str):
    def __getitem__(self, k):
        return "S" + str(k)


print(S("xyz")[1], S("xyz")[::-1])
# Spreading long sequences does not overflow
big = list(range(300000))
print(len([*big]), len((*big, 1)), len([*range(200000), *big]))
b = [0, 1, 2]
b[1:2] = big
print(len(b), b[:4], b[-2:])
print(int.from_bytes(bytes(100000) + b"\x01", "big"), int.from_bytes(b"\xff" * 40, "little", signed=True))
print("😀ab"[::-1], "a😀b"[1], "a😀b"[-1], "😀" * 3 + "x"[0])
print([1,2,3][::2**70], [1,2,3][::-2**70])
try:
    [1][::"a"]
except TypeError as e: print(e)
print("abc".find("b", True))
