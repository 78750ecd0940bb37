import binascii
import codecs

print(binascii.hexlify(b"\x00\x10abc"), binascii.b2a_hex(b"xyz", "-"), binascii.unhexlify("48656c6c6f"), binascii.a2b_hex(b"ff00"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""))
print(binascii.crc_hqx(b"hello", 0), binascii.b2a_base64(b"hi there"), binascii.a2b_base64(b"aGkgdGhlcmU=\n"))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error:", e)
print(issubclass(binascii.Error, ValueError))

print(codecs.encode("hello", "rot13"), codecs.decode("uryyb", "rot_13"))
print(codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"), codecs.encode("é", "utf-8"), codecs.decode(b"\xc3\xa9", "utf8"))
print(codecs.encode(b"data", "base64"), codecs.decode("caf\xe9".encode("latin-1"), "latin-1"))
print(codecs.lookup("UTF8").name, codecs.lookup("latin1").name, codecs.lookup("ascii").name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)
print(codecs.getencoder("utf-8")("abc"), codecs.getdecoder("ascii")(b"xy"))
print(codecs.encode("naïve", "ascii", "replace"), codecs.decode(b"a\xffb", "utf-8", "replace"), codecs.decode(b"a\xffb", "utf-8", "ignore"))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(list(codecs.iterencode(["a", "b"], "utf-8")), list(codecs.iterdecode([b"\xc3", b"\xa9x"], "utf-8")))
