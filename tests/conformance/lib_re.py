import re
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2"), re.findall(r"(?P<k>\w+)=(\w+)", "x=1 y=2"))
m = re.search(r"(\w+)@(\w+)\.com", "mail bob@site.com now")
print(m.group(), m.group(1), m.group(2), m.groups(), m.start(), m.end(), m.span(), m.span(1), m.string[:4], bool(m), repr(m))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "John Smith Jr")
print(m.group("first"), m["last"], m.groupdict(), m.group(0, 1), m.lastindex, m.lastgroup, m.expand(r"\2, \1"))
print(re.match("x", "ax"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.search("^b", "a\nb", re.M).start())
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2"), re.sub("a", "b", "aaa", count=2))
print(re.subn("o", "0", "foo boo"), re.sub(r"(?P<n>\d)", r"<\g<n>>", "a1b2"), re.sub("", "-", "abc"), re.sub(r"x*", "-", "abxd"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s", "a b c", maxsplit=1), re.split("x*", "axbc"))
p = re.compile(r"(\d{3})-(\d{4})", re.I)
print(p.pattern, p.flags & re.I != 0, p.groups, p.search("call 555-1234").groups(), p.findall("555-1234 666-9999"), [x.group() for x in p.finditer("111-2222 333-4444")])
print(re.escape("a.b*c"), re.findall(r"[A-Z][a-z]*", "Hello World Foo"), re.findall(r"\bcat\b", "cat concat cat."), re.IGNORECASE == re.I)
print(re.findall(r"a.c", "abc a\nc", re.S), re.findall(r"(?i)HELLO", "hello Hello"), re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)?b", "b").group(1))
print(re.findall(r"(?<=\$)\d+", "cost $30 and $45"), re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"(\w+)\s\1", "the the cat cat dog"))
print(re.sub(r"(?m)^", "> ", "a\nb"), re.findall(r"[^\W\d_]+", "ab_12cd"), re.search(r"\d", "abc"), re.findall(r"\w+", "héllo wörld"))
v = re.compile(r"""
    (\d+)   # number
    \s*
    ([a-z]+)  # unit
""", re.VERBOSE)
print(v.findall("10 kg, 5m"))
try:
    re.compile("(")
except re.error as e:
    print(type(e).__name__, e)
print(re.match(r"\d+", "42abc").group(), re.search(r"(\d+)\.(\d+)", "v3.14").group(2), len(re.findall(".", "abc")), re.sub(r"\\", "/", "a\\b"))
m = re.search(r"(x)(y)?", "x"); print(m.groups(), m.groups("-"), m.group(2), m.span(2))
print(re.findall(r"\d{2,3}", "1 12 123 1234"), re.findall(r"a+?", "aaa"), re.findall(r"<.*?>", "<a><b>"), re.findall(r"[\s\S]", "a\n")[1] == "\n")
print(re.compile(r"\w+").sub("X", "a b", 1), re.compile("b").split("abcbd"), re.purge() is None, re.template if False else "")
print(list(re.finditer(r"\d", "a1b2"))[1].start(), re.match(r"^$", "") is not None, re.search(r"colou?r", "my color").group())
