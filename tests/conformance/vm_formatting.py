pi = 3.14159265358979
n = 1234567
print(f"{pi:.2f} {pi:10.4f} {pi:<10.3f}| {pi:^12.1f}| {pi:+.3e} {pi:G} {pi:%}")
print(f"{n:,} {n:_} {n:>12,} {n:012d} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{-n:+,} {n: d} {-42:05d} {42:<5d}| {42:^5d}| {42:=+6d}")
print(f"{'text':>10}|{'text':<10}|{'text':^10}|{'text':*^11}|{'text':.2}")
print(f"{0.000123:e} {0.000123:g} {123456789.0:g} {1e-7:f} {2.5:.0f} {3.5:.0f} {0.5:.0%}")
print(f"{1e100:.3g} {float('inf'):f} {float('-inf'):>6} {float('nan'):e}")
name, val = "x", [1, 2]
print(f"{name=} {val=} {1 + 2=} {name!r} {name!s} {'é'!a}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|{'nested':{'>'}{w}}")
print("{:>8}".format("r"), "{:08.3f}".format(-pi), "{0:,.2f}".format(9876543.21))
print("{0} {1} {0}".format("a", "b"), "{name} is {age}".format(name="Al", age=30))
print("{0[0]} {0[1]} {1[k]}".format([7, 8], {"k": "v"}), "{.real}".format(5))
print("{!r} {!s} {!a}".format("a", "b", "ü"), "{{literal}} {}".format(1))
print("%d %i %u" % (1, 2, 3), "%5.1f|%-8s|%+d" % (2.345, "hi", 7), "%c%c" % (72, "i"))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8), "%e %E" % (12345.6789, 0.00012))
print("%g %g %g" % (100000, 1000000, 0.0001), "%10.3s|" % "abcdef", "%%")
print("%(a)s and %(b)r" % {"a": 1, "b": "two"}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, pi))
print(format(3.0), format(3.10, ".1f"), format(1 / 3, ".15g"), format(2 ** 70, ","), format(-0.0, "+"))
print(str(1e15), str(1e16), str(123456789012345678.0), str(0.0001), str(0.00001), repr(1.10))
print(round(1.23456789, 4), 1.1 * 3, 2.675 * 100, 1 / 7)
for v in [0, 1, -1, 255, 2 ** 32, -(2 ** 40)]:
    print(v, format(v, "08b")[-8:], f"{v:#06x}", f"{v:>+8}")
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
for item, price, qty in table:
    print(f"{item:<12}{price:>8.2f}{qty:>5}{price * qty:>10.2f}")
print("-" * 35)
print(f"{'total':<12}{sum(p * q for _, p, q in table):>23.2f}")
