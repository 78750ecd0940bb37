x = 42
name = "World"
pi = 3.14159265
items = [1, 2, 3]
d = {"a": 1, "b": [1, 2]}
print(f"{x=}", f"{x = }", f"{name!r:>10}", f"{pi=:.2f}", f"{x*2=}")
print(f"{name=!s}", f"{items[1]=}", f"{d['b']=}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:{'^'}{width}}]", f"[{x:{'0'}{width}d}]")
print(f"{x:#x} {x:#o} {x:#b} {x:08.3f} {x:+d} {-x: d} {x:,} {1234567.891:,.2f} {1234567:_}")
print(f"{0.000012345:e} {0.000012345:.3g} {123456789.0:g} {1e20:g} {1.5:%} {0.25:.0%}")
print(f"{'abc':*<8}|{'abc':*>8}|{'abc':*^8}|{'abc':.2}|")
print(f"{{literal}} {{{x}}} {'{'}{x}{'}'}")
print(f"{'nested ' + f'{x:>{width}}'}")
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {-0.0:.1f} {float('inf'):f} {float('nan'):F}")
print(f"{True} {True:d} {None!r} {[1, 'a']!s} {'é'!a}")
print(f"{x if x > 10 else 0} {(lambda y: y + 1)(x)} {[i * i for i in range(3)]}")
print(f"{d['a']:>5}|{len(items):<3}|{items!r:^15}|")
print(f"""multi
{x}
line""")
class Fmt:
    def __format__(self, spec):
        return f"Fmt({spec!r})"
    def __repr__(self):
        return "Fmt-repr"
    def __str__(self):
        return "Fmt-str"
print(f"{Fmt()} {Fmt():abc} {Fmt()!r} {Fmt()!s:>10} {format(Fmt(), 'z')}")
print(format(1234.5, ",.1f"), format(255, "x"), format("s", "^5"), format(12, ""), format(3.0))
print("{:>{w}}|{:<{w}}|{:^{w}.{p}f}".format("a", "b", 3.14159, w=6, p=2))
print("{0}{1}{0}".format("ab", "cd"), "{name}-{0}".format(1, name="n"), "{0[1]} {1[a]}".format([5, 6], {"a": 7}))
print("{.real}".format(3), "{!r}".format("q"), "{:d}".format(True))
try:
    f"{x:s}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(3.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    format(10, ",x")
except ValueError as e:
    print(type(e).__name__, e)
print(f"{1_000_000:,d}", f"{-1234.5678:,.2f}", f"{12:>+6}", f"{12:=+6}", f"{-12:06}")
print(f"{'x'!r:5}|{3:<05}|{3.25:<07.1f}|{'tab':\t>6}|")

print(f"{2**64:,}", f"{10**20:e}", f"{1/3:.15g}", f"{2/3:.3}", f"{100.0:.3}", f"{1e-7}")
print(f"{'a' 'b'}", f"{'q'}" f"{x}" "plain")
val = 7
print(f"{val:{'>' if val > 5 else '<'}4}|")
print(f"{(x := 10)} {x}")
print(f"{x!r:>{width}}")
