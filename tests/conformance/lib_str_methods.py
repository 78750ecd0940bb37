# str methods breadth
s = "Hello, World! hello"
print(s.count("l"), s.count("l", 5), s.count("l", 5, 12), s.count(""))
print(s.find("o"), s.find("o", 5), s.rfind("o"), s.rfind("o", 0, 6), s.find("zz"))
print(s.index("W"), s.rindex("l"))
try:
    s.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith("Hell"), s.startswith(("x", "He")), s.startswith("World", 7), s.endswith("llo"), s.endswith(("a", "b")))
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print("ß".upper(), "ǅ".lower(), "ﬁ".upper(), "straße".casefold())
print("abc".center(9, "*"), "abc".ljust(7, "-"), "abc".rjust(7), "42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".center(2))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), repr("x\ty\n\tz".expandtabs(3)))
print("  x  ".strip(), "xxhixx".strip("x"), "  x ".lstrip(), " x  ".rstrip() + "|", "abcba".strip("ab"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  a  b c ".split(), "a b c".rsplit(" ", 1), "a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True))
print("a,b,c".partition(","), "a,b,c".rpartition(","), "abc".partition("x"), "abc".rpartition("x"))
print("-".join(["a", "b", "c"]), "".join(map(str, range(5))))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abab".replace("ab", "x"))
print("123".isdigit(), "12a".isalnum(), "abc".isalpha(), "".isalpha(), "Ab Cd".istitle(), "ABC".isupper(), "abc".islower(), "  ".isspace(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), "id_1".isidentifier(), "1x".isidentifier(), "abc".isascii(), "é".isascii(), "\x07".isprintable())
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
tbl = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(tbl), sorted(tbl.items()))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1", "b": None}))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("{0[0]} {0[1]}".format([9, 8]), "{p.real}".format(p=3), "{:,}".format(1234567), "{:_}".format(1234567), "{:08.3f}".format(3.14159))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{:e} {:.2e} {:g} {:g} {:%} {:.1%}".format(12345.678, 0.000123, 1e20, 0.0001, 0.25, 0.125))
print("{!r} {!s} {!a}".format("hi", "hi", "héllo"))
print("%s %r %d %5.2f %-5d| %x %o %e %%" % ("a", "b", 42, 3.14159, 7, 255, 8, 1234.5))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("{:=+8}".format(42), "{: d}".format(5), "{:+.2f}".format(-0.0), "{:c}".format(65))
print(format(3.5, ".0f"), format(2.5, ".0f"), format(1234.5, ",.2f"), format("abc", "*^9"))
print("ab" * 3, 3 * "x", "abc"[::-1], "abcdef"[1:5:2], "a" < "b", "abc" < "abd", "Z" < "a")
print(str(b"abc"), str(b"abc", "ascii"), str(12), str(), repr("it's"), repr('say "hi"'), repr("a'b\"c"))
print("é".encode(), "é".encode("latin-1"), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(ord("a"), chr(97), chr(0x1F600) == "\U0001F600", len("\U0001F600"))
print("format_map: {a}".format_map({"a": 5}))
print("%c%c" % (72, "i"), "%5s|%-5s|" % ("ab", "cd"), "%.3s" % "abcdef", "%+d %+d" % (5, -5), "%05.1f" % 2.25)
print("a b".split(" "), "".split(), "".split(","), "abc".split("b"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print(" ".join(reversed("a b c".split())), "x".join("abc"))
print("Hello"[1], "Hello"[-1], "Hello"[10:], "hello world".title(), "they're bill's".title())
print("%s" % (1,), "%s" % [1, 2], "%r" % (None,))
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(type(e).__name__, e)
print(min("hello"), max("hello"), sorted("hello"), "l" in "hello", "lo" in "hello")
print("abc".__len__(), "abc".__contains__("b"), "a".__add__("b"))
