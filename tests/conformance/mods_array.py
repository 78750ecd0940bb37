from array import array
import array as arraymod

a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:3], a.typecode, a.itemsize)
print(a.tolist(), list(a), 3 in a, a.index(3), a.count(2))
a[0] = 10
del a[1]
print(a, a.pop(), a.pop(0), a)
a.insert(1, 99)
a.remove(99)
a.reverse()
print(a, sum(a), max(a))
d = array("d", [1.5, 2.5])
print(d, d.tobytes(), array("d", d.tobytes()))
b = array("b", b"\x01\xff")
print(b, b.tobytes())
B = array("B")
B.frombytes(b"abc")
print(B, B.tolist(), bytes(B.tobytes()))
h = array("h", [1, -2])
print(h.tobytes(), h.itemsize)
print(array("u", "hello"), array("u", "hi").tounicode())
print(array("i", [1, 2]) + array("i", [3]), array("i", [0]) * 3, array("i", [1, 2]) == array("i", [1, 2]))
print(array("f", [0.1]).tolist(), array("l"), repr(array("q", [2 ** 40])))
print(arraymod.typecodes)
for bad in [lambda: array("b", [200]), lambda: array("B", [-1]), lambda: array("i", [1.5]),
            lambda: array("x"), lambda: array("i", [1])[5], lambda: array("i").pop(),
            lambda: array("i", [1]).index(7), lambda: array("i", [1]) + array("d", [1.0])]:
    try:
        bad()
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
s = array("i", range(10))
s[2:5] = array("i", [0])
print(s, s[::2], s[::-1])
for x in array("H", [5, 6]):
    print(x, end=" ")
print()
