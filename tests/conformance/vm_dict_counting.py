text = "one two three two three three"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
from collections import Counter, defaultdict
c = Counter(text.split())
print(c.most_common(), c["three"], c["nine"], list(c.elements())[:4], c.total())
groups = defaultdict(list)
for w in text.split():
    groups[len(w)].append(w)
print(dict(groups), sorted(groups))
c2 = Counter(a=3, b=1) + Counter(a=1, c=2)
print(c2, Counter("abc") - Counter("ab"), Counter(a=2) | Counter(a=5), Counter(a=2) & Counter(a=1, b=3))
