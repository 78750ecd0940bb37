# str method argument checking (None, wrong types, keywords), str.format field errors, %-formatting, join/case/pad/split details.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "a b".split(None)); t(lambda: "a".strip(None)); t(lambda: "abc".find("b", None)); t(lambda: "abc".count("b", None, None)); t(lambda: "a,b".split(",", None)); t(lambda: "abc".startswith("a", None)); t(lambda: "abc".split(1)); t(lambda: "abc".strip(1)); t(lambda: "abc".find(1)); t(lambda: "abc".replace(1, "")); t(lambda: "abc".join("x")); t(lambda: "abc".count())
t(lambda: "abc".center(5.0)); t(lambda: "abc".zfill("5")); t(lambda: "abc" * 2.0); t(lambda: "abc".split(",", "1")); t(lambda: "abc".expandtabs(2.0)); t(lambda: "abc".index("d")); t(lambda: "abc".rindex("d")); t(lambda: "abc".encode(1)); t(lambda: "abc".splitlines(1)); t(lambda: "abc".splitlines(keepends=True))
t(lambda: "a-b-c".rsplit("-", maxsplit=1)); t(lambda: "a-b-c".split(sep="-", maxsplit=1)); t(lambda: "a".split(sep=",", x=1)); t(lambda: "ab".center(width=5)); t(lambda: "ab".replace("a", "b", count=1)); t(lambda: "x".encode(encoding="ascii", errors="strict")); t(lambda: b"x".decode(encoding="ascii"))
t(lambda: "{0}".format()); t(lambda: "{a}".format(b=1)); t(lambda: "{0!}".format(1)); t(lambda: "{:>>5}".format("a")); t(lambda: "{:\n^5}".format("a")); t(lambda: "{0:{0}}".format(5)); t(lambda: "{0.x}".format(1)); t(lambda: "{0[1]}".format("ab")); t(lambda: "{0[5]}".format("ab")); t(lambda: "{0[a]}".format([1]))
t(lambda: "%s and %s" % ("a", "b")); t(lambda: "%(a)s%%" % {"a": 5}); t(lambda: "%5.1f%%" % 12.345); t(lambda: "%-10s|" % "left"); t(lambda: "%+05d" % 42); t(lambda: "% 5d" % 42); t(lambda: "%x" % 3.5); t(lambda: "%s" % (1,)); t(lambda: "%s %s" % (1,)); t(lambda: "%s" % ((1, 2),)); t(lambda: "%r" % "it's"); t(lambda: "%.2s" % "abc"); t(lambda: "%c%c" % (72, "i"))
t(lambda: "%d%%" % 50); t(lambda: "%.1e" % 12345); t(lambda: "%g" % 1e-10); t(lambda: "%G" % 1e20); t(lambda: "%#x" % 0); t(lambda: "%o" % -8); t(lambda: "%08.3f" % -3.14159); t(lambda: "%.0f" % 0.5); t(lambda: "%.0f" % 1.5); t(lambda: "%s" % b"x"); t(lambda: "%a" % "ü")
t(lambda: str.join(",", ["a"])); t(lambda: ",".join(["a", None])); t(lambda: ",".join(1)); t(lambda: "".join(map(str, range(5)))); t(lambda: "".join({"a": 1, "b": 2})); t(lambda: " ".join(("x", "y")))
t(lambda: "hello world".title()); t(lambda: "hello_world-foo bar2baz".title()); t(lambda: "HELLO".capitalize()); t(lambda: "123abc".capitalize()); t(lambda: "they're bill's".title()); t(lambda: "ABC def".swapcase()); t(lambda: "".title())
t(lambda: "abc".ljust(2)); t(lambda: "abc".rjust(-1)); t(lambda: "abc".center(4)); t(lambda: "abc".center(5, "-")); t(lambda: "ab".center(5, "-")); t(lambda: "a".center(4, "-")); t(lambda: "abcd".center(7, "*")); t(lambda: "42".zfill(-1)); t(lambda: "-".zfill(3)); t(lambda: "+".zfill(3))
t(lambda: "Mississippi".replace("ss", "SS", 1)); t(lambda: "aaaa".replace("aa", "b")); t(lambda: "abc".replace("", "")); t(lambda: "".replace("", "x")); t(lambda: "aXbXc".split("X", 1)); t(lambda: "aXbXc".rsplit("X", 1)); t(lambda: "   ".split()); t(lambda: "  a  ".split(" ")); t(lambda: "a\tb\nc d".split())
t(lambda: "line1\nline2\n".splitlines()); t(lambda: "\n".splitlines()); t(lambda: "".splitlines()); t(lambda: "a\r\n".splitlines(True)); t(lambda: "a\n\nb".split("\n")); t(lambda: "abc".partition("b")); t(lambda: "abcb".rpartition("b"))
