# memoryview over bytes and bytearray: indexing, slicing, assignment, cast, release and errors.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), m[::-1].tobytes(), bytes(m[2:]), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
t(lambda: m[10]); t(lambda: m["a"]); t(lambda: m.__setitem__(0, 1)); t(lambda: m.hex()); t(lambda: m.hex(":")); t(lambda: m.obj); t(lambda: m == b"abcdef"); t(lambda: m[1:3] == b"bc"); t(lambda: m == "abcdef"); t(lambda: hash(m) == hash(b"abcdef"))
ba = bytearray(b"hello world")
mv = memoryview(ba)
mv[0] = 72; mv[6:11] = b"WORLD"; print(ba, mv.readonly)
t(lambda: mv.__setitem__(0, 256)); t(lambda: mv.__setitem__(0, "a")); t(lambda: mv.__setitem__(slice(0, 2), b"abc")); t(lambda: mv.__delitem__(0)); t(lambda: hash(mv))
sub = mv[::2]; print(sub.tolist(), sub.contiguous, sub.c_contiguous, mv.contiguous); sub[0] = 33; print(ba)
with memoryview(b"xyz") as m2:
    print(m2.tobytes(), list(m2))
t(lambda: m2.tobytes()); t(lambda: len(m2)); t(lambda: m2[0])
m3 = memoryview(b"abc"); m3.release(); m3.release(); t(lambda: m3.tolist()); t(lambda: m3 == m3)
ints = memoryview(bytearray(range(8))).cast("H"); print(ints.tolist(), ints.format, ints.itemsize, len(ints), ints.nbytes)
ints[0] = 65535; print(ints.obj); t(lambda: ints.__setitem__(1, -1)); t(lambda: ints.__setitem__(1, 70000))
t(lambda: memoryview(b"abc").cast("H")); t(lambda: memoryview(b"abcd").cast("i").tolist()); t(lambda: memoryview(b"abcdefgh").cast("d").tolist()); t(lambda: memoryview(b"ab").cast("c").tolist()); t(lambda: memoryview(b"\x01\x00").cast("?").tolist()); t(lambda: memoryview(b"ab").cast("z"))
t(lambda: memoryview("abc")); t(lambda: memoryview(5)); t(lambda: memoryview()); t(lambda: b"-".join([memoryview(b"a"), b"b"])); t(lambda: bytearray(memoryview(b"q"))); t(lambda: b"abc".startswith(memoryview(b"a"))); t(lambda: int.from_bytes(memoryview(b"\x01\x02"), "big"))
t(lambda: memoryview(memoryview(b"abc")[1:]).tobytes()); t(lambda: memoryview(b"abc").toreadonly().readonly); t(lambda: memoryview(bytearray(b"ab")).toreadonly().__setitem__(0, 1)); t(lambda: list(memoryview(b"ab")[::-1])); t(lambda: memoryview(b"abc")[-2:].tobytes())
t(lambda: bytes(memoryview(b"abcdef")[1::2])); t(lambda: memoryview(b"ab") == memoryview(b"ab")); t(lambda: memoryview(b"ab") != memoryview(b"ac")); t(lambda: memoryview(b"abc").tobytes().decode()); t(lambda: str(memoryview(b"hi"), "ascii"))
t(lambda: type(memoryview(b"")).__name__); t(lambda: isinstance(memoryview(b""), memoryview)); t(lambda: memoryview(b"abc")[0:0].tolist()); t(lambda: b"xx" + memoryview(b"yy")); t(lambda: bytearray(b"a") + memoryview(b"b"))
