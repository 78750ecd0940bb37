a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1], a[8:2:-2], a[-1:-4:-1], a[100:], a[-100:2])
b = a[:]
b[2:5] = []
print(b)
b[1:1] = ["x", "y"]
print(b)
b[::2] = range(len(b[::2]))
print(b)
del b[1::3]
print(b)
c = [1, 2, 3]
c[5:] = [9]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
s = "abcdefgh"
print(s[1:6:2], s[::-2], s[-2:], s[:0], s[3:1], (1, 2, 3, 4)[1::2])
print(a[slice(2, 8, 3)], slice(2, 8, 3).indices(10), slice(None, None, -1).indices(5))
