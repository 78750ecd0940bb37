import struct
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("ii"), struct.calcsize("bi"), struct.calcsize("<bi"), struct.calcsize("=hhl"), struct.calcsize("3s2x"), struct.calcsize("d"), struct.calcsize("@qc"))
print(struct.pack("<i", 1), struct.pack(">i", -2), struct.pack("<HhB", 65535, -1, 255), struct.pack("!I", 0xDEADBEEF), struct.pack("<q", -(2 ** 63)), struct.pack("?", 5), struct.pack("3s", b"abcdef"), struct.pack("c", b"z"))
print(struct.pack("<d", 1.5), struct.pack(">f", -2.25), struct.pack("<e", 0.5), struct.pack("<d", float("inf")), struct.pack(">d", 0.1), struct.pack("<f", 3.14159))
print(struct.unpack("<i", b"\x01\x00\x00\x00"), struct.unpack(">hH", b"\xff\xfe\x00\x01"), struct.unpack("<d", struct.pack("<d", 2.5)), struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("4s", b"data"))
print(struct.unpack("<bB?", b"\xff\xff\x00"), struct.unpack("<e", b"\x00\x3c"), struct.unpack("bi", struct.pack("bi", 1, 2)), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), struct.unpack_from("<h", b"xx\x05\x00", 2))
s = struct.Struct("<2sIf"); p = s.pack(b"hi", 7, 1.0); print(s.size, p, s.unpack(p), s.format)
for bad in [lambda: struct.pack("<b", 200), lambda: struct.pack("<I", -1), lambda: struct.pack("i", 1, 2), lambda: struct.unpack("<i", b"\x00"), lambda: struct.pack("<i", "x"), lambda: struct.calcsize("y")]:
    try:
        bad()
    except struct.error as e:
        print(type(e).__name__, e)
buf = bytearray(8); struct.pack_into("<HH", buf, 2, 1, 2); print(buf)
