words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print({"apple", "banana", "cherry"}, set("abracadabra"), frozenset("hello"))
print(set(words) & {"the", "fox", "cat"}, {"x", "y"} | {"z"}, set("abc") - set("b"))
d = {w: len(w) for w in words}
print(set(d), set(d.values()))
print(sorted(set(words), key=len), {w[0] for w in words})
