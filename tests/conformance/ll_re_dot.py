# '.' matches everything but '\n' (also '\r' and U+2028, unlike JS); scoped (?s:...) and (?-s:...) groups.
import re
print(re.match(".", "\r"), re.findall(".", "a\u2028b\u2029c\x85"))
print(re.findall("(?s:a.)b.", "a\nb\nb."), re.findall("a.", "a\na.", re.S))
print(re.match("(?s:.*)x", "\n\nx"), re.match(r"(?-s:.)", "\n"), re.match(r"(?s)(?-s:.)", "\n"))
print(re.sub(r".", "-", "a\r\nb"), re.findall(r"[.]", "a.b"), re.findall(r"\.", "a.b"))
print(re.findall(r"^.*$", "line1\r\nline2\r\n", re.M))
print(re.split(r"\n", "a\r\nb"), re.findall(r"(.)(?s:(.))", "a\nb\n"))
