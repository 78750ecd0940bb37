a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
x = None
print(x is None, x is not None, type(x) is type(None))
print(True is True, (1 == 1) is True, [] is not [], () == ())
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2, s1 is s1)
class C:
    pass
o1, o2 = C(), C()
print(o1 == o2, o1 is o2, o1 != o2, o1 == o1)
print(1 in [1.0], "a" in ("a",), None in [None], float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])
