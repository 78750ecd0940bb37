# bytearray grows in place (append/extend/+=) without disturbing copies or other references.
b = bytearray()
c = b
for i in range(300):
    b.append(i & 255)
b += b"xyz"
b.extend(range(5))
b.extend(b)
print(len(b), c is b, len(c), bytes(b[:5]), b[-8:])
d = bytearray(b"ab")
e = bytearray(d)
d.append(1)
e.append(2)
print(d, e)
m = b[:]
m.append(7)
print(len(m), len(b))
x = bytearray()
for i in range(100000):
    x.append(i & 255)
print(len(x), bytes(x).count(b"\x01"), x[:3], x[-3:])
y = bytearray(b"hello")
z = bytes(y)
y.extend(b" world")
y[0] = 72
print(y, z, y.upper(), y.find(b"world"), y.pop(), y)
try:
    y.append(256)
except ValueError as e:
    print("ValueError:", e)
try:
    y.extend([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(y)
