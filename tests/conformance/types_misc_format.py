# __format__/str.format/f-string details, complex parsing and formatting, Unicode case mapping and whitespace, astral characters, list/dict/set odds and ends, int parsing, divmod/round.
from import_helper_types import t
class P:
    def __format__(self, spec): return "P<" + spec + ">"
    def __repr__(self): return "P()"
x = 3.14159; n = 42; s = "hi"
t(lambda: f"{x=}"); t(lambda: f"{x = :.2f}"); t(lambda: f"{n!r:>5}"); t(lambda: f"{P():abc}"); t(lambda: format(P(), "")); t(lambda: "{:xyz}".format(P())); t(lambda: f"{s!a}"); t(lambda: f"{'é'!a}")
t(lambda: format(object(), "s")); t(lambda: "{0.real}".format(3)); t(lambda: "{0[0]}".format([5])); t(lambda: "{0[x]}".format({"x": 1})); t(lambda: "{a.b}".format(a=1)); t(lambda: "{:{}}".format("a", 5)); t(lambda: "{:{}{}}".format(1, ">", 4))
t(lambda: "{!x}".format(1)); t(lambda: "{:}".format(1)); t(lambda: "{0:{1}}".format(1, "{}")); t(lambda: "{{}} {}".format(1)); t(lambda: "{0}{0}".format(1)); t(lambda: "{-1}".format(1)); t(lambda: "{0[-1]}".format([1]))
t(lambda: format(1+2j)); t(lambda: format(1+2j, ".2f")); t(lambda: format(1j, "")); t(lambda: format(-1.5-0j, "10")); t(lambda: repr(complex(0, -0.0))); t(lambda: complex("1+2j")); t(lambda: complex(" (1+2j) ")); t(lambda: complex("j")); t(lambda: complex("1e2-3.5J")); t(lambda: complex("abc"))
t(lambda: " \u3000a\u2003 ".strip()); t(lambda: "a\u2003b\u00a0c".split()); t(lambda: "a\x1cb\x1dc".split()); t(lambda: "\u0085".isspace()); t(lambda: "a\u0085b".splitlines())
t(lambda: "ǅ".istitle()); t(lambda: "Ǆ".isupper()); t(lambda: "ß".upper()); t(lambda: "ﬃ".title()); t(lambda: "σς".upper()); t(lambda: "ΑΣ ΑΣ".lower()); t(lambda: "A\u0345".lower()); t(lambda: "aΣb".lower()); t(lambda: "Σ".lower())
t(lambda: sorted(["b", "A", "a", "B", "é", "E"])); t(lambda: "a" < "B"); t(lambda: max("z\U0001F600a")); t(lambda: len("\U0001F600")); t(lambda: "\U0001F600abc"[1:]); t(lambda: "a\U0001F600b".find("b")); t(lambda: "a\U0001F600b".index("b")); t(lambda: "\U0001F600".encode()); t(lambda: list("a\U0001F600"))
t(lambda: "x".center(6, "é")); t(lambda: "%-5s|" % "\U0001F600"); t(lambda: format("\U0001F600", ">3")); t(lambda: "\U0001F600".rjust(3, "*")); t(lambda: "ab\U0001F600cd".split("\U0001F600")); t(lambda: "\U0001F600\U0001F601".replace("\U0001F601", "x")); t(lambda: "a\U0001F600"[::-1])
L = [3, 1, 2]
t(lambda: L.sort(key=lambda v: 1 / (v - 1))); print(L)
t(lambda: sorted([1, 2, "a", 3])); t(lambda: [1, 2, 3].index(2, -2)); t(lambda: [1, 2, 3].index(1, 1, 100)); t(lambda: list.index([1], 1, 0, 1))
a = [1, 2, 3]; a += (4,); a += "ab"; print(a); t(lambda: a + "c"); b = a; b *= 2; print(a is b, len(a))
t(lambda: [1, 2, 3][::0]); t(lambda: [1, 2, 3][1:2:-1]); t(lambda: [1, 2, 3][-10:10]); t(lambda: [1, 2, 3][3:1:-1]); t(lambda: (1, 2, 3)[::-2]); t(lambda: "abc"[10:]); t(lambda: [][0:0])
d = {1: "a", 2: "b", 3: "c"}; del d[2]; d[2] = "B"; print(d, list(d)); d2 = dict(d); print(d2 == d, list(d2.items()))
from collections import OrderedDict
t(lambda: OrderedDict(a=1, b=2) == {"b": 2, "a": 1}); t(lambda: OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1)); t(lambda: dict(OrderedDict(a=1)))
t(lambda: {1: 1}.keys() | [2]); t(lambda: [2] | {1: 1}.keys()); t(lambda: {1: 2}.items() | {(3, 4)}); t(lambda: {1, 2} - {1: 1}.keys()); t(lambda: {1: 1}.values() | {2})
t(lambda: set([1, 2]).union()); t(lambda: frozenset([1]).union([2])); t(lambda: type(frozenset([1]).union([2]))); t(lambda: {1, 2}.issuperset([1])); t(lambda: {1, 2} >= [1]); t(lambda: {1} | [2]); t(lambda: {1}.__or__([2]))
class FS(frozenset): pass
t(lambda: type(FS([1]) | {2})); t(lambda: type(FS([1]).copy())); t(lambda: FS([1]) == frozenset([1]))
t(lambda: repr({frozenset(): 1})); t(lambda: repr(set())); t(lambda: repr({(): 1, (1,): 2})); t(lambda: repr([1.0, -0.0, 1e100, float("inf")])); t(lambda: repr((1,))); t(lambda: str((1, "a", None)))
t(lambda: int("0_1", 0)); t(lambda: int("0_0", 0)); t(lambda: int("0x_1f", 16)); t(lambda: int("0b_1", 0)); t(lambda: 0o17); t(lambda: int("-0", 0)); t(lambda: int("+0x10", 0)); t(lambda: int("1" * 100)); t(lambda: int(" 1 2 "))
t(lambda: abs(-0.0)); t(lambda: abs(-5)); t(lambda: abs(True)); t(lambda: abs(-2**70)); t(lambda: abs(3 - 4j)); t(lambda: divmod(2**70, -3)); t(lambda: divmod(-7, 2)); t(lambda: divmod(7.5, -2)); t(lambda: pow(2, 0.5)); t(lambda: pow(-2, 0.5)); t(lambda: (-2) ** 0.5); t(lambda: 2 ** -1); t(lambda: (-1) ** 0.5 == 1j)
t(lambda: round(0.5)); t(lambda: round(-0.5)); t(lambda: round(1.5)); t(lambda: round(2.675, 2)); t(lambda: round(-1.5)); t(lambda: type(round(2.5))); t(lambda: type(round(2.5, 0))); t(lambda: round(5, -1)); t(lambda: round(-5, -1)); t(lambda: round(True)); t(lambda: round(1.23, "a"))
