sentences = ["Programming is fun", "AEIOU aeiou", "rhythm", ""]
for s in sentences:
    v = sum(1 for c in s.lower() if c in "aeiou")
    print(repr(s), v, len(s) - v - s.count(" "), {c: s.lower().count(c) for c in "aeiou" if c in s.lower()})
