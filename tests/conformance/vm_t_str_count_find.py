s = "banana bandana"
for sub in ["a", "an", "ana", "ban", "x", ""]:
    print(repr(sub), s.count(sub), s.find(sub), s.rfind(sub), sub in s)
