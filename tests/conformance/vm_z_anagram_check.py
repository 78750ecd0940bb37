from collections import Counter
pairs = [("listen", "silent"), ("Dormitory", "dirty room"), ("hello", "world"), ("", "")]
for a, b in pairs:
    norm = lambda s: sorted(s.replace(" ", "").lower())
    print(a, b, norm(a) == norm(b), Counter(a.lower().replace(" ", "")) == Counter(b.lower().replace(" ", "")))
