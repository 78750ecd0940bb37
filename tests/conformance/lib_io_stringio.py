import io
import sys
buf = io.StringIO()
buf.write("hello ")
n = buf.write("world\n")
print(n, repr(buf.getvalue()), buf.tell())
print("line two", file=buf)
print("a", "b", sep="-", end="!\n", file=buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(4)), repr(buf.read()), repr(buf.read()))
buf.seek(0)
print(buf.readlines())
buf.seek(0)
for i, line in enumerate(buf):
    print(i, line.rstrip("\n"))
r = io.StringIO("x\ny\nz")
print([l for l in r], r.read(), r.seek(2), r.read(1), r.tell())
w = io.StringIO("abcdef")
w.seek(2)
w.write("XY")
print(w.getvalue(), w.tell())
w.truncate(3)
print(repr(w.getvalue()))
try:
    io.StringIO().write(5)
except TypeError as e:
    print(type(e).__name__, e)
s = io.StringIO()
s.close()
try:
    s.write("x")
except ValueError as e:
    print(type(e).__name__, e)
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
old = sys.stdout
sys.stdout = cap = io.StringIO()
print("captured", 42)
sys.stdout = old
print("got:", repr(cap.getvalue()))
b = io.BytesIO(b"bin")
b.seek(0, 2)
b.write(b"ary")
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(2), b.read())
lines = io.StringIO("3\n1 2 3\n")
n = int(lines.readline())
nums = list(map(int, lines.readline().split()))
print(n, nums, sum(nums))
