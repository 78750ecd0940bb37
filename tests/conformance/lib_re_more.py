import re
print(re.findall(r"\w+", "naïve café 東京 x_1"), re.findall(r"\b\w", "über alles ölig"), re.sub(r"\W+", "-", "héllo, wörld!"))
print(re.findall(r"\d", "١٢3"), re.findall(r"[\w]+", "añb c"), re.findall(r"\w+", "naïve", re.ASCII), re.findall(r"(?a)\w+", "naïve"))
print(re.split(r"\b", "a b"), re.split(r"", "abc"), re.split(r"(\s*)", "a b"), re.split(",", "a,b,,c,", maxsplit=2), re.split(r"(?:x)?", "ab"))
print(re.sub(r"(\d+)", lambda m: str(int(m[1]) + 1), "a9 b99"), re.sub(r"(?P<w>\w+)@", r"\g<w> at ", "me@x"), re.sub("a|", "-", "bab"))
print(re.escape("hello world@x.com"), re.escape("1+1=2"), re.escape("a_b-c/d"), re.escape("tab\there"))
for pat in ["(", ")", "[a-", "a**", "*a", "(a(b)", "a{2}{3}", "?"]:
    try:
        re.compile(pat)
        print("ok", pat)
    except re.error as e:
        print(type(e).__name__, e)
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)(-(?P<d>\d\d))?", "2024-05")
print(m.groupdict(), m.groupdict("?"), m.lastgroup, m.lastindex, m.group("y", "m"), m.start("m"), m.end(), m.re.pattern == m.re.pattern)
print(re.findall(r"^\w+$", "one\ntwo\nthree", re.MULTILINE), re.findall(r"(?m)^#.*$", "#a\nb\n#c"), re.search(r"a$", "a\n") is not None)
print(re.compile(r"(\w+) (\w+)").sub(r"\2 \1", "ab cd ef gh"), re.compile("o").subn("0", "foo"), re.compile(r"\s+").split(" a  b "))
p = re.compile(r"\d+")
print(p.match("x12", 1), p.search("ab12cd34", 5), p.findall("1 22 333", 2), p.fullmatch("123"), p.fullmatch("123", 0, 2))
print(re.findall(r"(a)(b)?", "ab a"), list(m.span() for m in re.finditer(r"a*", "baa")))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)é", "É") is not None, re.fullmatch(r"[^\d\s]+", "abc") is not None)
print(repr(re.compile(r"a+", re.I | re.M)), re.compile("x").flags, re.sub(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", r"\11\10", "abcdefghijk"))
print(re.findall(r"[\u4e00-\u9fff]+", "abc中文def"), re.sub(r"[aeiou]", lambda m: m.group().upper(), "education"), re.findall(r"\S+@\S+\.\w+", "a@b.co x y@z.org"))
