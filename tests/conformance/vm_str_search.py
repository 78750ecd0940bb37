s = "the rain in spain stays mainly in the plain"
print(s.find("ain"), s.find("ain", 10), s.find("ain", 10, 20), s.rfind("ain"), s.find("xyz"))
print(s.index("in"), s.rindex("in"), s.count("ain"), s.count("in", 20), s.count(""))
print(s.startswith("the"), s.startswith("rain", 4), s.endswith("plain"), s.endswith(("x", "ain")))
print("ain" in s, "AIN" in s, s.upper().count("AIN"), s.replace("ain", "AIN", 2))
print("aaa".count("aa"), "aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".find(""), "abc".rfind(""))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print("Hello".lower().startswith("he"), "HELLO".isupper(), "hello world".title().swapcase())
