# urllib.parse: urlparse/urlsplit with netloc parts, urljoin (RFC 3986 examples), quote/unquote(+), urlencode, parse_qs(l), urldefrag.
from urllib.parse import urlparse, urlsplit, urlunparse, urljoin, quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl, urldefrag
import urllib.parse
u = urlparse("HTTPS://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag")
print(u, u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit("//host/path?x"), urlparse("mailto:me@x.org"), urlparse("/just/path"), urlparse("file:///etc/passwd"))
for b, r in [("http://a/b/c/d;p?q", "g"), ("http://a/b/c/d;p?q", "../g"), ("http://a/b/c/d;p?q", "/g"), ("http://a/b/c/d;p?q", "//g"), ("http://a/b/c/d;p?q", "?y"), ("http://a/b/c/d;p?q", "#s"), ("http://a/b/c/d;p?q", "../../../g"), ("http://a/b/", "./x/../y"), ("http://a/b", "https://c/d")]:
    print(urljoin(b, r))
print(quote("a b/c?d=é&"), quote("a b", safe=""), quote_plus("a b&c=d/e"), unquote("a%20b%C3%A9%zz%"), unquote_plus("a+b%2B"), quote(b"\x00\xff"))
print(urlencode({"a": 1, "b": "x y", "c": "é"}), urlencode([("k", [1, 2])], doseq=True), urlencode({"k": [1, 2]}))
print(parse_qs("a=1&a=2&b=&c=x+y%21"), parse_qsl("a=1&b=&c", keep_blank_values=True), parse_qs(""))
print(urldefrag("http://x/y#frag"), urlunparse(("http", "h", "/p", "", "q=1", "f")))
try: urlparse("http://[::1/x")
except ValueError as e: print("VE", e)
try: urlparse("http://h:abc/").port
except ValueError as e: print("VE", e)
print(urllib.parse.urlsplit("https://x.org/a b").path)
