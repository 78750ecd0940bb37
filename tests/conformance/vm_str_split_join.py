print("a b c".split(), "a  b".split(" "), "a,b,,c,".split(","), "".split(), "".split(","))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "x".split("x"), "xx".split("x"))
print("1-2-3".split("-", 1), "1-2-3".rsplit("-", 1), "a\tb\nc d".split())
print("-".join(["a"]), "".join([]), ", ".join(map(str, [1, 2, 3])), "\n".join(["l1", "l2"]))
print("one\ntwo\r\nthree\rfour".splitlines(), "end\n".splitlines(), "".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="))
print(" a ".join("xyz"), "ab".join(("1", "2", "3")))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
