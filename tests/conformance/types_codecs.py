# Codecs: unicode_escape, raw_unicode_escape, utf-8-sig, utf-16/32 with byte-order marks, codec name aliases, error handlers.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b'a\\n\\x41\\u00e9\\N{BULLET}\xe9\\t\\\\'.decode('unicode_escape')); t(lambda: 'é\n\x00😀\\\t\''.encode('unicode_escape')); t(lambda: 'é\n\x00😀\\'.encode('raw_unicode_escape')); t(lambda: b'\\x4'.decode('unicode_escape')); t(lambda: b'a\\u00e9\\n'.decode('raw_unicode_escape'))
t(lambda: 'abc'.encode('utf-8-sig')); t(lambda: b'\xef\xbb\xbfabc'.decode('utf-8-sig')); t(lambda: b'abc'.decode('utf-8-sig')); t(lambda: "x".encode("UTF8")); t(lambda: "x".encode("Latin_1")); t(lambda: "é".encode("L1")); t(lambda: "x".encode("utf_16_le")); t(lambda: b"x\x00".decode("UTF-16LE"))
t(lambda: "\\n".encode().decode("unicode_escape")); t(lambda: "a\\tb".encode("latin-1").decode("unicode-escape")); t(lambda: "x".encode("utf-8", "bogus")); t(lambda: "é".encode("ascii", "bogus")); t(lambda: b"\xff".decode("ascii", "bogus")); t(lambda: b"\xff".decode("utf-8", "surrogateescape")); t(lambda: b"\xffa".decode("ascii", "surrogateescape").encode("utf-8", "surrogateescape") if False else 1)
t(lambda: "héllo".encode("utf-16-be")); t(lambda: "h😀".encode("utf-16")); t(lambda: "h😀".encode("utf-16").decode("utf-16")); t(lambda: "h😀".encode("utf-32-be").decode("utf-32-be")); t(lambda: b"\xfe\xff\x00h".decode("utf-16")); t(lambda: b"\x00\xd8".decode("utf-16-le")); t(lambda: b"\x00\xdc\x00\x00".decode("utf-16-le"))
