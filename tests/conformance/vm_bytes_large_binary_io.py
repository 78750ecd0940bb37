# Large bytes objects: hashing, decoding, int() parsing and binary file round trips keep every
# byte value (0..255) and never hit a JS argument-count limit.
import os

b = bytes(range(256)) * 2000
print(len(b), len(b.decode("latin-1")), hash(b) == hash(bytes(bytearray(b))))
print(b.decode("latin-1")[250:260] == "".join(map(chr, list(range(250, 256)) + list(range(4)))))
print(len(b.replace(b"\x01", b"xy" * 1000)), b.replace(b"\xff", b"") .count(b"\xfe"))
print(int(b"7" * 300) % 1000003, int(bytearray(b"ff"), 16))
import time
name = "/tmp/taipan_bytes_%d_%d.bin" % (time.time_ns(), id(object()))
with open(name, "wb") as fh:
    print(fh.write(b))
    fh.write(bytes([0, 128, 255]))
with open(name, "rb") as fh:
    data = fh.read()
print(len(data), data[:4], data[-5:], data[:256] == bytes(range(256)))
with open(name, "ab") as fh:
    fh.write(b"\xe9\n")
with open(name, "rb") as fh:
    print(fh.read()[-3:])
with open(name, "w", encoding="utf-8") as fh:
    fh.write("caf\u00e9 \u20ac\n")
with open(name, "rb") as fh:
    print(fh.read())
with open(name, encoding="utf-8") as fh:
    print(repr(fh.read()))
os.remove(name)
