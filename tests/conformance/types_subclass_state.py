# Subclasses of bytes/bytearray/str/int with extra state: reprs, result types, classmethods.
class MB(bytes):
    pass
class MBA(bytearray):
    pass
b = MB(b"abc")
print(repr(b), type(b + b"x").__name__, type(b[0:1]).__name__, type(b.upper()).__name__, b == b"abc", hash(b) == hash(b"abc"), isinstance(b, bytes))
a = MBA(b"xy")
a.append(65); print(repr(a), type(a.copy()).__name__, type(a + b"z").__name__, len(a))
print(bytes(b), bytearray(b), list(b), b.decode(), MB.fromhex("4142"), type(MB.fromhex("41")).__name__, type(MBA.fromhex("41")).__name__)
class S(str):
    def __new__(cls, v, extra=0):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
s = S("hi", 5)
print(s, s.extra, repr(s), s.upper(), type(s.upper()).__name__, s + "!", s * 2, s[0], len(s), s in {"hi"}, f"{s:>5}|")
class I(int):
    def __new__(cls, v, tag="t"):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
i = I(7, "seven")
print(i, i.tag, i + 1, i * i, type(i // 2).__name__, bin(i), hex(i), i.bit_length(), i.to_bytes(1, "big"), I.from_bytes(b"\x05", "big"), type(I.from_bytes(b"\x05", "big")).__name__)
