import re
log = """2024-01-05 ERROR disk full on /dev/sda1
2024-01-05 INFO backup done
2024-01-06 WARN cpu 93%
2024-01-07 ERROR timeout after 30s"""
errors = re.findall(r"^(\d{4}-\d\d-\d\d) ERROR (.+)$", log, re.M)
print(errors)
print(re.sub(r"\d+", "#", "abc 123 def 45"), re.split(r"\W+", "words, separated; by: stuff"), bool(re.match(r"^[\w.]+@\w+\.\w+$", "a.b@c.io")))
m = re.search(r"cpu (\d+)%", log)
print(m.group(1), m.span(), [x.group() for x in re.finditer(r"\b\d+s\b", log)])
