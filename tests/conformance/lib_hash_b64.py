import hashlib, base64
for s in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"x" * 200]:
    print(hashlib.md5(s).hexdigest(), hashlib.sha1(s).hexdigest(), hashlib.sha256(s).hexdigest())
    print(hashlib.sha224(s).hexdigest(), hashlib.sha384(s).hexdigest()[:32], hashlib.sha512(s).hexdigest()[:32])
h = hashlib.sha256(); h.update(b"hello "); h.update(b"world"); print(h.hexdigest(), h.digest_size, h.name, hashlib.new("md5", b"hi").hexdigest())
print(hashlib.sha256("pässword".encode()).hexdigest()[:16], len(hashlib.md5(b"a").digest()))
try:
    hashlib.md5("str")
except TypeError as e:
    print(type(e).__name__, e)
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:20], "héllo wörld".encode()]:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.b32encode(s), base64.b16encode(s), base64.urlsafe_b64encode(s))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVsbG8"+b"="), base64.urlsafe_b64decode("-_-_"), base64.b32decode("MZXW6YTBOI======"), base64.b16decode("666F6F"))
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__, e)
print(base64.encodebytes(b"x" * 60))
