import string, textwrap, copy
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
print(string.Formatter().format("{0}-{x}", 1, x=2))
text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 25))
print(textwrap.shorten(text, 30), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world", 11))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("a\nb\n\nc", "> ")))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("short", 10), textwrap.wrap("", 10), textwrap.wrap("supercalifragilistic", 8))
print(textwrap.indent("x\ny", "+", lambda l: l.startswith("y")))
w = textwrap.TextWrapper(width=15, break_long_words=False)
print(w.wrap("averyveryverylongword and more"))
class Obj:
    def __init__(self, items):
        self.items = items
o = Obj([1, [2, 3]])
s = copy.copy(o); d = copy.deepcopy(o)
o.items[1].append(4)
print(s.items, d.items, s is o, s.items is o.items)
lst = [1, {"a": [1]}]; lc = copy.copy(lst); ld = copy.deepcopy(lst); lst[1]["a"].append(2); print(lc, ld)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom(self.v + 100)
    def __deepcopy__(self, memo):
        return Custom(self.v + 1000)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)
r = [1]; r.append(r); rc = copy.deepcopy(r); print(rc[1] is rc, len(rc))
print(copy.copy((1, 2)), copy.deepcopy({1: (2, [3])}), copy.copy({1, 2}), copy.copy(5))
shared = [0]; pair = [shared, shared]; pc = copy.deepcopy(pair); print(pc[0] is pc[1])
hy = "A well-known state-of-the-art text--with em-dashes and long-winded hyphenated-compound-words. Second sentence! Third?"
for wd in (10, 16, 23):
    print(textwrap.wrap(hy, wd))
print(textwrap.wrap(hy, 12, break_on_hyphens=False), textwrap.fill("a. b. c", 10, fix_sentence_endings=True))
print(textwrap.wrap("one two three four five six", 9, max_lines=2), textwrap.wrap("\tx\ty  z", 6), textwrap.wrap("x\ny", 10, replace_whitespace=False))
print(textwrap.fill("abc def ghi", 5, drop_whitespace=False).split("\n"), string.Template("${a}$b").get_identifiers())
print(string.Formatter().format("{0!r:>6}|{name[k]}|{0.real:.1f}", 2.5, name={"k": "v"}), list(string.Formatter().parse("a{0}b{x:>3}")))
