import re
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"[aeiou]", "education"))
m = re.match(r"(\w+) (\w+)", "hello world foo")
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(), bool(m))
print(re.match(r"\d", "abc"), re.search(r"\d", "abc1").group(), re.fullmatch(r"\w+", "abc") is not None, re.fullmatch(r"\w", "ab"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.subn("a", "X", "banana"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(,)", "a,b"))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", "date: 2024-06-11")
print(m.group("year"), m["month"], m.groupdict(), m.lastindex)
p = re.compile(r"^[a-z]+$", re.IGNORECASE | re.MULTILINE)
print(p.findall("abc\nDEF\n12"), p.pattern, p.search("xyz") is not None, p)
print([m.group() for m in re.finditer(r"\b\w{3}\b", "the cat sat on a mat")], re.escape("a.b*c"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.findall(r"(a|b)+", "abab cc ba"))
print(re.split(r"\s+", "  leading and trailing  "), re.match(r"a.c", "a\nc"), re.match(r"a.c", "a\nc", re.S).group())
text = """name: Alice
age: 30
name: Bob"""
print(re.findall(r"^name: (\w+)$", text, re.M), re.compile(r"""
    (\d+)   # number
    \s*(\w+) # unit
""", re.X).findall("10 kg 20m"))
