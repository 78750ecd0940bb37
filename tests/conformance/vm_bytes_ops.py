b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], b.upper(), b.split(), b.replace(b"o", b"0"))
print(b.find(b"wor"), b.count(b"o"), b.startswith(b"he"), b.endswith(b"ld"), b"o" in b, 104 in b)
print(list(b"abc"), bytes([104, 105]), bytes(3), bytes("é", "utf-8"), "é".encode(), b"\xc3\xa9".decode("utf-8"))
print(b.hex(), bytes.fromhex("68 69"), b"a" + b"b", b"ab" * 3, b"x" < b"y", b"abc" == b"abc")
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
print(ba, len(ba), bytes(ba), ba.decode())
print(b"-".join([b"a", b"b"]), b"  pad  ".strip(), repr(b"quote's"), repr(b'\x00\x7f\n'))
