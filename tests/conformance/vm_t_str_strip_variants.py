for s in ["  x  ", "\t\nx\n", "xxyxx", "", "   "]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip(" x")))
