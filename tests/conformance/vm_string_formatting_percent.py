print("%s %s" % ("a", "b"), "%r" % "q", "%d%%" % 50, "%5d|" % 42, "%-5d|" % 42, "%05d" % 42, "%+d" % 42, "% d" % 42)
print("%.2f" % 3.14159, "%8.3f|" % 2.5, "%-8.1f|" % 2.5, "%e" % 1234.5, "%.3E" % 0.000123, "%g" % 0.00001, "%g" % 123456789)
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8), "%c" % 65, "%c" % "z", "%s" % None, "%s" % [1])
print("%(name)s is %(age)d" % {"name": "Al", "age": 3}, "%*d" % (6, 7), "%.*f" % (1, 2.25), "%s" % (1,))
print("%10s|%-10s|" % ("right", "left"), "%.2s" % "abcdef", "%i" % 3.99, "%d" % True)
for fmt, arg in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
