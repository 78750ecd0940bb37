for s in ["hello", "HELLO world", "mIxEd CaSe", "123abc", "ümlaut", "ß", "a-b_c d"]:
    print(s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
for w in [0, 3, 8, 9]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "0")), repr("42".zfill(w)), repr("-42".zfill(w)))
print("x".center(4, "-"), "xy".center(5, "-"), "xyz".center(6, "-"), "+7".zfill(4))
