b = b"Hello World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.find(111))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.split(), b.split(b"o"), b.rsplit(b" ", 1))
print(b.replace(b"l", b"L"), b.strip(b"Hd"), b"  x ".strip(), b.partition(b" "), b.rpartition(b"o"))
print(b"-".join([b"a", b"b"]), b.hex(), b.hex(":"), bytes.fromhex("48 65 6c"), b.decode(), b.decode("ascii"))
print(list(b[:3]), b[0], b[-1], b[1:4], b[::-1], len(b), b"l" in b, 108 in b)
print(bytes(3), bytes([65, 66]), bytes("abc", "utf-8"), bytes(range(3)), b"a" * 3, b"a" + b"b")
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba.pop(), ba, bytes(ba))
ba.insert(1, 90)
ba.remove(90)
ba.reverse()
print(ba, ba.decode(), ba.upper(), ba + b"!", ba * 2)
del ba[0]
print(ba, bytearray(3), bytearray("hi", "ascii"))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b"  ".isspace(), b"abc".islower(), b"ABC".isupper())
print(b"a,b".split(b","), b"abc".center(7, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5))
print(b"\x00\xff\n\t'\"", repr(b"'"), repr(b"\\"))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("latin-1"), b"\xffab".decode("utf-8", "ignore"), b"\xffab".decode("utf-8", "replace"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (255).to_bytes(1, "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc", hash(b"abc") == hash(b"abc"))
print(b"%s-%d" % (b"x", 5), b"a\tb".expandtabs(4), b"ab".removeprefix(b"a"), b"ab".removesuffix(b"b"))
print(sorted(set(b"hello")), max(b"abc"), sum(b"abc"))
print(b"hello world".title(), b"x".join([b"1", b"2", b"3"]), b"abc".translate(None, b"b"))
print(bytes.maketrans(b"abc", b"xyz"), b"aabbcc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"a b  c".split(None, 1), b"line1\nline2\r\n".splitlines(), b"ab".hex().upper())
