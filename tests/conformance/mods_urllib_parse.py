from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote,
                          quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl)
import urllib.parse

u = urlparse("https://user:pw@Example.COM:8080/path/to;params?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.hostname, u.port, u.username, u.password, u.geturl())
s = urlsplit("http://example.com/a/b?x=1#top")
print(s, s.geturl(), s.port, s[1])
print(urlparse("mailto:someone@example.com"), urlparse("/relative/path?x"), urlparse("//host/p"))
print(urlunparse(("http", "h.com", "/p", "", "a=1", "f")), urlunsplit(("ftp", "f.org", "x", "", "")))
for rel in ["c", "../c", "/c", "//other/c", "?q=2", "#f", "g/./h", "../../../x", "http://new/", ""]:
    print(repr(rel), urljoin("http://a/b/c/d;p?q", rel))
print(urldefrag("http://a/b#sec"), urldefrag("http://a/b"))
print(quote("a b/c?d=é&"), quote("a b/c", safe=""), quote_plus("a b&c=d/e"), quote(b"\x00\xff"))
print(unquote("a%20b%2Fc%C3%A9%zz%"), unquote_plus("a+b%2Bc"), unquote("%E2%82%AC x"))
print(urlencode({"a": 1, "b": "x y", "c": "é&"}), urlencode([("k", "v1"), ("k", "v2")]))
print(urlencode({"k": ["a", "b"]}, doseq=True), urlencode({"k": ["a", "b"]}))
print(parse_qs("a=1&b=2&a=3&c="), parse_qs("c=&d", keep_blank_values=True))
print(parse_qsl("x=1&y=hello+world&z=%21"), parse_qsl(""))
print(urllib.parse.urlparse("http://[::1]:80/").hostname)
try:
    urlparse("http://h:abc/").port
except ValueError as e:
    print("ValueError:", e)
